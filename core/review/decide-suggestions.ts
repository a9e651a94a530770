import type { Article } from '../article/article-schema';
import { excerpt } from '../text/excerpt';
import { decideBodySuggestions, PARAGRAPH_MARK_TEXT, type BodySuggestionText, type SuggestionDecision } from './body-suggestions';
import type { Authored } from './comment-threads';
import { samePerson } from './field-suggestions';
import { pendingSuggestions, pendingSuggestionsWith, type PendingSuggestion } from './pending-review';
import { describeReviewField } from './review-fields';
import type { Person } from './review-schema';
import { withFieldSuggestionsApplied } from './published-article';

/**
 * Accepting and rejecting suggestions on a saved article: one, all of them, or all by one person,
 * each a new article with one log entry. The renderer does the body side in the live editor itself
 * (as one undoable step); field suggestions are decided here for both.
 */

/** Which pending suggestions a decision is about. */
export type SuggestionChoice = { id: string } | { all: true } | { by: Person };

/** Whether a suggestion is one the choice is about. */
export function chosenBy(choice: SuggestionChoice): (suggestion: { id: string; by: Person }) => boolean {
  if ('id' in choice) return (suggestion) => suggestion.id === choice.id;
  if ('by' in choice) return (suggestion) => samePerson(suggestion.by, choice.by);
  return () => true;
}

function describeSuggestion(suggestion: PendingSuggestion): string {
  if (suggestion.kind === 'field') return `${describeReviewField(suggestion.suggestion.field)} change`;
  const quoted = (text: string) => (text === PARAGRAPH_MARK_TEXT ? 'a paragraph break' : `“${excerpt(text)}”`);
  if (suggestion.change === 'replace') return `replacing ${quoted(suggestion.deleted)} with ${quoted(suggestion.inserted)}`;
  return suggestion.change === 'insert' ? `inserting ${quoted(suggestion.inserted)}` : `deleting ${quoted(suggestion.deleted)}`;
}

function summary(decision: SuggestionDecision, decided: readonly PendingSuggestion[], choice: SuggestionChoice): string {
  const verb = decision === 'accept' ? 'Accepted' : 'Rejected';
  const [only] = decided;
  if (decided.length === 1 && only) return `${verb} ${only.by.name}’s suggestion: ${describeSuggestion(only)}`;
  const count = `${decided.length} suggestions`;
  return 'by' in choice ? `${verb} ${count} by ${choice.by.name}` : `${verb} all ${count}`;
}

/**
 * Where the body's suggestions are decided: in the serialized body ('too'), or by the caller's
 * editor ('left'), which says which of them it decides (`decidedInBody`, for the log entry).
 */
export type BodyDecision = { body: 'too' } | { body: 'left'; decidedInBody?: readonly BodySuggestionText[] };

/**
 * The article with the chosen field suggestions decided (accepted: `after` written into the field;
 * either way the suggestion is gone) and one log entry saying what was decided, body and fields.
 */
export function decideSuggestions(article: Article, decision: SuggestionDecision, choice: SuggestionChoice, stamp: Authored, options: BodyDecision = { body: 'too' }): Article {
  const isChosen = chosenBy(choice);
  const pending = options.body === 'too' ? pendingSuggestions(article) : pendingSuggestionsWith(article, options.decidedInBody ?? []);
  const decided = pending.filter(isChosen);
  if (decided.length === 0) return article;
  const fieldSuggestions = article.review.fieldSuggestions.filter(isChosen);
  const fields = decision === 'accept' ? withFieldSuggestionsApplied(article, fieldSuggestions) : article;
  const body = options.body === 'too' ? decideBodySuggestions(article.body, (suggestion) => (isChosen(suggestion) ? decision : null)) : article.body;
  const entry = { ...stamp, action: decision === 'accept' ? ('accepted' as const) : ('rejected' as const), summary: summary(decision, decided, choice) };
  return {
    ...fields,
    body,
    review: {
      ...article.review,
      fieldSuggestions: article.review.fieldSuggestions.filter((suggestion) => !isChosen(suggestion)),
      log: [...article.review.log, entry],
    },
  };
}
