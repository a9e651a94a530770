import { useMemo, useRef, type FocusEvent } from 'react';
import { describeReviewField } from '../../../core/review/review-fields';
import type { ReviewField } from '../../../core/review/review-schema';
import { useArticleStore } from '../store/article-store';
import { FieldSuggestionCard } from './FieldSuggestionCard';
import { useFocusedField } from './shown-field';
import { samePerson } from '../../../core/review/field-suggestions';
import { useCurrentUser } from './comment-author';
import { useReviewUi } from './review-ui-store';

const LIST = '.field-suggestions';

/**
 * Focus handlers for the element holding a field's controls: while focus is in them (not in the
 * field's suggestion cards), the field shows the user's own suggestion, which they are editing.
 */
export function fieldFocusHandlers(field: ReviewField) {
  return {
    // Marks the field's controls as the article's (decision-undo.ts takes their Ctrl+Z after a decision).
    'data-review-field': field,
    onFocus: (event: FocusEvent<HTMLElement>) => {
      useFocusedField.setState({ field: event.target.closest(LIST) ? null : field });
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      const next = event.relatedTarget instanceof Element ? event.relatedTarget : null;
      if (!(next && event.currentTarget.contains(next) && !next.closest(LIST)) && useFocusedField.getState().field === field) useFocusedField.setState({ field: null });
    },
  };
}

/** The pending suggestions on one field, shown beside it in the order they were made. */
export function FieldSuggestions({ field }: { field: ReviewField }) {
  const all = useArticleStore((state) => state.metadata.review.fieldSuggestions);
  const suggestions = useMemo(() => all.filter((suggestion) => suggestion.field === field), [all, field]);
  const listRef = useRef<HTMLUListElement>(null);
  const user = useCurrentUser();
  const suggesting = useReviewUi((state) => state.mode === 'suggesting');
  const focused = useFocusedField((state) => state.field === field);
  const editing = suggesting && focused;
  if (suggestions.length === 0) return null;

  // The decided card goes: focus moves to the next one, or back to the field's first control.
  const afterDecision = (index: number) => {
    const owner = listRef.current?.parentElement ?? null;
    requestAnimationFrame(() => {
      const cards = Array.from(owner?.querySelectorAll<HTMLElement>(`${LIST} [data-suggestion-id]`) ?? []);
      const next = cards[Math.min(index, cards.length - 1)]?.querySelector('button');
      (next ?? owner?.querySelector<HTMLElement>('input, textarea, select, button'))?.focus();
    });
  };

  return (
    <ul ref={listRef} className="field-suggestions" data-field-suggestions aria-label={`Suggested changes to the ${describeReviewField(field).toLowerCase()}`}>
      {suggestions.map((suggestion, index) => (
        <li key={suggestion.id}>
          <FieldSuggestionCard suggestion={suggestion} editing={editing && user !== null && samePerson(suggestion.by, user)} onDecided={() => afterDecision(index)} />
        </li>
      ))}
    </ul>
  );
}
