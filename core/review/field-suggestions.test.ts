import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../article/article-schema';
import { EDITOR, IDS, reviewedArticle, SUB } from '../testing/reviewed-article';
import { fieldsAsSuggestedBy, ownFieldSuggestion, suggestFieldEdits } from './field-suggestions';

const first = { id: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d', by: SUB, at: '2026-11-26T09:00:00.000Z' };
const later = { id: 'b1c2d3e4-f5a6-4b7c-9d8e-0f1a2b3c4d5e', by: SUB, at: '2026-11-26T09:05:00.000Z' };

/** What a field edit in Suggesting mode does: edit the fields as the person sees them, then take it as suggestions. */
function suggest(article: typeof reviewedArticle, stamp: typeof first, change: (seen: typeof reviewedArticle) => Partial<typeof reviewedArticle>) {
  const seen = fieldsAsSuggestedBy(article, stamp.by);
  return suggestFieldEdits(article, { ...seen, ...change(seen) }, stamp);
}

describe('field suggestions while suggesting', () => {
  it('leaves the field as it is and records old → new by the person, valid by the schema', () => {
    const after = suggest(reviewedArticle, first, () => ({ standfirst: 'MPs will vote next week.' }));
    expect(after.standfirst).toBe(reviewedArticle.standfirst);
    expect(ownFieldSuggestion(after, 'standfirst', SUB)).toEqual({ id: first.id, field: 'standfirst', before: reviewedArticle.standfirst, after: 'MPs will vote next week.', by: SUB, at: first.at });
    expect(ArticleSchema.safeParse(after).success).toBe(true);
  });

  it('updates the same person’s one suggestion on a field on each further edit, keeping its id and place', () => {
    const once = suggest(reviewedArticle, first, (seen) => ({ tags: [...seen.tags, 'Finance'] }));
    const twice = suggest(once, later, (seen) => ({ tags: [...seen.tags, 'Treasury'] }));
    expect(twice.review.fieldSuggestions.map((suggestion) => suggestion.id)).toEqual([IDS.tagsSuggestion, IDS.headlineSuggestion]);
    expect(ownFieldSuggestion(twice, 'tags', SUB)).toMatchObject({ id: IDS.tagsSuggestion, before: ['Kenya', 'Budget'], after: ['Kenya', 'Budget', 'QUOKKA-TAG', 'Finance', 'Treasury'], at: later.at });
    expect(twice.tags).toEqual(['Kenya', 'Budget']);
  });

  it('keeps another person’s suggestion on the same field apart', () => {
    const after = suggest(reviewedArticle, first, () => ({ headline: 'Budget vote delayed again' }));
    expect(after.review.fieldSuggestions.filter((suggestion) => suggestion.field === 'headline').map((suggestion) => suggestion.by)).toEqual([EDITOR, SUB]);
    expect(ownFieldSuggestion(after, 'headline', EDITOR)?.after).toBe('QUOKKA-HEADLINE delays vote');
  });

  it('drops the suggestion when the field is edited back to its current value', () => {
    const once = suggest(reviewedArticle, first, () => ({ dateline: 'MOMBASA' }));
    const back = suggest(once, later, () => ({ dateline: reviewedArticle.dateline }));
    expect(ownFieldSuggestion(back, 'dateline', SUB)).toBeNull();
    expect(back.review.fieldSuggestions).toEqual(reviewedArticle.review.fieldSuggestions);
  });

  it('makes no suggestion for fields the edit left alone, and changes nothing for no change', () => {
    expect(suggest(reviewedArticle, first, () => ({}))).toEqual(reviewedArticle);
    const after = suggest(reviewedArticle, first, () => ({ status: 'in-review' }));
    expect(after.status).toBe('in-review');
    expect(after.review.fieldSuggestions).toBe(reviewedArticle.review.fieldSuggestions);
  });
});
