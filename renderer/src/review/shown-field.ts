import { create } from 'zustand';
import { ownFieldSuggestion } from '../../../core/review/field-suggestions';
import type { ReviewField, ReviewFieldValue } from '../../../core/review/review-schema';
import { useArticleStore } from '../store/article-store';
import { useCurrentUser } from './comment-author';
import { useReviewUi } from './review-ui-store';

/** The field the user's focus is in (set by SuggestedField), so only that field shows their suggestion. */
export const useFocusedField = create<{ field: ReviewField | null }>()(() => ({ field: null }));

/**
 * The value a field's controls show: the current value, except in the field the user is editing
 * while suggesting, which shows their own suggestion on it (what they typed so far). Elsewhere a
 * pending suggestion is shown beside the field, which keeps its value until it is accepted.
 */
export function useShownValue<Field extends ReviewField>(field: Field, current: ReviewFieldValue<Field>): ReviewFieldValue<Field> {
  const suggesting = useReviewUi((state) => state.mode === 'suggesting');
  const focused = useFocusedField((state) => state.field === field);
  const user = useCurrentUser();
  const own = useArticleStore((state) => (suggesting && focused && user ? ownFieldSuggestion(state.metadata, field, user) : null));
  return own ? (own.after as ReviewFieldValue<Field>) : current;
}
