import { getNearestEditorFromDOMNode, REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { registerCommandHandlers } from '../commands/command-registry';
import { liveBodyEditor, redoDecision, undoDecision } from '../review/decision-undo';
import { HISTORY_STEP_EVENT } from './edit-tags';

type Direction = 'undo' | 'redo';

function isTextControl(element: Element | null): element is HTMLInputElement | HTMLTextAreaElement {
  return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'color', 'range'].includes(element.type));
}

/**
 * Edit ▸ Undo or Redo, and their keys when nothing nearer took them, for whatever has focus: the
 * body (or a card's field in it) through the body's history; a text field through its own undo;
 * anywhere else in the page (the review panel, a suggestion's card, a toolbar button) the last
 * accepted or rejected suggestion while it is the last thing done, then the body's history. An
 * article field a decision just set is the decision's to undo (the store replaced its value, and with
 * it the field's own undo). In a dialog only the dialog's own field is undone, never the article behind.
 */
export function undoOrRedo(direction: Direction): void {
  const focused = document.activeElement;
  const command = direction === 'undo' ? UNDO_COMMAND : REDO_COMMAND;
  const editor = focused instanceof HTMLElement ? getNearestEditorFromDOMNode(focused) : null;
  if (focused && editor) {
    focused.dispatchEvent(new Event(HISTORY_STEP_EVENT));
    editor.dispatchCommand(command, undefined);
    return;
  }
  const text = isTextControl(focused);
  const inDialog = focused?.closest('dialog, [role="dialog"]') != null;
  const decisionFirst = !inDialog && (!text || focused.closest('[data-review-field]') !== null);
  if (decisionFirst && (direction === 'undo' ? undoDecision() : redoDecision())) return;
  // execCommand is the browser's own undo of the field, as its key would do.
  if (text) document.execCommand(direction);
  else if (!inDialog) liveBodyEditor()?.dispatchCommand(command, undefined);
}

/** Edit ▸ Undo and Redo, in the page and in dialogs alike (they act on what has focus). Returns the unregister function. */
export function registerUndoRedo(): () => void {
  return registerCommandHandlers({ undo: { run: () => undoOrRedo('undo') }, redo: { run: () => undoOrRedo('redo') } }, { everywhere: true });
}
