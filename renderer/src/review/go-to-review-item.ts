import { findFieldControl } from '../export/go-to-field';
import { useReviewUi } from './review-ui-store';

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
 * Takes the user to a thread (its card in the review panel, opened for it) or a suggestion (its
 * card, beside its field or in the panel; a body suggestion without one: the body). False for
 * another kind of path.
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
  if (!goToFieldSuggestion(id)) findFieldControl('body')?.focus();
  return true;
}

/** Takes the user to a field suggestion's card beside its field, scrolled to and focused; false when it has none on screen. */
export function goToFieldSuggestion(id: string): boolean {
  const card = `[data-field-suggestions] [data-suggestion-id="${CSS.escape(id)}"]`;
  if (!document.querySelector(card)) return false;
  focusWhenShown(card);
  return true;
}
