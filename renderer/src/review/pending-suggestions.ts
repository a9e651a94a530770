import { useMemo } from 'react';
import { pendingSuggestionsWith, type PendingSuggestion } from '../../../core/review/pending-review';
import { useArticleStore } from '../store/article-store';
import { useBodySuggestions } from './body-suggestions-live';

/** Every pending suggestion on screen in document order (fields and body), kept current as suggestions come and go. */
export function usePendingSuggestions(): PendingSuggestion[] {
  const review = useArticleStore((state) => state.metadata.review);
  const body = useBodySuggestions((state) => state.suggestions);
  return useMemo(() => pendingSuggestionsWith({ review }, body), [review, body]);
}

/** Whether anything is still to be decided (for commands, which ask at the moment they could run). */
export function hasPendingSuggestions(): boolean {
  return useArticleStore.getState().metadata.review.fieldSuggestions.length > 0 || useBodySuggestions.getState().suggestions.length > 0;
}
