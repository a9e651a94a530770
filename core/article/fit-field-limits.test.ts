import { describe, expect, it } from 'vitest';
import { ArticleSchema, FIELD_LIMITS } from './article-schema';
import { createArticle } from './new-article';
import { describeCut, fitFieldLimits } from './fit-field-limits';

const article = () => createArticle({ id: '6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6', now: new Date('2026-11-25T08:00:00Z') });

describe('fitFieldLimits', () => {
  it('leaves fields within their limits exactly as they are and reports nothing', () => {
    const fields = { headline: 'Ruto signs the Finance Bill', tags: ['Kenya'], bylines: [{ name: 'Amina Odhiambo', role: 'Reporter' }] };
    expect(fitFieldLimits(fields)).toEqual({ fitted: fields, cut: [] });
  });

  it('cuts a pasted megabyte headline to the limit, so the article passes the schema, and says so', () => {
    const { fitted, cut } = fitFieldLimits({ headline: 'x'.repeat(1_000_000) });
    expect(fitted.headline).toHaveLength(FIELD_LIMITS.headline);
    expect(ArticleSchema.safeParse({ ...article(), ...fitted }).success).toBe(true);
    expect(describeCut(cut)).toBe('Headline can be at most 500 characters; the text beyond that was not kept.');
  });

  it('never leaves half of a surrogate pair at the cut', () => {
    const headline = `${'a'.repeat(FIELD_LIMITS.headline - 1)}😀😀`;
    const { fitted } = fitFieldLimits({ headline });
    expect(fitted.headline).toBe('a'.repeat(FIELD_LIMITS.headline - 1));
  });

  it('fits nested fields and lists: bylines, lead image texts, related links and tags', () => {
    const long = 'y'.repeat(10_000);
    const { fitted, cut } = fitFieldLimits({
      bylines: Array.from({ length: FIELD_LIMITS.bylines + 5 }, () => ({ name: long, role: 'Reporter' })),
      leadImage: { file: 'assets/a.jpg', mediaType: 'image/jpeg', altText: long, caption: long, credit: long },
      relatedLinks: [{ title: long, url: `https://example.com/${long}` }],
      tags: Array.from({ length: FIELD_LIMITS.tags + 1 }, (_, index) => `tag ${index}`),
    });
    expect(fitted.bylines).toHaveLength(FIELD_LIMITS.bylines);
    expect(fitted.bylines?.[0]?.name).toHaveLength(FIELD_LIMITS.bylineName);
    expect(fitted.leadImage).toMatchObject({ file: 'assets/a.jpg', caption: long.slice(0, FIELD_LIMITS.caption), credit: long.slice(0, FIELD_LIMITS.credit) });
    expect(fitted.relatedLinks?.[0]?.url).toHaveLength(FIELD_LIMITS.url);
    expect(fitted.tags).toHaveLength(FIELD_LIMITS.tags);
    expect(ArticleSchema.safeParse({ ...article(), ...fitted }).success).toBe(true);
    expect(cut.map((entry) => entry.label)).toEqual(expect.arrayContaining(['Bylines', 'A byline’s name', 'Alt text', 'Caption', 'Credit', 'A related link’s title', 'A related link’s address', 'Tags']));
    expect(describeCut(cut)).toMatch(/^Some fields were longer than a draft allows and were cut: Bylines \(at most 50 entries\), A byline’s name \(at most 200 characters\)/);
  });

  it('does not change the object it was given', () => {
    const fields = { headline: 'z'.repeat(600) };
    fitFieldLimits(fields);
    expect(fields.headline).toHaveLength(600);
  });
});

describe('fitFieldLimits on what a wire carries', () => {
  it('cuts the agency credit, subjects and provenance to their limits, keeping the rest', () => {
    const long = 'w'.repeat(20_000);
    const provenance = { agency: 'dpa', uri: long, version: '3', firstCreated: null, versionCreated: null, urgency: 3, copyrightHolder: long, copyrightNotice: long, usageTerms: long, format: 'ninjs 2.1' };
    const { fitted, cut } = fitFieldLimits({ agencyCredit: long, subjects: [{ kind: 'place' as const, name: long, uri: '', code: 'geo:1' }], provenance });
    expect(ArticleSchema.safeParse({ ...article(), ...fitted }).success).toBe(true);
    expect(fitted.provenance).toMatchObject({ agency: 'dpa', version: '3', urgency: 3, format: 'ninjs 2.1' });
    expect(fitted.subjects?.[0]).toMatchObject({ kind: 'place', code: 'geo:1' });
    expect(cut[0]?.label).toBe('Agency credit');
  });
});
