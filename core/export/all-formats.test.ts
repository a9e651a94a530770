import { describe, expect, it } from 'vitest';
import type { Article } from '../article/article-schema';
import { ArticleSchema } from '../article/article-schema';
import { activeContent, htmlElements, htmlText, textContent } from '../testing/html-inspect';
import { liveMarkdown, renderMarkdown } from '../testing/markdown-render';
import { bodyPlainText } from '../text/text-stats';
import { body, mark, paragraph, suggestion, text } from '../testing/body-builders';
import { emptyReview } from '../review/review-schema';
import { REVIEW_TRACES, reviewedArticle } from '../testing/reviewed-article';

const SUGGESTION_ID = '7c2e1c74-2f6a-4b65-9d8c-4b8b3b9b2a33';
import {
  arabicArticle,
  germanArticle,
  HOSTILE_STRINGS,
  hostileArticle,
  japaneseArticle,
  KENYA_EDITORS_NOTE,
  kenyaPoliticsArticle,
  norwegianArticle,
  thaiArticle,
} from '../testing/sample-articles';
import { articleToCmsFragment } from './fragment';
import { articleToHtmlDocument } from './html-document';
import { articleToMarkdown } from './markdown';
import { articleToNativeJson } from './native-json';
import { serializeNinjs } from './ninjs';
import { articleToPlainText } from './plain-text';

const jpegBytes = () => ({ bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), mediaType: 'image/jpeg' });

const FORMATS: Record<string, (article: Article) => string> = {
  'HTML document': (article) => articleToHtmlDocument(article),
  'HTML document, images embedded': (article) => articleToHtmlDocument(article, { images: { mode: 'embed', read: jpegBytes } }),
  'CMS fragment': (article) => articleToCmsFragment(article),
  'CMS fragment with classes': (article) => articleToCmsFragment(article, { withClasses: true }),
  'native JSON': articleToNativeJson,
  ninjs: serializeNinjs,
  Markdown: (article) => articleToMarkdown(article),
  'plain text': articleToPlainText,
};

