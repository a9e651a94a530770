import { describe, expect, it } from 'vitest';
import { articleToHtmlDocument } from '../export/html-document';
import { bodyToHtml } from '../export/body-html';
import { bodyPlainText } from '../text/text-stats';
import { body, embed, factBox, heading, image, link, list, paragraph, pullQuote, table, text } from '../testing/body-builders';
import { kenyaPoliticsArticle } from '../testing/sample-articles';
import { importHtmlDocument, pagePictures } from './html-document';

const options = { id: '9b2f1c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', now: new Date('2026-11-25T12:00:00Z') };

const page = `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Nyheter – Lokaltidningen</title>
  <meta name="description" content="Kommunen flyttar röstningen till Järntorget – igen.">
  <meta name="author" content="Åsa Öberg och Erik Lind">
  <meta name="keywords" content="Val, Örebro, ">
  <style>body { font: 16px serif }</style>
  <script>window.tracker = 1</script>
</head>
<body>
  <nav><a href="/">Start</a> <a href="/sport">Sport</a></nav>
  <article>
    <h1>Väljarna i Örebro får ny vallokal</h1>
    <p>Det nya vallokalet öppnar den <strong>1&nbsp;december</strong>.</p>
    <h2>Så röstar du</h2>
    <p>Läs mer hos <a href="https://www.val.example/">Valmyndigheten</a>.</p>
  </article>
  <footer>© Lokaltidningen</footer>
</body>
</html>`;

