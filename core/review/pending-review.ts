import type { Article } from '../article/article-schema';
import { bodySuggestions, bodyThreadIds, type BodySuggestionText } from './body-suggestions';
import { locateFieldThreads, threadsInDocumentOrder, type ThreadsInOrder } from './comment-threads';
import { FIELDS_ABOVE_BODY, FIELDS_BELOW_BODY, reviewFieldText } from './review-fields';
import { samePerson } from './field-suggestions';
import type { FieldSuggestion, Person, Thread } from './review-schema';

/** What is still to be decided in an article: its pending suggestions and its threads, read from the saved article. */

export type PendingSuggestion = ({ kind: 'body' } & BodySuggestionText) | { kind: 'field'; id: string; by: FieldSuggestion['by']; at: string; suggestion: FieldSuggestion };

function pendingFieldEntry(suggestion: FieldSuggestion): PendingSuggestion {
  return { kind: 'field', id: suggestion.id, by: suggestion.by, at: suggestion.at, suggestion };
}

/**
 * The field suggestions in document order, split where the body comes between them: the head's
 * fields above it, the details panel's below. (A list of all suggestions puts the body's between.)
 */
export function fieldSuggestionsByPlace(article: Pick<Article, 'review'>): { aboveBody: FieldSuggestion[]; belowBody: FieldSuggestion[] } {
  const inFields = (fields: readonly string[]) => fields.flatMap((field) => article.review.fieldSuggestions.filter((suggestion) => suggestion.field === field));
  return { aboveBody: inFields(FIELDS_ABOVE_BODY), belowBody: inFields(FIELDS_BELOW_BODY) };
}

/** Every pending suggestion in document order: the head fields, the body, then the other fields in the panel's order. */
export function pendingSuggestions(article: Article): PendingSuggestion[] {
  return pendingSuggestionsWith(article, bodySuggestions(article.body));
}

/** The same, with the body's suggestions as the live editor holds them (in document order). */
export function pendingSuggestionsWith(article: Pick<Article, 'review'>, body: readonly BodySuggestionText[]): PendingSuggestion[] {
  const { aboveBody, belowBody } = fieldSuggestionsByPlace(article);
  return [...aboveBody.map(pendingFieldEntry), ...body.map((entry): PendingSuggestion => ({ kind: 'body', ...entry })), ...belowBody.map(pendingFieldEntry)];
}

/** The people who made the suggestions, in the order their first one comes, with how many each made. */
export function suggestionAuthors(suggestions: readonly { by: Person }[]): Array<{ by: Person; count: number }> {
  const authors: Array<{ by: Person; count: number }> = [];
  for (const { by } of suggestions) {
    const known = authors.find((author) => samePerson(author.by, by));
    if (known) known.count += 1;
    else authors.push({ by, count: 1 });
  }
  return authors;
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