describe('every export format', () => {
  describe.each(Object.entries(FORMATS))('%s', (_format, exportArticle) => {
    it('never includes comments or suggested insertions, and keeps suggested deletions as text', () => {
      const threadId = '5a0c9a52-0d4e-4f43-9b7a-2f6f1f7f0e11';
      const reviewed: Article = {
        ...kenyaPoliticsArticle,
        body: body([paragraph(text('The count '), mark([threadId], text('resumed at dawn')), suggestion('delete', SUGGESTION_ID, text('on Tuesday')), suggestion('insert', SUGGESTION_ID, text('XYZZY-INSERTED')), text('.'))]),
        review: {
          ...emptyReview(),
          threads: [{ id: threadId, anchor: { kind: 'body' }, quote: 'resumed at dawn', status: 'open', resolved: null, comments: [{ id: '6b1d0b63-1e5f-4a54-8c8b-3a7a2a8a1f22', by: { name: 'Ed Itor', initials: 'EI' }, at: '2026-11-25T10:00:00.000Z', editedAt: null, text: 'XYZZY-COMMENT check the time' }] }],
        },
      };
      const out = exportArticle(reviewed);
      expect(out).toContain('resumed at dawn');
      expect(out).toContain('on Tuesday');
      for (const trace of ['XYZZY-COMMENT', 'XYZZY-INSERTED', threadId, SUGGESTION_ID, 'Ed Itor']) expect(out).not.toContain(trace);
    });

    it('holds no trace of a whole review: field threads, field suggestions, the log, hand-offs', () => {
      const out = exportArticle(reviewedArticle);
      expect(out).toContain('met on Tuesday in Nairobi');
      for (const trace of REVIEW_TRACES) expect(out).not.toContain(trace);
    });

    it('never includes the editor’s note', () => {
      const out = exportArticle(kenyaPoliticsArticle);
      expect(out).not.toContain(KENYA_EDITORS_NOTE);
      expect(out).not.toContain('source protection');
      expect(exportArticle(hostileArticle)).not.toContain('SECRET-EDITORS-NOTE');
    });

    it('keeps curly quotes, dashes, ellipses and non-Latin copy byte for byte', () => {
      const copy: Array<[Article, string]> = [
        [kenyaPoliticsArticle, 'Opposition lawmakers walked out of the joint electoral reform committee on Tuesday, saying the government side had refused for a third week to put an independent audit of the electoral commission’s servers on the agenda — a demand they have pressed since the talks opened in April.'],
        [kenyaPoliticsArticle, '“We did not come here to rubber-stamp a timetable,” said Wanjiku Ng’ang’a, who leads the Azimio delegation. “If the servers cannot be opened, then what exactly are we reforming? The public deserves better than a committee that meets… and meets… and meets.”'],
        [arabicArticle, 'أقرّ مجلس مدينة عمّان، يوم الأحد، خطة جديدة لتطوير النقل العام تتضمن تشغيل ثلاثين حافلة كهربائية على خطوط الوسط والشرق — وهي أول خطوة من نوعها في العاصمة.'],
        [arabicArticle, 'وتبلغ كلفة المرحلة الأولى نحو ١٢ مليون دينار، ويُتوقّع أن تكتمل خلال ثمانية عشر شهرًا…'],
        [japaneseArticle, '東京都は二十四日、都電荒川線を延伸する計画を発表した。知事は記者会見で「街の魅力を高めたい」と述べた。'],
        [germanArticle, 'Der Gemeinderat hat am Donnerstagabend mit großer Mehrheit beschlossen, die Straßenbahn bis nach Süßen zu verlängern. „Das ist ein guter Tag für alle Pendlerinnen und Pendler“, sagte Oberbürgermeisterin Käthe Müller-Öztürk.'],
        [norwegianArticle, 'Meteorologisk institutt åpnet fredag en ny værstasjon på Årøy. «Vi får endelig øyne ute i havgapet», sa stasjonssjef Åse Bjørnstad.'],
        [thaiArticle, 'กรุงเทพมหานครเปิดเส้นทางเรือโดยสารไฟฟ้าสายใหม่ในคลองแสนแสบ'],
      ];
      for (const [article, text] of copy) expect(exportArticle(article)).toContain(text);
    });
  });

  const htmlFormats = Object.entries(FORMATS).filter(([format]) => format.startsWith('HTML') || format.startsWith('CMS'));

  it.each(htmlFormats)('%s: markup typed into the copy stays text, and no link leaves the allowlist', (format, exportArticle) => {
    const html = exportArticle(hostileArticle);
    const elements = htmlElements(html, { fragment: format.startsWith('CMS') });
    expect(activeContent(elements)).toEqual([]);
    expect(elements.filter((element) => element.tagName === 'script')).toHaveLength(format.startsWith('HTML') ? 1 : 0);
    expect(elements.filter((element) => element.tagName === 'img')).toHaveLength(format.startsWith('HTML') ? 1 : 0);
    const text = elements.filter((element) => element.tagName !== 'script' && element.tagName !== 'title').map(textContent).join('\n');
    expect(text).toContain(`Body ${HOSTILE_STRINGS[0]} and ${HOSTILE_STRINGS[1]}`);
    expect(text).toContain('a javascript: link and a data: link and a quoted link');
  });

  it('Markdown: markup typed into the copy stays text once rendered, and no link leaves the allowlist', () => {
    const markdown = articleToMarkdown(hostileArticle);
    expect(liveMarkdown(markdown)).toEqual([]);
    const rendered = renderMarkdown(markdown);
    const elements = htmlElements(rendered, { fragment: true });
    const text = htmlText(rendered, { fragment: true });
    expect(activeContent(elements)).toEqual([]);
    expect(elements.map((element) => element.tagName).filter((tag) => tag === 'script' || tag === 'b')).toEqual([]);
    expect(elements.filter((element) => element.tagName === 'img')).toHaveLength(1);
    expect(text).toContain(`Headline ${HOSTILE_STRINGS[0]}`);
    expect(text).toContain(`Body ${HOSTILE_STRINGS[0]} and ${HOSTILE_STRINGS[1]}`);
    expect(text).toContain('# not a heading [link](javascript:alert(7)) ![x](javascript:alert(8)) &lt;b&gt;');
    expect(text).toContain(`* not a list ${HOSTILE_STRINGS[0]}`);
    expect(text).toContain('<b>NAIROBI</b>');
  });

  it('Markdown keeps the Kenya story’s structure when rendered', () => {
    const elements = htmlElements(renderMarkdown(articleToMarkdown(kenyaPoliticsArticle)), { fragment: true });
    const count = (tag: string) => elements.filter((element) => element.tagName === tag).length;
    expect({ h1: count('h1'), h2: count('h2'), h3: count('h3'), blockquote: count('blockquote'), ul: count('ul'), ol: count('ol'), hr: count('hr'), strong: count('strong'), s: count('s'), img: count('img'), br: count('br') }).toEqual({
      h1: 1,
      h2: 3,
      h3: 1,
      blockquote: 1,
      ul: 3,
      ol: 1,
      hr: 1,
      strong: 2,
      s: 1,
      img: 1,
      br: 3,
    });
  });

  it('plain text shows no address off the allowlist and keeps typed markup as the text it is', () => {
    const text = articleToPlainText(hostileArticle);
    // alert(4), (5) and (9) are the addresses of links off the allowlist; the copy itself mentions others.
    for (const address of ['alert(4)', 'alert(5)', 'alert(9)']) expect(text).not.toContain(address);
    expect(text).toContain(`Body ${HOSTILE_STRINGS[0]} and ${HOSTILE_STRINGS[1]}`);
    expect(text).toContain('a javascript: link and a data: link and a quoted link <https://www.ledger.co.ke/%22onmouseover=%22alert(6)>');
  });

  it('native JSON is the article itself, as data, without the editor’s note', () => {
    expect(ArticleSchema.parse(JSON.parse(articleToNativeJson(kenyaPoliticsArticle)))).toEqual({ ...kenyaPoliticsArticle, editorsNote: '' });
  });

  it('native JSON of a hostile draft keeps its copy as data and no address off the allowlist', () => {
    const json = articleToNativeJson(hostileArticle);
    // alert(4), (5) and (9) are the addresses of links off the allowlist; the copy itself mentions others.
    for (const address of ['alert(4)', 'alert(5)', 'alert(9)']) expect(json).not.toContain(address);
    const exported = ArticleSchema.parse(JSON.parse(json));
    expect(exported.headline).toBe(hostileArticle.headline);
    expect(bodyPlainText(exported.body)).toBe(bodyPlainText(hostileArticle.body));
    expect(exported.relatedLinks.map((related) => related.title)).toEqual(hostileArticle.relatedLinks.map((related) => related.title));
  });
});