describe('importHtmlDocument', () => {
  it('takes headline, standfirst, bylines, tags and language from the page and the body from <article>', () => {
    const { article } = importHtmlDocument(page, options);
    expect(article).toMatchObject({
      id: options.id,
      language: 'sv',
      headline: 'Väljarna i Örebro får ny vallokal',
      standfirst: 'Kommunen flyttar röstningen till Järntorget – igen.',
      bylines: [
        { name: 'Åsa Öberg', role: 'Reporter' },
        { name: 'Erik Lind', role: 'Reporter' },
      ],
      tags: ['Val', 'Örebro'],
      slug: 'valjarna-i-orebro-far-ny-vallokal',
      status: 'draft',
    });
    expect(article.body).toEqual(
      body([
        paragraph('Det nya vallokalet öppnar den ', text('1\u00a0december', 'bold'), '.'),
        heading('h2', 'Så röstar du'),
        paragraph('Läs mer hos ', link('https://www.val.example/', 'Valmyndigheten'), '.'),
      ]),
    );
  });

  it('falls back to <title> and the whole <body> when there is no <h1> or <article>', () => {
    const { article } = importHtmlDocument('<html><head><title>Storm over Ålesund</title></head><body><p>Vinden løyet i natt.</p></body></html>', { ...options, defaultLanguage: 'nb' });
    expect(article.headline).toBe('Storm over Ålesund');
    expect(article.language).toBe('nb');
    expect(article.body).toEqual(body([paragraph('Vinden løyet i natt.')]));
  });

  it('reads a bare fragment, as pasted', () => {
    const { article } = importHtmlDocument('<h1>東京の新しい計画</h1><p>本文です。</p>', options);
    expect(article.headline).toBe('東京の新しい計画');
    expect(article.body).toEqual(body([paragraph('本文です。')]));
  });

  it('gives an empty but valid draft for a page with nothing in it', () => {
    const { article } = importHtmlDocument('<html><body><script>x()</script></body></html>', options);
    expect(article.headline).toBe('');
    expect(article.body).toEqual(body([paragraph()]));
  });

  it('cuts a page whose title and keywords exceed the draft limits, and says what it cut, instead of a raw schema error', () => {
    const keywords = Array.from({ length: 150 }, (_, index) => `k${index}`).join(',');
    const { article, cut } = importHtmlDocument(`<html><head><meta name="keywords" content="${keywords}"></head><body><h1>${'T'.repeat(900)}</h1><p>Copy.</p></body></html>`, options);
    expect(article.headline).toHaveLength(500);
    expect(article.tags).toHaveLength(100);
    expect(cut.map((entry) => entry.label)).toEqual(['Headline', 'Tags']);
  });

  it('reads our own HTML export back: the header into its fields, every body block as it was, the pictures through pictureFile', () => {
    const blocks = body([
      paragraph('Intro ', text('in bold', 'bold'), '.'),
      image({ file: 'assets/queue.jpg', altText: 'Queue at a polling station', caption: 'Voters in Kisumu.', credit: 'Photo: A. Oduya', width: 1600, height: 900 }),
      pullQuote('“The door remains open.”', 'Samuel Rotich'),
      factBox('Key dates', [paragraph('9 June: submissions close.'), list('number', ['Bill drafted', 'Debate'])]),
      embed('https://x.com/IEBCKenya/status/1790000000000000000'),
      table([['Candidate', 'Votes'], ['Oduya', '41,200']], { headerRow: true }),
      heading('h2', 'After'),
    ]);
    const exported = articleToHtmlDocument({ ...kenyaPoliticsArticle, leadImage: null, relatedLinks: [], body: blocks });
    expect(pagePictures(exported)).toEqual([{ src: 'assets/queue.jpg', altText: 'Queue at a polling station' }]);
    const { article } = importHtmlDocument(exported, { ...options, pictureFile: ({ src }) => (src === 'assets/queue.jpg' ? 'assets/stored.jpg' : null) });
    expect(article.headline).toBe(kenyaPoliticsArticle.headline);
    expect(article.standfirst).toBe(kenyaPoliticsArticle.standfirst);
    expect(article.body).toEqual(body(blocks.root.children.map((block) => (block.type === 'image' ? { ...block, file: 'assets/stored.jpg' } : block))));
  });

  it('reads our full export back into the same fields: header, lead picture with alt text, caption and credit, related links, and a clean body', () => {
    const exported = articleToHtmlDocument(kenyaPoliticsArticle);
    const { article } = importHtmlDocument(exported, { ...options, pictureFile: ({ src }) => (src === 'assets/lead.jpg' ? 'assets/lead.jpg' : null) });
    const fields = (from: typeof article) => ({
      section: from.section,
      headline: from.headline,
      standfirst: from.standfirst,
      bylines: from.bylines,
      dateline: from.dateline,
      leadImage: from.leadImage,
      relatedLinks: from.relatedLinks,
      agencyCredit: from.agencyCredit,
      language: from.language,
    });
    expect(fields(article)).toEqual(fields(kenyaPoliticsArticle));
    expect(bodyToHtml(article.body)).toBe(bodyToHtml(kenyaPoliticsArticle.body));
    const bodyText = bodyPlainText(article.body);
    for (const stray of [kenyaPoliticsArticle.leadImage!.caption, kenyaPoliticsArticle.relatedLinks[0]!.title, 'More on Inside Politics']) expect(bodyText).not.toContain(stray);
  });

  it('keeps an agency credit, and a body that opens with a picture keeps it in the body when there is no lead picture', () => {
    const opening = image({ file: 'assets/queue.jpg', altText: 'Queue', caption: 'Voters in Kisumu.', credit: 'Photo: A. Oduya', width: 800, height: 600 });
    const wire = { ...kenyaPoliticsArticle, leadImage: null, relatedLinks: [], agencyCredit: 'AFP', body: body([opening, paragraph('Polling closed at 5pm.')]) };
    const { article } = importHtmlDocument(articleToHtmlDocument(wire), { ...options, pictureFile: ({ src }) => src });
    expect(article.leadImage).toBeNull();
    expect(article.agencyCredit).toBe('AFP');
    expect(article.bylines).toEqual(kenyaPoliticsArticle.bylines);
    expect(article.body.root.children.map((node) => node.type)).toEqual(['image', 'paragraph']);
  });

  it('leaves a lead picture whose file cannot be brought in as its caption and credit in the body, and drops related links off the allowlist', () => {
    const exported = articleToHtmlDocument({ ...kenyaPoliticsArticle, relatedLinks: [...kenyaPoliticsArticle.relatedLinks, { title: 'Bad', url: 'javascript:alert(1)' }] });
    const { article } = importHtmlDocument(exported, { ...options, pictureFile: () => null });
    expect(article.leadImage).toBeNull();
    expect(bodyPlainText(article.body)).toContain(kenyaPoliticsArticle.leadImage!.caption);
    expect(article.relatedLinks).toEqual(kenyaPoliticsArticle.relatedLinks);
  });
});
