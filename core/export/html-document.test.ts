import { createHash } from 'node:crypto';
import { serializeOuter } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { Article } from '../article/article-schema';
import { body, image, paragraph } from '../testing/body-builders';
import { attribute, htmlElements, textContent, type HtmlElement } from '../testing/html-inspect';
import { htmlProblems } from '../testing/html-validate';
import {
  arabicArticle,
  generateLongArticle,
  hostileArticle,
  kenyaPoliticsArticle,
  minimalArticle,
  multilingualWireArticles,
} from '../testing/sample-articles';
import { DOCUMENT_STYLESHEET, DOCUMENT_STYLESHEET_SHA256 } from './html-document-style';
import { articleToHtmlDocument, DOCUMENT_CSP } from './html-document';

const withInlineImages: Article = {
  ...kenyaPoliticsArticle,
  body: body([
    paragraph('Before the picture ', image({ file: 'assets/market.jpg', altText: 'Traders under umbrellas', caption: 'Gikomba market.', credit: 'Photo: A. Oduya', width: 800, height: 600 }), ' after it.'),
    image({ file: 'assets/chart.png', altText: 'Bar chart of turnout by county', caption: '', credit: '' }),
  ]),
};

const byTag = (elements: HtmlElement[], tag: string) => elements.filter((element) => element.tagName === tag);
const jsonLdOf = (html: string) => JSON.parse(textContent(byTag(htmlElements(html), 'script')[0]!)) as Record<string, unknown>;

