import { describe, expect, it } from 'vitest';
import type { SerializedBodyNode } from '../article/article-schema';
import { body, heading, horizontalRule, image, linebreak, link, list, paragraph, quote, text } from '../testing/body-builders';
import { arabicArticle, japaneseArticle, kenyaPoliticsArticle } from '../testing/sample-articles';
import { bodyToHtml } from './body-html';

const html = (...blocks: SerializedBodyNode[]) => bodyToHtml(body(blocks));

describe('bodyToHtml', () => {
  it('exports blocks as semantic HTML', () => {
    expect(html(paragraph('One'), heading('h2', 'Sub'), heading('h3', 'Subsub'), quote('“Said”'), horizontalRule())).toBe(
      '<p>One</p>\n<h2>Sub</h2>\n<h3>Subsub</h3>\n<blockquote><p>“Said”</p></blockquote>\n<hr>',
    );
  });

  it('exports every text format, nested in a fixed order', () => {
    const formats = ['bold', 'italic', 'underline', 'strikethrough', 'code', 'subscript', 'superscript', 'highlight'] as const;
    const expected = ['strong', 'em', 'u', 's', 'code', 'sub', 'sup', 'mark'];
    formats.forEach((format, index) => expect(html(paragraph(text('x', format)))).toBe(`<p><${expected[index]}>x</${expected[index]}></p>`));
    expect(html(paragraph(text('both', 'italic', 'bold')))).toBe('<p><strong><em>both</em></strong></p>');
  });

  it('keeps line breaks inside a block', () => {
    expect(html(paragraph('one', linebreak(), 'two'))).toBe('<p>one<br>two</p>');
  });

  it('folds Lexical’s nested-list holders into the item they belong to', () => {
    const nested = list('number', [{ content: ['a'], nested: { listType: 'bullet', items: ['a1', { content: ['a2'], nested: { listType: 'number', items: ['deep'] } }] } }, 'b']);
    expect(html(nested)).toBe('<ol><li>a<ul><li>a1</li><li>a2<ol><li>deep</li></ol></li></ul></li><li>b</li></ol>');
  });

  it('keeps a numbered list’s start', () => {
    expect(html({ ...list('number', ['x']), start: 4 })).toBe('<ol start="4"><li>x</li></ol>');
  });

  it('links only to allowlisted addresses; other links become their text', () => {
    expect(html(paragraph(link('https://www.iebc.or.ke/a?b=1&c=2', 'ok', { title: 'T “x”' })))).toBe(
      '<p><a href="https://www.iebc.or.ke/a?b=1&amp;c=2" title="T “x”">ok</a></p>',
    );
    expect(html(paragraph(link('mailto:desk@ledger.co.ke', 'mail')))).toBe('<p><a href="mailto:desk@ledger.co.ke">mail</a></p>');
    for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'copydesk://x', 'not a url']) {
      expect(html(paragraph(link(url, 'click')))).toBe('<p>click</p>');
    }
    expect(html(paragraph({ ...link('https://ledger.co.ke/', 'auto'), type: 'autolink' }))).toBe('<p><a href="https://ledger.co.ke/">auto</a></p>');
  });

  it('escapes markup typed into the copy', () => {
    const out = html(paragraph('<script>alert(1)</script> "><img src=x onerror=alert(1)> & more'));
    expect(out).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; "&gt;&lt;img src=x onerror=alert(1)&gt; &amp; more</p>');
    expect(html(paragraph(link('https://ledger.co.ke/"><script>', 'x', { title: '"><img onerror=alert(1)>' })))).toBe(
      '<p><a href="https://ledger.co.ke/%22%3E%3Cscript%3E" title="&quot;&gt;&lt;img onerror=alert(1)&gt;">x</a></p>',
    );
  });

  it('drops control characters HTML does not allow', () => {
    expect(html(paragraph('a\u0000b\u0007c\td'))).toBe('<p>abc\td</p>');
  });

  it('exports unknown nodes as their text and never throws on malformed ones', () => {
    const unknownBlock: SerializedBodyNode = { type: 'code', version: 1, children: [text('let x = 1;')] };
    const unknownInline: SerializedBodyNode = { type: 'hashtag', version: 1, text: '#kenya' };
    const container: SerializedBodyNode = { type: 'layout-container', version: 1, children: [paragraph('inside')] };
    const malformed: SerializedBodyNode = { type: 'mystery', version: 1 };
    expect(html(unknownBlock, paragraph('see ', unknownInline), container, malformed, { ...heading('h2', 'x'), tag: 99 })).toBe(
      '<p>let x = 1;</p>\n<p>see #kenya</p>\n<p>inside</p>\n<h2>x</h2>',
    );
  });

  it('exports a body h1 as h2, since the headline is the page’s h1', () => {
    expect(html({ ...heading('h2', 'Top'), tag: 'h1' })).toBe('<h2>Top</h2>');
  });

  it('leaves out empty paragraphs', () => {
    expect(html(paragraph(), paragraph('x'), paragraph(' '))).toBe('<p>x</p>');
  });

  const photo = image({ file: 'assets/market.jpg', altText: 'Traders under umbrellas', caption: 'Gikomba market on Monday.', credit: 'Photo: A. Oduya', width: 800, height: 600 });

  it('lifts an inline image out of its paragraph into a figure with a caption and a separate credit', () => {
    expect(html(paragraph('Before ', photo, ' after'))).toBe(
      '<p>Before </p>\n<figure><img src="assets/market.jpg" alt="Traders under umbrellas" width="800" height="600"><figcaption><span class="caption">Gikomba market on Monday.</span> <small class="credit">Photo: A. Oduya</small></figcaption></figure>\n<p> after</p>',
    );
  });

  it('adds the figure class only when asked', () => {
    const out = bodyToHtml(body([paragraph(photo)]), { withClasses: true });
    expect(out).toBe(
      '<figure class="copydesk-figure"><img src="assets/market.jpg" alt="Traders under umbrellas" width="800" height="600"><figcaption><span class="caption">Gikomba market on Monday.</span> <small class="credit">Photo: A. Oduya</small></figcaption></figure>',
    );
    expect(bodyToHtml(kenyaPoliticsArticle.body)).not.toMatch(/class=|style=/);
  });

  it('embeds image bytes as a data URI, or links under a base', () => {
    const read = (file: string) => {
      expect(file).toBe('assets/market.jpg');
      return { bytes: new Uint8Array([0xff, 0xd8, 0xff]), mediaType: 'image/jpeg' };
    };
    expect(bodyToHtml(body([photo]), { images: { mode: 'embed', read } })).toContain('src="data:image/jpeg;base64,/9j/"');
    expect(bodyToHtml(body([photo]), { images: { mode: 'link', baseHref: 'story_files' } })).toContain('src="story_files/assets/market.jpg"');
    expect(() => bodyToHtml(body([photo]), { images: { mode: 'embed', read: () => ({ bytes: new Uint8Array(), mediaType: 'text/html' }) } })).toThrow(
      /assets\/market\.jpg.*text\/html/,
    );
  });

  it('writes alt="" for an image without alt text and no figcaption without caption or credit', () => {
    expect(html(image({ file: 'assets/a.png', altText: '', caption: '', credit: '' }))).toBe('<figure><img src="assets/a.png" alt=""></figure>');
  });

  it('keeps curly quotes, dashes, ellipses, Arabic and Japanese byte for byte', () => {
    const out = [kenyaPoliticsArticle, arabicArticle, japaneseArticle].map((article) => bodyToHtml(article.body)).join('\n');
    for (const copy of ['“We did not come here to rubber-stamp a timetable,”', 'Ng’ang’a', 'meets… and meets…', 'agenda — a demand', 'تطبيق <strong>Amman Bus</strong> أو', 'ثمانية عشر شهرًا…', '東京都は二十四日、都電荒川線を延伸する計画を発表した。']) {
      expect(out).toContain(copy);
    }
  });
});
