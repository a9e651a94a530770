import { memo } from 'react';
import { PARAGRAPH_MARK_TEXT, type BodySuggestionText } from '../../../core/review/body-suggestions';
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

/** A suggestion that is only a paragraph break: a new paragraph (Enter), or a join (Backspace at a paragraph's start). */
function paragraphChange({ inserted, deleted }: BodySuggestionText): 'new paragraph' | 'paragraph join' | null {
  if (inserted === PARAGRAPH_MARK_TEXT && !deleted) return 'new paragraph';
  if (deleted === PARAGRAPH_MARK_TEXT && !inserted) return 'paragraph join';
  return null;
}

const PARAGRAPH_CHANGE_SUMMARY = { 'new paragraph': 'Split the paragraph here', 'paragraph join': 'Join with the next paragraph' } as const;

/** What it does, as a suggestion card says it: Add: “quietly”, Delete: “to vote”, Replace: “Tuesday” with “Monday”. */
function Summary(suggestion: BodySuggestionText) {
  const { change, inserted, deleted } = suggestion;
  const breakChange = paragraphChange(suggestion);
  if (breakChange) {
    return (
      <p className="body-suggestion-summary">
        <span className="body-suggestion-verb">{PARAGRAPH_CHANGE_SUMMARY[breakChange]}</span>
      </p>
    );
  }
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
      <SuggestionCard suggestion={suggestion} what={`body ${paragraphChange(suggestion) ?? CHANGE_WORDS[suggestion.change]} by ${suggestion.by.name}`} place="Body" onDecided={onDecided} inList={inList}>
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
