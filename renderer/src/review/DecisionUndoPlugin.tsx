import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { isModShortcut } from '../app/shortcuts';
import { attachDecisionUndo, redoDecision, undoDecision } from './decision-undo';

/** A text control keeps its own Ctrl+Z, except an article field's, whose history a decision replaced (the store set its value). */
function ownsUndo(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const text = target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !['button', 'checkbox', 'radio'].includes(target.type));
  return text && !target.closest('[data-review-field]');
}

const IS_APPLE = /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Undo and redo of accepted and rejected suggestions: in the body editor's Undo and Redo, and from
 * Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (Ctrl+Y) elsewhere: the review panel, a suggestion's card, the fields.
 */
export function DecisionUndoPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => attachDecisionUndo(editor), [editor]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || ownsUndo(event.target)) return;
      const redo = isModShortcut(event, 'z', true) || (!IS_APPLE && isModShortcut(event, 'y'));
      if (!redo && !isModShortcut(event, 'z')) return;
      if (redo ? redoDecision() : undoDecision()) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return null;
}
