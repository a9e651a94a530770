import type { BodySuggestionText } from '../../../core/review/body-suggestions';
import type { WordPiece } from '../../../core/compare/word-diff';
import { excerpt } from '../../../core/text/excerpt';
import { WordPieces } from '../compare/WordPieces';
import { SuggestionCard, type ListedCard } from './SuggestionCard';

const CHANGE_WORDS: Record<BodySuggestionText['change'], string> = { insert: 'insertion', delete: 'deletion', replace: 'replacement' };

interface BodySuggestionCardProps {
  suggestion: BodySuggestionText;
  onDecided(button: HTMLElement): void;
  inList: ListedCard;
}

/** The words removed, then the words added, each cut to an excerpt (a suggestion may be a whole pasted page). */
function changedWords({ deleted, inserted }: BodySuggestionText): WordPiece[] {
  return [
    ...(deleted ? [{ op: 'del' as const, text: excerpt(deleted) }] : []),
    ...(inserted ? [{ op: 'ins' as const, text: excerpt(inserted) }] : []),
  ];
}

/** A body suggestion in the review panel's list: the words it removes struck, the words it adds underlined, each cut short. */
export function BodySuggestionCard({ suggestion, onDecided, inList }: BodySuggestionCardProps) {
  return (
    <SuggestionCard suggestion={suggestion} what={`body ${CHANGE_WORDS[suggestion.change]} by ${suggestion.by.name}`} place="Body" onDecided={onDecided} inList={inList}>
      <p className="field-suggestion-text" dir="auto">
        <WordPieces pieces={changedWords(suggestion)} />
      </p>
    </SuggestionCard>
  );
}
