import type { Article } from '../article/article-schema';
import { excerpt } from '../text/excerpt';
import { decideBodySuggestions, type SuggestionDecision } from './body-suggestions';
import type { Authored } from './comment-threads';
import { samePerson } from './field-suggestions';
import { pendingSuggestions, type PendingSuggestion } from './pending-review';
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

function chosen(choice: SuggestionChoice): (suggestion: { id: string; by: Person }) => boolean {
  if ('id' in choice) return (suggestion) => suggestion.id === choice.id;
  if ('by' in choice) return (suggestion) => samePerson(suggestion.by, choice.by);
  return () => true;
}

function describeSuggestion(suggestion: PendingSuggestion): string {
  if (suggestion.kind === 'field') return `${describeReviewField(suggestion.suggestion.field)} change`;
  const quoted = (text: string) => `“${excerpt(text)}”`;
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
 * The article with the chosen field suggestions decided (accepted: `after` written into the field;
 * either way the suggestion is gone) and a log entry saying what was decided. Body suggestions are
 * left to the caller's editor unless `body` is 'too', when the serialized body is decided as well.
 */
export function decideSuggestions(article: Article, decision: SuggestionDecision, choice: SuggestionChoice, stamp: Authored, options: { body: 'too' | 'left' } = { body: 'too' }): Article {
  const isChosen = chosen(choice);
  const decided = pendingSuggestions(article).filter((suggestion) => isChosen(suggestion) && (suggestion.kind === 'field' || options.body === 'too'));
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
