import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { body, heading, image, linebreak, link, list, paragraph, quote, text } from '../testing/body-builders';
import { liveMarkdown, renderMarkdown } from '../testing/markdown-render';
import { attribute, htmlElements, htmlText } from '../testing/html-inspect';
import { kenyaPoliticsArticle, minimalArticle } from '../testing/sample-articles';
import { articleToMarkdown as exportMarkdown, bodyToMarkdown, escapeMarkdown } from './markdown';
import type { Article, SerializedBodyNode } from '../article/article-schema';

/** Every Markdown these tests export is rendered with markdown-it and must hold nothing live: no raw HTML, no link off the allowlist. */
function inert(markdown: string): string {
  expect(liveMarkdown(markdown), markdown).toEqual([]);
  return markdown;
}
const articleToMarkdown = (article: Article) => inert(exportMarkdown(article));
const md = (...blocks: SerializedBodyNode[]) => inert(bodyToMarkdown(body(blocks)));

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

/** Copy a hostile draft may hold: line endings of every kind, blank lines and the HTML that follows them. */
const BREAKOUTS = [
  'title\n\n<img src=x onerror=alert(1)>',
  'title\r\r<img src=x onerror=alert(2)>',
  'title\r\n\r\n<div onmouseover=alert(3)>',
  'code\n<div onmouseover=alert(4)>x</div>',
  'a\n\n    <script>alert(5)</script>',
  '"\n\n<img src=x onerror=alert(6)>',
  '\\"\n\n<svg onload=alert(7)>',
];

describe('Markdown that stays inert', () => {
  it.each(BREAKOUTS)('keeps a link title on the link: %j', (title) => {
    const markdown = md(paragraph(link('https://www.ledger.co.ke/', 'Ledger', { title })));
    expect(markdown.split('\n')).toHaveLength(1);
    const rendered = renderMarkdown(markdown);
    expect(htmlText(rendered, { fragment: true }).trim()).toBe('Ledger');
    expect(htmlElements(rendered, { fragment: true }).map((element) => [element.tagName, attribute(element, 'title')])).toEqual([
      ['p', undefined],
      ['a', title.replace(/\s*[\r\n]\s*/g, ' ')],
    ]);
  });

  /** An article with copy in every field and every kind of block, `pick(n)` giving the copy of slot n. */
  function articleWithCopy(pick: (slot: number) => string): Article {
    return {
      ...kenyaPoliticsArticle,
      section: pick(0),
      headline: pick(1),
      standfirst: pick(2),
      bylines: [{ name: pick(3), role: pick(4) }],
      dateline: pick(5),
      leadImage: { file: 'assets/lead.jpg', mediaType: 'image/jpeg', altText: pick(6), caption: pick(7), credit: pick(8) },
      body: body([
        paragraph(pick(9), text(pick(10), 'code'), link('https://www.ledger.co.ke/', [text(pick(11)), text(pick(0), 'italic'), text(pick(1), 'code')], { title: pick(2) })),
        heading('h3', pick(3), text(pick(4), 'bold'), text(pick(5), 'code')),
        list('number', [pick(6), { content: [text(pick(7), 'code')], nested: { listType: 'bullet', items: [pick(8)] } }]),
        quote(pick(9), linebreak(), text(pick(10), 'bold', 'code')),
        paragraph(image({ file: 'assets/a.jpg', altText: pick(11), caption: pick(0), credit: pick(1) })),
      ]),
      relatedLinks: [{ title: pick(2), url: 'https://www.ledger.co.ke/' }, { title: pick(3), url: 'javascript:alert(1)' }, { title: pick(4), url: pick(5) }],
    };
  }

  it.each(BREAKOUTS)('keeps every field and block inert: %j', (copy) => {
    articleToMarkdown(articleWithCopy(() => copy));
  });

  it('never lets copy ending in “!” turn the link after it into an image', () => {
    expect(md(paragraph('Wow!', link('https://www.ledger.co.ke/x.png', 'photo')))).toBe('Wow\\![photo](https://www.ledger.co.ke/x.png)');
  });

  it('shows code that spans lines on one line, as CommonMark does anyway', () => {
    expect(md(paragraph(text('a\n\n<b>', 'code')))).toBe('`a <b>`');
  });

  const hostileText = fc
    .array(fc.constantFrom('<', '>', '\n', '\r', '\n\n', '\r\n', ' ', '    ', '"', "'", '(', ')', '[', ']', '*', '_', '`', '\\', '&', '#', '-', '!', '|', '~', '=', ':', 'img', 'div', 'script', ' src=x onerror=alert(1)', 'https://x.co', 'javascript:', '&lt;', '1.'), { maxLength: 24 })
    .map((parts) => parts.join(''));

  it('holds no raw HTML and no live link whatever the copy, in every field and block (property)', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 12, maxLength: 12 }), (copy) => {
        expect(liveMarkdown(exportMarkdown(articleWithCopy((slot) => copy[slot] ?? '')))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  const copyText = fc
    .array(fc.constantFrom('<', '>', ' ', '\t', '    ', '"', "'", '(', ')', '[', ']', '*', '_', '`', '\\', '&', '&lt;', '#', '-', '+', '!', '|', '~', '=', ':', '1.', '1)', 'a', 'img', 'https://x.co'), { maxLength: 24 })
    .map((parts) => parts.join(''));
  const asReaderSees = (text: string) => text.replace(/\s+/g, ' ').trim();

  it.each([
    ['a paragraph', (copy: string) => paragraph(copy)],
    ['a heading', (copy: string) => heading('h2', copy)],
    ['a quote', (copy: string) => quote(copy)],
    ['a list item', (copy: string) => list('bullet', [copy])],
    ['bold text', (copy: string) => paragraph(text(copy, 'bold'))],
  ])('shows the copy of %s as the text it is once rendered (property)', (_name, block) => {
    fc.assert(
      fc.property(copyText, (copy) => {
        expect(asReaderSees(htmlText(renderMarkdown(md(block(copy))), { fragment: true }))).toBe(asReaderSees(copy));
      }),
      { numRuns: 300 },
    );
  });
});
