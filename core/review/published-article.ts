import type { Article } from '../article/article-schema';
import { bodyAsAccepted, bodyAsRejected } from './body-suggestions';
import { withReviewFieldValue } from './review-fields';
import { emptyReview, type FieldSuggestion } from './review-schema';

export type SuggestionView = 'rejected' | 'accepted';

/** The article with the field suggestions' `after` values written into their fields, in the order they were made. */
export function withFieldSuggestionsApplied<Fields extends Omit<Article, 'body'>>(article: Fields, suggestions: readonly FieldSuggestion[]): Fields {
  return suggestions.reduce((applied, suggestion) => withReviewFieldValue(applied, suggestion.field, suggestion.after), article);
}

/**
 * The article every exporter, the preview and the counts use: no comments, no suggestion or mark
 * nodes, and the text as if every pending suggestion were rejected (the default) or accepted. The
 * review itself is emptied, so nothing of it can reach an export. Idempotent, so exporters that
 * call one another may each apply it.
 */
export function articleAsPublished(article: Article, options: { suggestions: SuggestionView } = { suggestions: 'rejected' }): Article {
  const accepted = options.suggestions === 'accepted';
  const fields = accepted ? withFieldSuggestionsApplied(article, article.review.fieldSuggestions) : article;
  return { ...fields, body: accepted ? bodyAsAccepted(article.body) : bodyAsRejected(article.body), review: emptyReview() };
}
