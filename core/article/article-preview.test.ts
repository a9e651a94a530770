import { describe, expect, it } from 'vitest';
import { generateLongArticle } from '../testing/sample-articles';
import { EXCERPT_LENGTH, previewArticle } from './article-preview';

describe('article preview', () => {
  it('gives headline, status, word count, date and the start of the body, cut at a word', () => {
    const article = generateLongArticle(500);
    const preview = previewArticle(article);
    expect(preview).toMatchObject({ headline: article.headline, status: article.status, updatedAt: article.updatedAt });
    expect(preview.wordCount).toBeGreaterThan(400);
    expect(preview.excerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH);
    expect(preview.excerpt).toMatch(/\S…$/);
    expect(preview.excerpt).not.toMatch(/\s\s/);
  });
});
