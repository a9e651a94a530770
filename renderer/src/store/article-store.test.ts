import { beforeEach, describe, expect, it } from 'vitest';
import { ArticleSchema, FIELD_LIMITS } from '../../../core/article/article-schema';
import { createArticle } from '../../../core/article/new-article';
import { useArticleStore } from './article-store';

const store = () => useArticleStore.getState();

beforeEach(() => {
  store().load(createArticle({ id: '6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6', now: new Date('2026-11-25T08:00:00Z') }));
});

describe('article store', () => {
  it('derives the slug from the headline until it is edited by hand, and can go back', () => {
    store().setHeadline('Ruto signs the Finance Bill into law');
    expect(store().metadata.slug).toBe('ruto-signs-the-finance-bill-into-law');

    store().setSlugByHand('finance-bill-', { final: false });
    expect(store().metadata).toMatchObject({ slug: 'finance-bill-', slugEditedByHand: true });
    store().setSlugByHand('finance-bill-', { final: true });
    expect(store().metadata.slug).toBe('finance-bill');

    store().setHeadline('Ruto signs the Finance Bill');
    expect(store().metadata.slug).toBe('finance-bill');

    store().resetSlugToHeadline();
    expect(store().metadata).toMatchObject({ slug: 'ruto-signs-the-finance-bill', slugEditedByHand: false });
  });

  it('cleans a typed slug into the allowed alphabet', () => {
    store().setSlugByHand('Café Ölüdeniz 2026', { final: true });
    expect(store().metadata.slug).toBe('cafe-oludeniz-2026');
  });

  it('adds tags once, ignoring case and spacing', () => {
    expect(store().addTag('  Food   security ')).toBe('added');
    expect(store().addTag('food security')).toBe('duplicate');
    expect(store().addTag(' ')).toBe('empty');
    expect(store().metadata.tags).toEqual(['Food security']);
  });

  it('keeps each related link’s checked flag with its row through moves and removals', () => {
    store().addRelatedLink();
    store().addRelatedLink();
    store().checkRelatedLink(1);
    store().moveRelatedLink(1, 0);
    expect(store().relatedLinkChecked).toEqual([true, false]);
    store().removeRelatedLink(0);
    expect(store().relatedLinkChecked).toEqual([false]);
  });

  it('marks edits unsaved, and a new lead image keeps the alt text, caption and credit already typed', () => {
    expect(store().unsaved).toBe(false);
    store().setLeadImage({ file: 'assets/a.jpg', mediaType: 'image/jpeg' });
    store().updateLeadImageText('altText', 'Herders at a borehole');
    store().setLeadImage({ file: 'assets/b.jpg', mediaType: 'image/jpeg', width: 1200, height: 800 });
    expect(store().metadata.leadImage).toEqual({
      file: 'assets/b.jpg',
      mediaType: 'image/jpeg',
      width: 1200,
      height: 800,
      altText: 'Herders at a borehole',
      caption: '',
      credit: '',
    });
    expect(store().unsaved).toBe(true);
  });

  it('clears the empty-headline message once a headline is typed', () => {
    store().setSaveState({ kind: 'saved', savedAt: '2026-11-25T08:05:00Z' }, { headlineMissing: true });
    expect(store().headlineMissingAfterSave).toBe(true);
    store().setHeadline('  ');
    expect(store().headlineMissingAfterSave).toBe(true);
    store().setHeadline('Floods close the Garissa road');
    expect(store().headlineMissingAfterSave).toBe(false);
  });
});

describe('field limits on screen', () => {
  it('keeps what is typed or pasted within the schema, so the draft can always be saved and recovered, and tells the reporter', () => {
    store().setHeadline('h'.repeat(2_000_000));
    store().setText('standfirst', 's'.repeat(50_000));
    const { body } = store().document;
    expect(ArticleSchema.safeParse({ ...store().metadata, body }).success).toBe(true);
    expect(store().metadata.headline).toHaveLength(FIELD_LIMITS.headline);
    expect(store().alert).toBe('Standfirst can be at most 2,000 characters; the text beyond that was not kept.');
  });
});
