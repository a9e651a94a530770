import { useMemo } from 'react';
import { fieldSuggestionsByPlace, pendingFieldEntry, type PendingSuggestion } from '../../../core/review/pending-review';
import { useArticleStore } from '../store/article-store';

/** Every pending suggestion on screen in document order, kept current as suggestions come and go. */
export function usePendingSuggestions(): PendingSuggestion[] {
  const review = useArticleStore((state) => state.metadata.review);
  return useMemo(() => {
    const { aboveBody, belowBody } = fieldSuggestionsByPlace({ review });
    return [...aboveBody, ...belowBody].map(pendingFieldEntry);
  }, [review]);
}

/** Whether anything is still to be decided (for commands, which ask at the moment they could run). */
export function hasPendingSuggestions(): boolean {
  return useArticleStore.getState().metadata.review.fieldSuggestions.length > 0;
}
