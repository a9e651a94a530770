import type { Article } from '../article/article-schema';
import { canonicalJson } from '../compare/canonical-json';
import type { Authored } from './comment-threads';
import { withFieldSuggestionsApplied } from './published-article';
import { reviewFieldValue, withReviewFieldValue } from './review-fields';
import { REVIEW_FIELDS, type FieldSuggestion, type Person, type ReviewField, type ReviewFieldValue } from './review-schema';

/**
 * Suggesting mode for the fields outside the body: an edit leaves the field as it is and becomes
 * the editor's one suggestion on that field (old → new), updated by each further edit.
 */

type ArticleFields = Omit<Article, 'body'>;

export function samePerson(one: Person, other: Person): boolean {
  return one.name === other.name && one.initials === other.initials;
}

/** The person's pending suggestion on the field, if they have one (they have at most one per field). */
export function ownFieldSuggestion<Field extends ReviewField>(article: ArticleFields, field: Field, person: Person): Extract<FieldSuggestion, { field: Field }> | null {
  const found = article.review.fieldSuggestions.find((suggestion) => suggestion.field === field && samePerson(suggestion.by, person));
  return (found as Extract<FieldSuggestion, { field: Field }> | undefined) ?? null;
}

/** The fields as the person edits them while suggesting: the current values with their own suggestions applied. */
export function fieldsAsSuggestedBy<Fields extends ArticleFields>(article: Fields, person: Person): Fields {
  return withFieldSuggestionsApplied(
    article,
    article.review.fieldSuggestions.filter((suggestion) => samePerson(suggestion.by, person)),
  );
}

const sameValue = (one: unknown, other: unknown) => canonicalJson(one) === canonicalJson(other);

function suggestionFor<Field extends ReviewField>(field: Field, before: ReviewFieldValue<Field>, after: ReviewFieldValue<Field>, stamp: Authored, id: string): FieldSuggestion {
  return { id, field, before, after, by: stamp.by, at: stamp.at } as FieldSuggestion;
}

/**
 * `edited` (the fields as `fieldsAsSuggestedBy(current, stamp.by)` showed them, then edited) taken
 * as suggestions: every review field keeps its current value, and each one the edit changed gets
 * the person's suggestion on it, made (with `stamp.id`) or updated to the new value and time, or
 * dropped when edited back to the current value. Other fields (status, the picture itself) take the edit.
 */
export function suggestFieldEdits<Fields extends ArticleFields>(current: Fields, edited: Fields, stamp: Authored): Fields {
  const seen = fieldsAsSuggestedBy(current, stamp.by);
  let result = edited;
  let suggestions = edited.review.fieldSuggestions;
  for (const field of REVIEW_FIELDS) {
    const now = reviewFieldValue(current, field);
    const after = reviewFieldValue(edited, field);
    if (now === null || after === null) continue;
    result = withReviewFieldValue(result, field, now);
    const before = reviewFieldValue(seen, field);
    if (before !== null && sameValue(before, after)) continue;
    const own = ownFieldSuggestion(current, field, stamp.by);
    const others = suggestions.filter((suggestion) => suggestion !== own);
    if (sameValue(now, after)) {
      suggestions = others;
      continue;
    }
    const made = suggestionFor(field, now, after, stamp, own?.id ?? stamp.id);
    // An updated suggestion keeps its place, so the panel's order does not jump while it is typed.
    suggestions = own ? suggestions.map((suggestion) => (suggestion === own ? made : suggestion)) : [...suggestions, made];
  }
  return result === edited && suggestions === edited.review.fieldSuggestions ? edited : { ...result, review: { ...edited.review, fieldSuggestions: suggestions } };
}
