import type { Article } from '../article/article-schema';
import { bodySuggestions, bodyThreadIds, type BodySuggestionText } from './body-suggestions';
import { locateFieldThreads, threadsInDocumentOrder, type ThreadsInOrder } from './comment-threads';
import { FIELDS_ABOVE_BODY, FIELDS_BELOW_BODY, reviewFieldText } from './review-fields';
import type { FieldSuggestion, Thread } from './review-schema';

/** What is still to be decided in an article: its pending suggestions and its threads, read from the saved article. */

export type PendingSuggestion = ({ kind: 'body' } & BodySuggestionText) | { kind: 'field'; id: string; by: FieldSuggestion['by']; at: string; suggestion: FieldSuggestion };

function fieldEntry(suggestion: FieldSuggestion): PendingSuggestion {
  return { kind: 'field', id: suggestion.id, by: suggestion.by, at: suggestion.at, suggestion };
}

/** Every pending suggestion in document order: the head fields, the body, then the other fields in the panel's order. */
export function pendingSuggestions(article: Article): PendingSuggestion[] {
  const inFields = (fields: readonly string[]) =>
    fields.flatMap((field) => article.review.fieldSuggestions.filter((suggestion) => suggestion.field === field).map(fieldEntry));
  return [...inFields(FIELDS_ABOVE_BODY), ...bodySuggestions(article.body).map((entry): PendingSuggestion => ({ kind: 'body', ...entry })), ...inFields(FIELDS_BELOW_BODY)];
}

/** The article's threads in document order, with the detached ones (text gone) apart. */
export function articleThreads(article: Article): ThreadsInOrder {
  const { threads } = article.review;
  return threadsInDocumentOrder(threads, bodyThreadIds(article.body), locateFieldThreads(threads, (field) => reviewFieldText(article, field)));
}

/** Open threads, attached ones in document order and then detached ones: a detached thread is still an open comment. */
export function openThreads(article: Article): Thread[] {
  const { open, detached } = articleThreads(article);
  return [...open, ...detached.filter((thread) => thread.status === 'open')];
}

/** Threads whose text is gone: a body thread on no mark, a field thread whose quote is no longer in its field. */
export function detachedThreads(article: Article): Thread[] {
  return articleThreads(article).detached;
}
