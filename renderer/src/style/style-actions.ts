import { $createRangeSelection, $setSelection, CONTROLLED_TEXT_INSERTION_COMMAND, HISTORY_PUSH_TAG, type LexicalEditor, type RangeSelection } from 'lexical';
import type { StyleIssue, StyleLocation } from '../../../core/style/style-issue';
import { findFieldControl } from '../export/go-to-field';
import { useArticleStore } from '../store/article-store';
import { setCardField } from '../editor/nodes/CardField';
import { $locationElement, $textPoints } from './body-text-ranges';
import { saveHouseStyle, useStyleStore } from './style-store';

/** A field's control, when it is a text control on screen. */
function fieldControl(location: StyleLocation): HTMLInputElement | HTMLTextAreaElement | null {
  if (location.kind !== 'field') return null;
  const control = findFieldControl(location.field);
  return control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement ? control : null;
}

/** Selects the issue's text in the body; null when the body no longer holds it there. */
function $selectInBody(issue: StyleIssue, blockKeys: readonly string[]): RangeSelection | null {
  const element = $locationElement(issue.location, blockKeys);
  const points = element && $textPoints(element, issue.location.start, issue.location.end);
  if (!points) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(points.start.node.getKey(), points.start.offset, 'text');
  selection.focus.set(points.end.node.getKey(), points.end.offset, 'text');
  if (selection.getTextContent() !== issue.text) return null;
  $setSelection(selection);
  return selection;
}

/** Selects the field's flagged text; false when it is not there any more. */
function selectInField(issue: StyleIssue): HTMLInputElement | HTMLTextAreaElement | null {
  const control = fieldControl(issue.location);
  const { start, end } = issue.location;
  if (!control || control.value.slice(start, end) !== issue.text) return null;
  control.focus();
  control.setSelectionRange(start, end);
  return control;
}

/**
 * A text a body block keeps in a node field (a picture's caption, a pull quote) is edited in the
 * block's own control: the one whose value is that text, with the flagged words where the check found them.
 */
function selectInBlockControl(editor: LexicalEditor, issue: StyleIssue, blockKey: string): HTMLInputElement | HTMLTextAreaElement | null {
  const { start, end } = issue.location;
  const controls = editor.getElementByKey(blockKey)?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea') ?? [];
  const control = Array.from(controls).find((candidate) => candidate.value.slice(start, end) === issue.text);
  if (!control) return null;
  control.focus();
  control.setSelectionRange(start, end);
  return control;
}

/** Goes to the issue's text and selects it, in the body or its field. */
export function goToIssue(editor: LexicalEditor | null, issue: StyleIssue): boolean {
  useStyleStore.getState().setActiveIssue(issue.id);
  if (issue.location.kind === 'field') return selectInField(issue) !== null;
  if (!editor) return false;
  const { blockKeys } = useStyleStore.getState();
  const blockKey = blockKeys[issue.location.blockIndex] ?? '';
  if (issue.location.property) return selectInBlockControl(editor, issue, blockKey) !== null;
  let found = false;
  editor.update(() => {
    found = $selectInBody(issue, blockKeys) !== null;
  });
  if (found) {
    editor.focus();
    const block = editor.getElementByKey(blockKey);
    block?.scrollIntoView({ block: 'center' });
  }
  return found;
}

/**
 * The issue's quick fix, as one undoable step: in the body (and a block's own field, like a pull
 * quote) one history entry of its own, in an article field the browser's own text insertion (so
 * Ctrl+Z in the field takes it back).
 */
export function applyFix(editor: LexicalEditor | null, issue: StyleIssue): boolean {
  const fix = issue.fix;
  if (!fix) return false;
  if (issue.location.kind === 'field') {
    const control = selectInField(issue);
    return control !== null && document.execCommand('insertText', false, fix.replacement);
  }
  if (!editor) return false;
  const { blockKeys } = useStyleStore.getState();
  const { location } = issue;
  if (location.property) {
    const blockKey = blockKeys[location.blockIndex] ?? '';
    const control = selectInBlockControl(editor, issue, blockKey);
    if (!control) return false;
    return setCardField(editor, blockKey, location.property, `${control.value.slice(0, location.start)}${fix.replacement}${control.value.slice(location.end)}`);
  }
  let fixed = false;
  editor.update(
    () => {
      if (!$selectInBody(issue, blockKeys)) return;
      // As typed text, so that while Suggesting the fix becomes the user's suggestion (SuggestingPlugin).
      editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, fix.replacement);
      fixed = true;
    },
    { tag: HISTORY_PUSH_TAG },
  );
  return fixed;
}

/** “Ignore here”: remembered in the draft (styleIgnores), so it stays ignored after a reload. */
export function ignoreHere(issue: StyleIssue): void {
  useArticleStore.getState().ignoreStyleIssue(issue.id);
}

/** “Ignore always”: this rule never flags this text again, in any draft (kept in the house style file). */
export async function ignoreAlways(issue: StyleIssue): Promise<void> {
  const { houseStyle } = useStyleStore.getState();
  if (!houseStyle) return;
  await saveHouseStyle({ ...houseStyle, ignored: [...houseStyle.ignored, { rule: issue.ruleId, text: issue.text }] });
}
