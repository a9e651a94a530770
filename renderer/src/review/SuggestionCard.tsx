import './author-colours.css';
import './field-suggestions.css';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { authorColour } from '../../../core/review/author-colour';
import type { Person } from '../../../core/review/review-schema';
import { AuthorLine } from './AuthorLine';
import { decidePendingSuggestions } from './suggestion-decisions';

/** A card of the review panel's list: one tab stop for the list, and Enter or a click goes to the suggestion. */
export interface ListedCard {
  tabbable: boolean;
  onGoTo(): void;
}

function listItem({ tabbable, onGoTo }: ListedCard) {
  return {
    'data-suggestion-card': true,
    tabIndex: tabbable ? 0 : -1,
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

interface SuggestionCardProps {
  suggestion: { id: string; by: Person; at: string };
  /** What it is, for the card's and its buttons' names: "headline change by Amina Odhiambo". */
  what: string;
  /** Where it is, said in a list away from it ("Headline", "Body"); beside its field it goes without saying. */
  place?: string;
  highlighted?: boolean;
  /** The change itself, and any note. */
  children: ReactNode;
  /** After Accept or Reject (the button pressed), when the card is about to go: where focus goes next is the caller's. */
  onDecided?(button: HTMLElement): void;
  inList?: ListedCard;
}

/** One pending suggestion, field or body: who and when, where, the change in the author's colour, and Accept / Reject. */
export function SuggestionCard({ suggestion, what, place, highlighted = false, children, onDecided, inList }: SuggestionCardProps) {
  const decide = (decision: 'accept' | 'reject', button: HTMLElement) => {
    void decidePendingSuggestions(decision, { id: suggestion.id });
    onDecided?.(button);
  };
  return (
    <div
      className={`field-suggestion author-colour-${authorColour(suggestion.by)}${highlighted ? ' field-suggestion-editing' : ''}`}
      role="group"
      aria-label={`Suggested ${what}`}
      data-suggestion-id={suggestion.id}
      tabIndex={-1}
      {...(inList && listItem(inList))}
    >
      <AuthorLine by={suggestion.by} at={suggestion.at} />
      {place && <span className="field-suggestion-field">{place}</span>}
      {children}
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
