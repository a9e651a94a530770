import { describe, expect, it } from 'vitest';
import { loadArticleText } from '../article/load-article';
import type { Article } from '../article/article-schema';
import { body, link, paragraph } from '../testing/body-builders';
import { arabicArticle, kenyaPoliticsArticle, minimalArticle } from '../testing/sample-articles';
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

  it('writes no address off the allowlist: a refused body link keeps its text, other addresses are emptied', () => {
    const hostile: Article = {
      ...minimalArticle,
      body: body([
        paragraph('Read ', link('javascript:alert(1)', 'this'), ' and ', link('https://www.ledger.co.ke/a', 'that'), '.'),
        { type: 'embed', version: 1, url: 'data:text/html,<script>alert(2)</script>', href: 'vbscript:msgbox' },
      ]),
      relatedLinks: [
        { title: 'Bad', url: ' JavaScript:alert(3)' },
        { title: 'Good', url: 'https://www.nation.africa/' },
      ],
    };
    const exported = loadArticleText(articleToNativeJson(hostile), 'export.json').article;
    expect(articleToNativeJson(hostile)).not.toMatch(/javascript|data:|vbscript/i);
    const [first, embed] = exported.body.root.children;
    expect(first!.children!.map((node) => [node.type, node.text ?? node.url])).toEqual([
      ['text', 'Read '],
      ['text', 'this'],
      ['text', ' and '],
      ['link', 'https://www.ledger.co.ke/a'],
      ['text', '.'],
    ]);
    expect(embed).toMatchObject({ type: 'embed', url: '', href: '' });
    expect(exported.relatedLinks).toEqual([
      { title: 'Bad', url: '' },
      { title: 'Good', url: 'https://www.nation.africa/' },
    ]);
  });

  it('empties a wire picture’s address that is off the allowlist', () => {
    const remote = { altText: '', caption: 'Flooding', credit: 'AP', remote: { href: 'javascript:alert(4)', uri: 'urn:ap:1' } };
    expect(JSON.parse(articleToNativeJson({ ...minimalArticle, leadImage: remote })).leadImage.remote).toEqual({ href: '', uri: 'urn:ap:1' });
  });
});
