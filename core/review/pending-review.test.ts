import { describe, expect, it } from 'vitest';
import { AT, EDITOR, IDS, reviewedArticle, SUB } from '../testing/reviewed-article';
import { bodySuggestions } from './body-suggestions';
import { decideSuggestions } from './decide-suggestions';
import { fieldSuggestionsByPlace, pendingSuggestions, suggestionAuthors } from './pending-review';
import type { FieldSuggestion } from './review-schema';

const stamp = { id: '6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e', by: EDITOR, at: '2026-11-26T09:00:00.000Z' };

/** Suggestions made in an order that is not the article's: dateline first, section last. */
const scattered: FieldSuggestion[] = [
  { id: 'dateline-1', field: 'dateline', before: 'NAIROBI', after: 'NAIROBI, Kenya', by: SUB, at: AT },
  { id: 'standfirst-1', field: 'standfirst', before: reviewedArticle.standfirst, after: 'The vote is off.', by: EDITOR, at: AT },
  { id: 'bylines-1', field: 'bylines', before: reviewedArticle.bylines, after: [], by: SUB, at: AT },
  { id: 'section-1', field: 'section', before: reviewedArticle.section, after: 'Politics', by: EDITOR, at: AT },
];
const article = { ...reviewedArticle, review: { ...reviewedArticle.review, fieldSuggestions: [...reviewedArticle.review.fieldSuggestions, ...scattered] } };

describe('the pending suggestions, as the review panel lists them', () => {
  it('puts field suggestions in the order the fields come on screen, the body between head and details', () => {
    const { aboveBody, belowBody } = fieldSuggestionsByPlace(article);
    expect(aboveBody.map((suggestion) => suggestion.id)).toEqual(['section-1', IDS.headlineSuggestion, 'standfirst-1']);
    expect(belowBody.map((suggestion) => suggestion.id)).toEqual(['bylines-1', 'dateline-1', IDS.tagsSuggestion]);
    expect(pendingSuggestions(article).map((entry) => entry.id)).toEqual(['section-1', IDS.headlineSuggestion, 'standfirst-1', IDS.remove, IDS.insert, IDS.replace, 'bylines-1', 'dateline-1', IDS.tagsSuggestion]);
  });

  it('names who made them, in the order their first one comes, with how many each', () => {
    expect(suggestionAuthors(pendingSuggestions(article))).toEqual([
      { by: EDITOR, count: 5 },
      { by: SUB, count: 4 },
    ]);
    expect(suggestionAuthors([])).toEqual([]);
  });
});

describe('deciding all by one person', () => {
  it('accepts only that person’s field suggestions, leaves the body to the editor, and logs one entry saying how many', () => {
    const decided = decideSuggestions(article, 'accept', { by: SUB }, stamp, { body: 'left' });
    expect(decided.dateline).toBe('NAIROBI, Kenya');
    expect(decided.bylines).toEqual([]);
    expect(decided.tags).toEqual(['Kenya', 'Budget', 'QUOKKA-TAG']);
    expect(decided.standfirst).toBe(reviewedArticle.standfirst);
    expect(decided.body).toBe(article.body);
    expect(decided.review.fieldSuggestions.map((suggestion) => suggestion.by)).toEqual([EDITOR, EDITOR, EDITOR]);
    expect(decided.review.log).toHaveLength(article.review.log.length + 1);
    expect(decided.review.log.at(-1)).toEqual({ ...stamp, action: 'accepted', summary: 'Accepted 3 suggestions by Lars Øvergaard' });
  });

  it('counts the body suggestions the editor decides alongside in the same entry, leaving the body to it', () => {
    const decided = decideSuggestions(article, 'reject', { by: SUB }, stamp, { body: 'left', decidedInBody: bodySuggestions(article.body) });
    expect(decided.body).toBe(article.body);
    expect(decided.review.log.at(-1)?.summary).toBe('Rejected 4 suggestions by Lars Øvergaard');
    const one = decideSuggestions(article, 'accept', { id: IDS.insert }, stamp, { body: 'left', decidedInBody: bodySuggestions(article.body) });
    expect(one.review.log.at(-1)?.summary).toBe('Accepted Amina Odhiambo’s suggestion: inserting “QUOKKA-INSERTEDQUOKKA-WHOLE-PARAGRAPH”');
  });

  it('says whose suggestion and which field when one is decided', () => {
    const decided = decideSuggestions(article, 'reject', { id: 'dateline-1' }, stamp, { body: 'left' });
    expect(decided.dateline).toBe(reviewedArticle.dateline);
    expect(decided.review.log.at(-1)).toMatchObject({ by: EDITOR, action: 'rejected', summary: 'Rejected Lars Øvergaard’s suggestion: Dateline change' });
  });
});
