import { beforeEach, describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../core/article/article-schema';
import { createArticle } from '../../../core/article/new-article';
import { useArticleStore } from '../store/article-store';
import { knownUser } from './comment-author';
import { decidePendingSuggestions } from './suggestion-decisions';
import { useReviewUi } from './review-ui-store';
import { closeUserPrompt, setKnownUser, useCurrentUserStore } from '../settings/current-user';

const store = () => useArticleStore.getState();

beforeEach(() => {
  setKnownUser({ name: 'Wanjiru Kamau', initials: 'WK' });
  useReviewUi.getState().setMode('editing');
  store().load({ ...createArticle({ id: '6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6', now: new Date('2026-11-25T08:00:00Z') }), headline: 'Ferry resumes', slug: 'ferry-resumes', standfirst: 'Old standfirst.' });
});

describe('field edits while suggesting', () => {
  it('become one suggestion per field by the user, typed keystroke by keystroke; the fields keep their values', () => {
    useReviewUi.getState().setMode('suggesting');
    store().setHeadline('Ferry resumes after');
    store().setHeadline('Ferry resumes after storm');
    store().setText('standfirst', 'New standfirst.');
    const { metadata } = store();
    expect(metadata).toMatchObject({ headline: 'Ferry resumes', slug: 'ferry-resumes', standfirst: 'Old standfirst.' });
    expect(metadata.review.fieldSuggestions.map(({ field, before, after, by }) => ({ field, before, after, by }))).toEqual([
      { field: 'headline', before: 'Ferry resumes', after: 'Ferry resumes after storm', by: knownUser() },
      { field: 'standfirst', before: 'Old standfirst.', after: 'New standfirst.', by: knownUser() },
    ]);
    expect(store().unsaved).toBe(true);
    expect(ArticleSchema.safeParse({ ...metadata, body: store().document.body }).success).toBe(true);
  });

  it('accepting writes the new value (the slug follows an accepted headline) and rejecting drops it, each logged', async () => {
    useReviewUi.getState().setMode('suggesting');
    store().setHeadline('Ferry back after storm');
    store().setText('standfirst', 'New standfirst.');
    const [headline, standfirst] = store().metadata.review.fieldSuggestions;
    await decidePendingSuggestions('accept', { id: headline!.id });
    await decidePendingSuggestions('reject', { id: standfirst!.id });
    expect(store().metadata).toMatchObject({ headline: 'Ferry back after storm', slug: 'ferry-back-after-storm', standfirst: 'Old standfirst.' });
    expect(store().metadata.review.fieldSuggestions).toEqual([]);
    expect(store().metadata.review.log.map((entry) => entry.action)).toEqual(['accepted', 'rejected']);
  });

  it('builds a list field’s suggestion from several edits (add a byline, then name it) and checks tags against the suggested ones', () => {
    useReviewUi.getState().setMode('suggesting');
    store().addByline();
    store().updateByline(0, { name: 'Otieno Wafula', role: 'Reporter' });
    expect(store().metadata.bylines).toEqual([]);
    expect(store().metadata.review.fieldSuggestions).toMatchObject([{ field: 'bylines', before: [], after: [{ name: 'Otieno Wafula', role: 'Reporter' }] }]);
    expect(store().addTag('Kisumu')).toBe('added');
    expect(store().addTag('kisumu')).toBe('duplicate');
    expect(store().metadata.tags).toEqual([]);
    expect(store().metadata.review.fieldSuggestions.map((suggestion) => suggestion.field)).toEqual(['bylines', 'tags']);
  });

  it('asks who is working before the first suggestion, leaving the field as it was', async () => {
    setKnownUser(null);
    useReviewUi.getState().setMode('suggesting');
    store().setHeadline('Ferry back');
    expect(store().metadata).toMatchObject({ headline: 'Ferry resumes', review: { fieldSuggestions: [] } });
    await expect.poll(() => useCurrentUserStore.getState().prompt).toBe('needed');
    closeUserPrompt(null);
  });

  it('leaves editing as it was while Editing', () => {
    store().setHeadline('Ferry back');
    expect(store().metadata).toMatchObject({ headline: 'Ferry back', slug: 'ferry-back' });
    expect(store().metadata.review.fieldSuggestions).toEqual([]);
  });
});
