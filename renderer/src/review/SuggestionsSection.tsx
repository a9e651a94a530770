import './suggestions-panel.css';
import { useId, useState } from 'react';
import type { SuggestionDecision } from '../../../core/review/body-suggestions';
import type { SuggestionChoice } from '../../../core/review/decide-suggestions';
import { samePerson } from '../../../core/review/field-suggestions';
import { suggestionAuthors, type PendingSuggestion } from '../../../core/review/pending-review';
import type { Person } from '../../../core/review/review-schema';
import { commandKeys } from '../commands/command-keys';
import { focusAfterLeaving, moveBetweenCards } from './card-list';
import { undoDecision, useDecisionHistory } from './decision-undo';
import { BodySuggestionCard } from './BodySuggestionCard';
import { FieldSuggestionCard } from './FieldSuggestionCard';
import { goToSuggestion } from './go-to-review-item';
import { usePendingSuggestions } from './pending-suggestions';
import { decidePendingSuggestions } from './suggestion-decisions';

const LIST = { list: '[data-suggestion-list]', card: '[data-suggestion-card]' };

/** Whose suggestions the list shows: everyone's, or one person's (picked by a key, as a select's value is a string). */
const personKey = (person: Person) => `${person.name}\u0000${person.initials}`;

/** What the last decision did, in words (read out as it happens), with Undo while it is still the last thing done. */
function DecisionNote() {
  const note = useDecisionHistory((state) => state.note);
  return (
    <div className="suggestion-note">
      <span role="status">{note?.text}</span>
      {note?.canUndo && (
        <button type="button" className="button button-small button-quiet" onClick={() => undoDecision()}>
          Undo
        </button>
      )}
    </div>
  );
}

interface SuggestionListProps {
  suggestions: PendingSuggestion[];
}

/** The pending suggestions, one card each: one tab stop, arrows between cards, Enter goes to the suggestion. */
function SuggestionList({ suggestions }: SuggestionListProps) {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const tabStop = suggestions.some((entry) => entry.id === focusedId) ? focusedId : (suggestions[0]?.id ?? null);
  return (
    <ul
      className="comment-list suggestion-list"
      aria-label="Pending suggestions"
      data-suggestion-list
      onKeyDown={moveBetweenCards(LIST.card)}
      onFocus={(event) => {
        const id = (event.target as HTMLElement).closest<HTMLElement>(LIST.card)?.dataset.suggestionId;
        if (id) setFocusedId(id);
      }}
    >
      {suggestions.map((entry) => {
        const inList = { tabbable: entry.id === tabStop, onGoTo: () => goToSuggestion(entry.id) };
        const onDecided = (button: HTMLElement) => focusAfterLeaving(button, LIST)();
        return (
          <li key={entry.id}>
            {entry.kind === 'field' ? (
              <FieldSuggestionCard suggestion={entry.suggestion} named inList={inList} onDecided={onDecided} />
            ) : (
              <BodySuggestionCard suggestion={entry} inList={inList} onDecided={onDecided} />
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The review panel's pending suggestions in document order, with Accept all / Reject all, for
 * everyone or for the one person the list is narrowed to.
 */
export function SuggestionsSection() {
  const pending = usePendingSuggestions();
  const authors = suggestionAuthors(pending);
  const [shownKey, setShownKey] = useState('');
  const id = useId();
  const person = authors.find((author) => personKey(author.by) === shownKey)?.by ?? null;
  // A person whose last suggestion has gone is no longer a choice: the list shows everyone's again (and stays so).
  if (shownKey && !person) setShownKey('');
  const shown = person ? pending.filter((entry) => samePerson(entry.by, person)) : pending;
  const choice: SuggestionChoice = person ? { by: person } : { all: true };
  const byWhom = person ? ` by ${person.name}` : '';
  const decideAll = (decision: SuggestionDecision) => {
    void decidePendingSuggestions(decision, choice);
    // Every card shown goes: focus stays on the section.
    requestAnimationFrame(() => document.getElementById(`${id}-title`)?.focus());
  };

  return (
    <section className="review-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="review-section-title" tabIndex={-1}>
        Suggestions <span className="review-count">{pending.length}</span>
      </h3>
      {pending.length === 0 ? (
        <p className="review-empty">No pending suggestions. Turn on Suggesting ({commandKeys('review.toggleSuggesting')?.label}) to suggest changes.</p>
      ) : (
        <>
          <div className="suggestion-tools">
            {authors.length > 1 && (
              <label className="suggestion-filter">
                <span aria-hidden="true">Show</span>
                <select className="field-input" aria-label="Show suggestions by" value={shownKey} onChange={(event) => setShownKey(event.target.value)}>
                  <option value="">Everyone ({pending.length})</option>
                  {authors.map(({ by, count }) => (
                    <option key={personKey(by)} value={personKey(by)}>
                      {by.name} ({count})
                    </option>
                  ))}
                </select>
              </label>
            )}
            <div className="button-row">
              <button type="button" className="button button-small" onClick={() => decideAll('accept')}>
                Accept all{byWhom}
              </button>
              <button type="button" className="button button-small button-quiet" onClick={() => decideAll('reject')}>
                Reject all{byWhom}
              </button>
            </div>
          </div>
          <SuggestionList suggestions={shown} />
        </>
      )}
      <DecisionNote />
    </section>
  );
}
