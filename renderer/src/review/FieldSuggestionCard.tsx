import { useMemo } from 'react';
import { fieldSpecNamed } from '../../../core/compare/compare-fields';
import { wholeValueDiff, wordDiff } from '../../../core/compare/word-diff';
import { describeReviewField, withReviewFieldValue } from '../../../core/review/review-fields';
import type { FieldSuggestion } from '../../../core/review/review-schema';
import { WordPieces } from '../compare/WordPieces';
import { useArticleStore } from '../store/article-store';
import { SuggestionCard, type ListedCard } from './SuggestionCard';

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
  onDecided?(button: HTMLElement): void;
  inList?: ListedCard;
}

/**
 * One field suggestion, beside its field or in the review panel's list: the old words struck and
 * the new underlined in the author's colour.
 */
export function FieldSuggestionCard({ suggestion, named = false, editing = false, onDecided, inList }: FieldSuggestionCardProps) {
  const pieces = useSuggestedChange(suggestion);
  const field = describeReviewField(suggestion.field);
  return (
    <SuggestionCard
      suggestion={suggestion}
      what={`${field.toLowerCase()} change by ${suggestion.by.name}`}
      place={named ? field : undefined}
      highlighted={editing}
      onDecided={onDecided}
      inList={inList}
    >
      <p className="field-suggestion-text" dir="auto">
        <WordPieces pieces={pieces} />
      </p>
      {editing && <p className="field-suggestion-note">You are editing this suggestion: the field shows it until you leave.</p>}
    </SuggestionCard>
  );
}