describe('articleToHtmlDocument', () => {
  const documents: Record<string, string> = {
    kenya: articleToHtmlDocument(kenyaPoliticsArticle),
    arabic: articleToHtmlDocument(arabicArticle),
    ...Object.fromEntries(Object.entries(multilingualWireArticles).map(([name, article]) => [name, articleToHtmlDocument(article)])),
    minimal: articleToHtmlDocument(minimalArticle),
    hostile: articleToHtmlDocument(hostileArticle),
    'inline images, embedded': articleToHtmlDocument(withInlineImages, { images: { mode: 'embed', read: () => ({ bytes: new Uint8Array([1, 2, 3]), mediaType: 'image/png' }) } }),
    'a 10,000-word article': articleToHtmlDocument(generateLongArticle(10_000)),
    'an empty new draft': articleToHtmlDocument({ ...minimalArticle, headline: '', body: body([paragraph()]) }),
  };

  it.each(Object.entries(documents))('%s: passes html-validate (recommended preset) with no errors', async (_name, html) => {
    expect(await htmlProblems(html)).toEqual([]);
  });

  it('starts with a doctype and declares its charset, language, direction and policy', () => {
    const html = documents.kenya!;
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en" dir="ltr">')).toBe(true);
    const elements = htmlElements(html);
    expect(byTag(elements, 'meta').map((meta) => attribute(meta, 'charset') ?? attribute(meta, 'http-equiv') ?? attribute(meta, 'name'))).toEqual([
      'utf-8',
      'viewport',
      'Content-Security-Policy',
      'description',
    ]);
    expect(attribute(byTag(elements, 'meta')[2]!, 'content')).toBe(DOCUMENT_CSP);
    expect(textContent(byTag(elements, 'title')[0]!)).toBe(kenyaPoliticsArticle.headline);
  });

  it('allows exactly its own stylesheet and no script to run', () => {
    expect(createHash('sha256').update(DOCUMENT_STYLESHEET, 'utf8').digest('base64')).toBe(DOCUMENT_STYLESHEET_SHA256);
    expect(DOCUMENT_CSP).toContain(`style-src 'sha256-${DOCUMENT_STYLESHEET_SHA256}'`);
    expect(DOCUMENT_CSP).toMatch(/^default-src 'none'/);
    expect(DOCUMENT_CSP).not.toMatch(/script-src|unsafe/);
    const style = byTag(htmlElements(documents.kenya!), 'style');
    expect(style.map(textContent)).toEqual([DOCUMENT_STYLESHEET]);
  });

  it('has exactly one script, the JSON-LD block, and no inline styles', () => {
    for (const html of Object.values(documents)) {
      const elements = htmlElements(html);
      expect(byTag(elements, 'script').map((script) => attribute(script, 'type'))).toEqual(['application/ld+json']);
      expect(elements.filter((element) => attribute(element, 'style') !== undefined)).toEqual([]);
    }
  });

  it('puts kicker, headline, standfirst, bylines with roles, dateline and time in the header, in that order', () => {
    const header = byTag(htmlElements(documents.kenya!), 'header')[0]!;
    const lines = header.childNodes.filter((node): node is HtmlElement => 'tagName' in node).map((node) => [node.tagName, attribute(node, 'class'), textContent(node)]);
    expect(lines).toEqual([
      ['p', 'kicker', 'Inside Politics'],
      ['h1', undefined, kenyaPoliticsArticle.headline],
      ['p', 'standfirst', kenyaPoliticsArticle.standfirst],
      ['p', 'bylines', 'Wanjiru Kamau, Political correspondent; Ngũgĩ wa Kĩarie, Additional reporting'],
      ['p', 'dateline', 'NAIROBI · May 24, 2026 at 1:16 PM UTC+03:00'],
    ]);
    const time = byTag(htmlElements(documents.kenya!), 'time')[0]!;
    expect(attribute(time, 'datetime')).toBe('2026-05-24T13:16:00+03:00');
    expect(byTag(htmlElements(documents.kenya!), 'h1')).toHaveLength(1);
  });

  it('shows the last edit time when the article is not yet published', () => {
    const html = articleToHtmlDocument({ ...kenyaPoliticsArticle, publishedAt: null });
    expect(attribute(byTag(htmlElements(html), 'time')[0]!, 'datetime')).toBe(kenyaPoliticsArticle.updatedAt);
    expect(jsonLdOf(html)).not.toHaveProperty('datePublished');
  });

  it('leaves out the parts an article does not have', () => {
    const elements = htmlElements(documents.minimal!);
    expect(byTag(elements, 'header')[0]!.childNodes.filter((node) => 'tagName' in node).map((node) => (node as HtmlElement).tagName)).toEqual(['h1', 'p']);
    for (const tag of ['figure', 'aside', 'img']) expect(byTag(elements, tag), tag).toEqual([]);
    expect(byTag(elements, 'meta').some((meta) => attribute(meta, 'name') === 'description')).toBe(false);
  });

  it('shows the lead image with alt text, and the caption and credit as separate elements', () => {
    const html = documents.kenya!;
    const [figure] = byTag(htmlElements(html), 'figure');
    const img = byTag(htmlElements(html), 'img')[0]!;
    expect([attribute(img, 'src'), attribute(img, 'alt'), attribute(img, 'width'), attribute(img, 'height')]).toEqual([
      'assets/lead.jpg',
      kenyaPoliticsArticle.leadImage!.altText,
      '1600',
      '1067',
    ]);
    expect(html).toContain(
      '<figcaption><span class="caption">Opposition members of the joint committee leave Parliament Buildings after the walkout on Tuesday.</span> <small class="credit">Photo: Achieng’ Oduya / The Nairobi Ledger</small></figcaption>',
    );
    expect(figure).toBeDefined();
  });

  it('links images under a base, or embeds the bytes the caller hands over', () => {
    const linked = articleToHtmlDocument(kenyaPoliticsArticle, { images: { mode: 'link', baseHref: 'https://cdn.ledger.co.ke/2026/walkout/' } });
    expect(attribute(byTag(htmlElements(linked), 'img')[0]!, 'src')).toBe('https://cdn.ledger.co.ke/2026/walkout/assets/lead.jpg');
    expect(jsonLdOf(linked).image).toMatchObject({ contentUrl: 'https://cdn.ledger.co.ke/2026/walkout/assets/lead.jpg' });

    const read = (file: string) => ({ bytes: new TextEncoder().encode(file), mediaType: 'image/jpeg' });
    const embedded = articleToHtmlDocument(kenyaPoliticsArticle, { images: { mode: 'embed', read } });
    expect(attribute(byTag(htmlElements(embedded), 'img')[0]!, 'src')).toBe(`data:image/jpeg;base64,${Buffer.from('assets/lead.jpg').toString('base64')}`);
    expect(jsonLdOf(embedded).image).not.toHaveProperty('contentUrl');
    expect(byTag(htmlElements(documents['inline images, embedded']!), 'img').map((img) => attribute(img, 'src'))).toEqual([
      'data:image/png;base64,AQID',
      'data:image/png;base64,AQID',
      'data:image/png;base64,AQID',
    ]);
  });

  it('lists related links after the body under a heading; links off the allowlist are shown as their title only', () => {
    const html = articleToHtmlDocument({
      ...kenyaPoliticsArticle,
      relatedLinks: [...kenyaPoliticsArticle.relatedLinks, { title: 'Bad', url: 'javascript:alert(1)' }, { title: '', url: 'https://www.iebc.or.ke/' }],
    });
    const article = byTag(htmlElements(html), 'article')[0]!;
    const last = article.childNodes.filter((node): node is HtmlElement => 'tagName' in node).at(-1)!;
    expect(last.tagName).toBe('aside');
    const elements = htmlElements(html);
    const aside = byTag(elements, 'aside')[0]!;
    expect(textContent(byTag(elements, 'h2').at(-1)!)).toBe('More on Inside Politics');
    const items = byTag(htmlElements(serializeOuter(aside)), 'li');
    const linkOf = (item: HtmlElement) => item.childNodes.find((child): child is HtmlElement => 'tagName' in child && child.tagName === 'a');
    expect(items.map((item) => [textContent(item), linkOf(item) ? attribute(linkOf(item)!, 'href') : null])).toEqual([
      ['Explainer: how the IEBC transmits results', 'https://www.nairobiledger.co.ke/politics/explainer-iebc-results-transmission'],
      ['Azimio and Kenya Kwanza sign framework for talks', 'https://www.nairobiledger.co.ke/politics/azimio-kenya-kwanza-framework'],
      ['Bad', null],
      ['https://www.iebc.or.ke/', 'https://www.iebc.or.ke/'],
    ]);
    expect(articleToHtmlDocument({ ...kenyaPoliticsArticle, section: '' })).toContain('<h2 id="related-heading">Related</h2>');
    expect(articleToHtmlDocument(kenyaPoliticsArticle, { relatedHeading: 'Zaidi' })).toContain('<h2 id="related-heading">Zaidi</h2>');
  });

  it('marks right-to-left articles on the page and on the article element', () => {
    const elements = htmlElements(documents.arabic!);
    for (const tag of ['html', 'article']) {
      const element = byTag(elements, tag)[0]!;
      expect([attribute(element, 'lang'), attribute(element, 'dir')], tag).toEqual(['ar', 'rtl']);
    }
    const article = byTag(htmlElements(documents.japanese!), 'article')[0]!;
    expect([attribute(article, 'lang'), attribute(article, 'dir')]).toEqual(['ja', 'ltr']);
  });

  it('describes the article as schema.org NewsArticle JSON-LD', () => {
    expect(jsonLdOf(documents.kenya!)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      identifier: kenyaPoliticsArticle.id,
      headline: kenyaPoliticsArticle.headline,
      description: kenyaPoliticsArticle.standfirst,
      inLanguage: 'en',
      articleSection: 'Inside Politics',
      author: [
        { '@type': 'Role', roleName: 'Political correspondent', author: { '@type': 'Person', name: 'Wanjiru Kamau' } },
        { '@type': 'Role', roleName: 'Additional reporting', author: { '@type': 'Person', name: 'Ngũgĩ wa Kĩarie' } },
      ],
      dateCreated: '2026-05-24T09:02:00+03:00',
      dateModified: '2026-05-24T13:10:00+03:00',
      datePublished: '2026-05-24T13:16:00+03:00',
      dateline: 'NAIROBI',
      image: {
        '@type': 'ImageObject',
        contentUrl: 'assets/lead.jpg',
        caption: kenyaPoliticsArticle.leadImage!.caption,
        creditText: kenyaPoliticsArticle.leadImage!.credit,
        description: kenyaPoliticsArticle.leadImage!.altText,
        width: 1600,
        height: 1067,
      },
      keywords: ['IEBC', 'Azimio', 'Kenya Kwanza', 'Electoral reform', 'Parliament'],
      wordCount: 623,
    });
  });

  it('credits a byline without a role as a plain Person, and leaves out a byline without a name', () => {
    const html = articleToHtmlDocument({ ...minimalArticle, bylines: [{ name: 'Akinyi Otieno', role: '' }, { name: ' ', role: 'Reporter' }] });
    expect(jsonLdOf(html).author).toEqual([{ '@type': 'Person', name: 'Akinyi Otieno' }]);
  });

  it('keeps JSON-LD inside its script element whatever the copy says', () => {
    const html = documents.hostile!;
    const script = html.slice(html.indexOf('<script type="application/ld+json">'), html.indexOf('</script>') + '</script>'.length);
    expect(script.match(/<\/script/gi)).toHaveLength(1);
    expect(script).not.toContain('<!--');
    const data = jsonLdOf(html);
    expect(data.headline).toBe(hostileArticle.headline);
    expect(data.keywords).toEqual(hostileArticle.tags);
    expect(data.author).toEqual([{ '@type': 'Role', roleName: hostileArticle.bylines[0]!.role, author: { '@type': 'Person', name: hostileArticle.bylines[0]!.name } }]);
  });
});
