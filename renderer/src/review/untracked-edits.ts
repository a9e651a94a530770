import { useArticleStore } from '../store/article-store';
import { useReviewUi } from './review-ui-store';

/**
 * The body edits Suggesting mode can't turn into suggestions, and what the user is told when they
 * try one: refused rather than applied untracked, so accepting and rejecting always hold.
 */
export const UNTRACKED_EDITS = {
  format: 'Formatting can’t be suggested — switch to Editing to change it.',
  block: 'Inserting or changing blocks can’t be suggested — switch to Editing to do it.',
  link: 'Links can’t be suggested — switch to Editing to add or remove one.',
  lineBreak: 'Line breaks can’t be suggested — press Enter for a new paragraph, or switch to Editing.',
} as const;
export type UntrackedEdit = keyof typeof UNTRACKED_EDITS;

/** Tells the user why the edit did not happen, in the app's alert (a live region). */
export function tellUntracked(message: string): void {
  useArticleStore.getState().showAlert(message);
}

/** True, with the user told why, while Suggesting: the edit would change the body untracked. */
export function refusedWhileSuggesting(edit: UntrackedEdit): boolean {
  if (useReviewUi.getState().mode !== 'suggesting') return false;
  tellUntracked(UNTRACKED_EDITS[edit]);
  return true;
}
