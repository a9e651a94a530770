import { describe, expect, it } from 'vitest';
import { loadArticleText } from '../article/load-article';
import { arabicArticle, kenyaPoliticsArticle } from '../testing/sample-articles';
import { articleToNativeJson } from './native-json';

describe('articleToNativeJson', () => {
  it('is the validated article, loadable by Copydesk, without the editor’s note', () => {
    for (const article of [kenyaPoliticsArticle, arabicArticle]) {
      const json = articleToNativeJson(article);
      expect(loadArticleText(json, 'export.json').article).toEqual({ ...article, editorsNote: '' });
      expect(JSON.parse(json)).not.toHaveProperty('$schema');
    }
  });

  it('refuses to export an invalid article', () => {
    expect(() => articleToNativeJson({ ...kenyaPoliticsArticle, tags: [''] })).toThrow();
  });
});
