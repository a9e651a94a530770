import './author-colours.css';
import './field-suggestions.css';
import { useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { fieldSpecNamed } from '../../../core/compare/compare-fields';
import { wholeValueDiff, wordDiff } from '../../../core/compare/word-diff';
import { authorColour } from '../../../core/review/author-colour';
import { describeReviewField, withReviewFieldValue } from '../../../core/review/review-fields';
import type { FieldSuggestion } from '../../../core/review/review-schema';
import { WordPieces } from '../compare/WordPieces';
import { useArticleStore } from '../store/article-store';
import { AuthorLine } from './AuthorLine';
import { decidePendingSuggestions } from './suggestion-decisions';

/** What makes a card an item of the panel's list of suggestions (see card-list.ts). */
export function suggestionListItem(onGoTo: () => void) {
  return {
    'data-suggestion-card': true,
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
      event.preventDefault();
      onGoTo();
    },
    onClick: (event: MouseEvent<HTMLElement>) => {
      if (!(event.target instanceof Element && event.target.closest('button'))) onGoTo();
    },
  };
}

/** The suggestion's old and new values as text, word by word (lists one item a line). */
function useSuggestedChange(suggestion: FieldSuggestion) {
  const metadata = useArticleStore((state) => state.metadata);
  return useMemo(() => {
    const spec = fieldSpecNamed(suggestion.field);
    const text = (value: FieldSuggestion['before']) => spec.text(withReviewFieldValue(metadata, suggestion.field, value));
    return (spec.whole ? wholeValueDiff : wordDiff)(text(suggestion.before), text(suggestion.after));
  }, [metadata, suggestion]);
}

interface FieldSuggestionCardProps {
  suggestion: FieldSuggestion;
  /** Say which field it changes (in a list away from the field); beside the field it goes without saying. */
  named?: boolean;
  /** The user is editing this, their own suggestion, in the field (which shows it meanwhile). */
  editing?: boolean;
  /** After Accept or Reject (the button pressed), when the card is about to go: where focus goes next is the caller's. */
  onDecided?(button: HTMLElement): void;
  /** A card of the review panel's list: one tab stop for the list, and Enter or a click goes to the suggestion. */
  inList?: { tabbable: boolean; onGoTo(): void };
}

/**
 * One field suggestion: who and when, the old words struck and the new underlined in the author's
 * colour, and Accept / Reject. Also the card the review panel can list field suggestions with.
 */
export function FieldSuggestionCard({ suggestion, named = false, editing = false, onDecided, inList }: FieldSuggestionCardProps) {
  const pieces = useSuggestedChange(suggestion);
  const field = describeReviewField(suggestion.field);
  const what = `${field.toLowerCase()} change by ${suggestion.by.name}`;
  const decide = (decision: 'accept' | 'reject', button: HTMLElement) => {
    void decidePendingSuggestions(decision, { id: suggestion.id });
    onDecided?.(button);
  };
  return (
    <div
      className={`field-suggestion author-colour-${authorColour(suggestion.by)}${editing ? ' field-suggestion-editing' : ''}`}
      role="group"
      aria-label={`Suggested ${what}`}
      data-suggestion-id={suggestion.id}
      tabIndex={inList?.tabbable ? 0 : -1}
      {...(inList && suggestionListItem(inList.onGoTo))}
    >
      <AuthorLine by={suggestion.by} at={suggestion.at} />
      {named && <span className="field-suggestion-field">{field}</span>}
      <p className="field-suggestion-text" dir="auto">
        <WordPieces pieces={pieces} />
      </p>
      {editing && <p className="field-suggestion-note">You are editing this suggestion: the field shows it until you leave.</p>}
      <div className="field-suggestion-actions">
        <button type="button" className="button button-small" aria-label={`Accept ${what}`} onClick={(event) => decide('accept', event.currentTarget)}>
          Accept
        </button>
        <button type="button" className="button button-small button-quiet" aria-label={`Reject ${what}`} onClick={(event) => decide('reject', event.currentTarget)}>
          Reject
        </button>
      </div>
    </div>
  );
}
