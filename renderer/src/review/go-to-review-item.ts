import { findFieldControl } from '../export/go-to-field';
import { useReviewUi } from './review-ui-store';
import { goToBodySuggestion } from './body-suggestions-live';
import { liveBodyEditor } from './decision-undo';

/** A checklist path to a review item: 'thread:<id>' or 'suggestion:<id>' (see PreExportItem.field). */
const REVIEW_PATH = /^(thread|suggestion):(.+)$/;

/** Which review item a checklist path leads to, or null for a field's path. */
export function reviewPathKind(path: string): 'thread' | 'suggestion' | null {
  const kind = REVIEW_PATH.exec(path)?.[1];
  return kind === 'thread' || kind === 'suggestion' ? kind : null;
}

function focusWhenShown(selector: string): void {
  // After the panel (or the dialog closing) has rendered.
  requestAnimationFrame(() => {
    const element = document.querySelector<HTMLElement>(selector);
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  });
}

/**
 * Takes the user to a thread (its card in the review panel, opened for it) or a suggestion (see
 * goToSuggestion). False for another kind of path.
 */
export function goToReviewItem(path: string): boolean {
  const [, kind, id] = REVIEW_PATH.exec(path) ?? [];
  if (!id) return false;
  if (kind === 'thread') {
    const ui = useReviewUi.getState();
    ui.setPanelShown(true);
    ui.setActiveThread(id);
    focusWhenShown(`[data-thread-id="${CSS.escape(id)}"]`);
    return true;
  }
  goToSuggestion(id);
  return true;
}

/**
 * Takes the user to a suggestion: a field's card beside its field (scrolled to and focused), or a
 * body suggestion's words, selected in the body; the body when it is in neither.
 */
export function goToSuggestion(id: string): void {
  const card = `[data-field-suggestions] [data-suggestion-id="${CSS.escape(id)}"]`;
  if (document.querySelector(card)) {
    focusWhenShown(card);
    return;
  }
  // As focusWhenShown: after a closing dialog has put focus back.
  requestAnimationFrame(() => {
    const editor = liveBodyEditor();
    if (!(editor && goToBodySuggestion(editor, id))) findFieldControl('body')?.focus();
  });
}
