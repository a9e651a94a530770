import { describe, expect, it } from 'vitest';
import { body, heading, image, linebreak, link, list, paragraph, quote, text } from '../testing/body-builders';
import { kenyaPoliticsArticle, minimalArticle } from '../testing/sample-articles';
import { articleToMarkdown, bodyToMarkdown, escapeMarkdown } from './markdown';
import type { SerializedBodyNode } from '../article/article-schema';

const md = (...blocks: SerializedBodyNode[]) => bodyToMarkdown(body(blocks));

describe('articleToMarkdown', () => {
  it('starts with headline, standfirst, byline line and dateline', () => {
    expect(articleToMarkdown(kenyaPoliticsArticle).split('\n\n').slice(0, 3)).toEqual([
      '# Opposition walks out of electoral reform talks over server audit',
      `*${kenyaPoliticsArticle.standfirst}*`,
      'Wanjiru Kamau, Political correspondent; Ngũgĩ wa Kĩarie, Additional reporting  \nNAIROBI, May 24, 2026 at 1:16 PM UTC+03:00',
    ]);
  });

  it('ends with the related links as a list of links', () => {
    expect(articleToMarkdown(kenyaPoliticsArticle).endsWith(
      '## More on Inside Politics\n\n- [Explainer: how the IEBC transmits results](https://www.nairobiledger.co.ke/politics/explainer-iebc-results-transmission)\n- [Azimio and Kenya Kwanza sign framework for talks](https://www.nairobiledger.co.ke/politics/azimio-kenya-kwanza-framework)\n',
    )).toBe(true);
  });

  it('exports a minimal article', () => {
    expect(articleToMarkdown(minimalArticle)).toBe(
      '# Water rationing lifted in Nakuru\n\nMay 24, 2026 at 1:10 PM UTC+03:00\n\nThe county lifted water rationing on Monday after two weeks of heavy rain refilled the main reservoir.\n',
    );
  });
});

describe('bodyToMarkdown', () => {
  it('writes blocks as Markdown', () => {
    expect(md(heading('h2', 'Sub'), heading('h3', 'Subsub'), paragraph('one', linebreak(), 'two'), quote('q1', linebreak(), 'q2'))).toBe('## Sub\n\n### Subsub\n\none\\\ntwo\n\n> q1\\\n> q2');
  });

  it('writes formats, keeping spaces outside the markers', () => {
    expect(md(paragraph(text('bold ', 'bold'), text('ital', 'italic'), ' ', text('both', 'bold', 'italic'), ' ', text('gone', 'strikethrough'), ' ', text('a`b', 'code'), ' ', text('under', 'underline')))).toBe(
      '**bold** *ital* ***both*** ~~gone~~ ``a`b`` under',
    );
  });

  it('writes nested and numbered lists with their indentation', () => {
    const nested = list('number', [{ content: ['a'], nested: { listType: 'bullet', items: ['a1', 'a2'] } }, 'b']);
    expect(md(nested, { ...list('number', ['x', 'y']), start: 9 })).toBe('1. a\n   - a1\n   - a2\n2. b\n\n9. x\n10. y');
  });

  it('links allowlisted addresses only, with titles, and encodes what would close the link', () => {
    expect(md(paragraph(link('https://en.wikipedia.org/wiki/Nairobi_(city)', 'Nairobi', { title: 'The "city"' })))).toBe(
      '[Nairobi](https://en.wikipedia.org/wiki/Nairobi_%28city%29 "The \\"city\\"")',
    );
    expect(md(paragraph(link('javascript:alert(1)', 'click')))).toBe('click');
  });

  it('shows inline images as their own blocks with caption and credit', () => {
    const photo = image({ file: 'assets/market day.jpg', altText: 'Traders [left]', caption: 'Gikomba.', credit: 'Photo: A. Oduya' });
    expect(md(paragraph('Before', photo, 'after'))).toBe('Before\n\n![Traders \\[left\\]](assets/market%20day.jpg)  \n*Gikomba.* Photo: A. Oduya\n\nafter');
  });

  it('escapes copy that would otherwise become Markdown', () => {
    expect(md(paragraph('# not a heading'), paragraph('- not a list'), paragraph('2026. Not a list'), paragraph('1) nor this'), paragraph('+ nor this'), paragraph('---'))).toBe(
      '\\# not a heading\n\n\\- not a list\n\n2026\\. Not a list\n\n1\\) nor this\n\n\\+ nor this\n\n\\---',
    );
    expect(escapeMarkdown('a *b* _c_ `d` [e](f) <g> ~h~ | \\ &amp; & AT&T')).toBe('a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\~h\\~ \\| \\\\ \\&amp; & AT&T');
  });

  it('leaves curly quotes, dashes and ellipses alone', () => {
    expect(md(paragraph('“Quote” — ‘inner’ … Ng’ang’a'))).toBe('“Quote” — ‘inner’ … Ng’ang’a');
  });
});
