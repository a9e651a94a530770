import type { Authored } from '../../../core/review/comment-threads';
import { knownUser } from './comment-author';
import { useReviewUi } from './review-ui-store';

/**
 * Who a field edit is a suggestion by right now, with a new id and the time: null while Editing
 * (the edit changes the field), 'unknown' while Suggesting before the user has said who they are.
 */
export function fieldSuggester(): Authored | 'unknown' | null {
  if (!isSuggesting()) return null;
  const by = knownUser();
  return by ? { id: crypto.randomUUID(), by, at: new Date().toISOString() } : 'unknown';
}

export function isSuggesting(): boolean {
  return useReviewUi.getState().mode === 'suggesting';
}
