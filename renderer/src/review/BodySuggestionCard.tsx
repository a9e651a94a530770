import { memo } from 'react';
import type { BodySuggestionText } from '../../../core/review/body-suggestions';
import type { WordPiece } from '../../../core/compare/word-diff';
import { excerpt } from '../../../core/text/excerpt';
import { WordPieces } from '../compare/WordPieces';
import { SuggestionCard, type ListedCard } from './SuggestionCard';

const CHANGE_WORDS: Record<BodySuggestionText['change'], string> = { insert: 'insertion', delete: 'deletion', replace: 'replacement' };

/** Longest quote of the suggested words in the card's summary line. */
const QUOTE_LENGTH = 40;

interface BodySuggestionCardProps {
  suggestion: BodySuggestionText;
  onDecided(button: HTMLElement): void;
  inList: ListedCard;
}

/** What it does, as a suggestion card says it: Add: “quietly”, Delete: “to vote”, Replace: “Tuesday” with “Monday”. */
function Summary({ change, inserted, deleted }: BodySuggestionText) {
  const quoted = (text: string) => <span className="body-suggestion-quote">“{excerpt(text, QUOTE_LENGTH)}”</span>;
  const verb = { insert: 'Add', delete: 'Delete', replace: 'Replace' }[change];
  return (
    <p className="body-suggestion-summary" dir="auto">
      <span className="body-suggestion-verb">{verb}:</span> {change === 'insert' ? quoted(inserted) : quoted(deleted)}
      {change === 'replace' && <> with {quoted(inserted)}</>}
    </p>
  );
}

const SPACE: WordPiece = { op: 'same', text: ' ' };

/** Changed words cut to an excerpt (a suggestion may be a whole pasted page), the space at either end kept outside the mark. */
function changed(op: 'ins' | 'del', text: string): WordPiece[] {
  if (!text) return [];
  return [...(/^\s/.test(text) ? [SPACE] : []), { op, text: excerpt(text) }, ...(/\s$/.test(text) ? [SPACE] : [])];
}

/** The words removed, then the words added, between the words around them. */
function inContext({ deleted, inserted, context }: BodySuggestionText): WordPiece[] {
  return [
    ...(context?.before ? [{ op: 'same' as const, text: context.before }] : []),
    ...changed('del', deleted),
    ...changed('ins', inserted),
    ...(context?.after ? [{ op: 'same' as const, text: context.after }] : []),
  ];
}

/**
 * A body suggestion in the review panel's list: what it does in a line, then where, the words it
 * removes struck and the words it adds underlined among the words around them. Drawn again only
 * when the suggestion (or its place in the tab order) changes, not whenever the list is read again.
 */
export const BodySuggestionCard = memo(
  function BodySuggestionCard({ suggestion, onDecided, inList }: BodySuggestionCardProps) {
    return (
      <SuggestionCard suggestion={suggestion} what={`body ${CHANGE_WORDS[suggestion.change]} by ${suggestion.by.name}`} place="Body" onDecided={onDecided} inList={inList}>
        <Summary {...suggestion} />
        <p className="field-suggestion-text body-suggestion-context" dir="auto">
          <WordPieces pieces={inContext(suggestion)} />
        </p>
      </SuggestionCard>
    );
  },
  // The callbacks act on the suggestion's id, so a card with the same suggestion and tab stop is the same card.
  (before, after) => before.inList.tabbable === after.inList.tabbable && JSON.stringify(before.suggestion) === JSON.stringify(after.suggestion),
);
