import { describe, expect, it } from 'vitest';
import { htmlProblems } from '../testing/html-validate';
import { arabicArticle, kenyaPoliticsArticle } from '../testing/sample-articles';
import { bodyToHtml } from './body-html';
import { articleToCmsFragment } from './fragment';

describe('articleToCmsFragment', () => {
  it('is the body alone, without classes or styles', () => {
    const fragment = articleToCmsFragment(kenyaPoliticsArticle);
    expect(fragment).toBe(bodyToHtml(kenyaPoliticsArticle.body));
    expect(fragment).not.toMatch(/class=|style=|<h1|<header|<script|<article/);
    expect(fragment).not.toContain(kenyaPoliticsArticle.headline);
  });

  it('adds the figure class only when asked; caption and credit always have their own elements', () => {
    const article = { ...kenyaPoliticsArticle, body: { root: { ...kenyaPoliticsArticle.body.root, children: [{ type: 'image', version: 1, file: 'assets/a.jpg', altText: 'a', caption: 'c', credit: 'r' }] } } };
    expect(articleToCmsFragment(article)).not.toContain('copydesk-figure');
    expect(articleToCmsFragment(article)).toContain('<figcaption><span class="caption">c</span> <small class="credit">r</small></figcaption>');
    expect(articleToCmsFragment(article, { withClasses: true })).toContain('<figure class="copydesk-figure">');
  });

  it('wraps right-to-left copy so it keeps its direction wherever it is pasted', () => {
    const fragment = articleToCmsFragment(arabicArticle);
    expect(fragment.startsWith('<div dir="rtl" lang="ar">\n<p>أقرّ')).toBe(true);
    expect(fragment.endsWith('</div>')).toBe(true);
  });

  it('is valid HTML inside a page', async () => {
    for (const article of [kenyaPoliticsArticle, arabicArticle]) {
      const page = `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>${articleToCmsFragment(article)}</main></body></html>`;
      expect(await htmlProblems(page)).toEqual([]);
    }
  });
});
