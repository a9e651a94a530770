import { parse } from 'parse5';
import { ArticleSchema, CURRENT_SCHEMA_VERSION, type Article } from '../article/article-schema';
import { fitFieldLimits, type CutField } from '../article/fit-field-limits';
import { slugFromHeadline } from '../article/slug';
import { splitBylineNames } from '../ninjs/byline';
import { emptyReview } from '../review/review-schema';
import { bodyPlainText } from '../text/text-stats';
import { elementToBody, findHtmlElement, htmlAttribute, isHtmlElement, withoutLeadingHeadline, type HtmlElement, type HtmlParent } from './html-to-body';
import { headerFields, storyFields } from './html-article-parts';
import { figurePictures, type HtmlPicture } from './html-blocks';
import type { ImportOptions } from './ninjs-import';

/**
 * A new draft from a saved web page or HTML file: the first <h1> (else <title>) is the headline,
 * the meta description the standfirst, meta author the bylines, <html lang> the language, and the
 * <article> (else <main>, else <body>) the body. Our own export's header, lead picture and related
 * links go back into their fields (html-article-parts.ts).
 */

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function textOf(element: HtmlParent | undefined): string {
  if (!element) return '';
  return bodyPlainText(elementToBody(element)).replace(/\s*\n\s*/g, ' ').trim();
}

function metaContent(head: HtmlElement | undefined, ...names: string[]): string {
  if (!head) return '';
  const metas: HtmlElement[] = [];
  const collect = (node: HtmlParent) => {
    for (const child of node.childNodes) {
      if (!isHtmlElement(child)) continue;
      if (child.tagName === 'meta') metas.push(child);
      collect(child);
    }
  };
  collect(head);
  for (const name of names) {
    const meta = metas.find((candidate) => (htmlAttribute(candidate, 'name') ?? htmlAttribute(candidate, 'property'))?.toLowerCase() === name);
    const content = meta ? htmlAttribute(meta, 'content')?.trim() : undefined;
    if (content) return content;
  }
  return '';
}

function bodyContainer(document: HtmlParent): { bodyElement: HtmlParent; container: HtmlParent } {
  const bodyElement = findHtmlElement(document, 'body') ?? document;
  return { bodyElement, container: findHtmlElement(bodyElement, 'article') ?? findHtmlElement(bodyElement, 'main') ?? bodyElement };
}

/**
 * The story itself: the container without its own <header> and <footer>, which hold the headline,
 * kicker, bylines and dateline (read into their fields) and the copyright line, not body text.
 */
function storyOf(container: HtmlParent): HtmlParent {
  return { ...container, childNodes: container.childNodes.filter((child) => !(isHtmlElement(child) && (child.tagName === 'header' || child.tagName === 'footer'))) };
}

/** The pictures of the page's figures, which the caller fetches (or not) before importing it with `pictureFile`. */
export function pagePictures(html: string): HtmlPicture[] {
  return figurePictures(storyOf(bodyContainer(parse(html)).container));
}

/** The draft, and the fields cut to the schema's limits (a page title can be longer than any headline). */
export function importHtmlDocument(html: string, options: ImportOptions): { article: Article; cut: CutField[] } {
  const document = parse(html);
  const root = findHtmlElement(document, 'html');
  const head = findHtmlElement(document, 'head');
  const { bodyElement, container } = bodyContainer(document);
  const headline = textOf(findHtmlElement(container, 'h1') ?? findHtmlElement(bodyElement, 'h1')) || textOf(head && findHtmlElement(head, 'title'));
  const lang = (root && htmlAttribute(root, 'lang')) ?? '';
  const language = LANGUAGE_TAG.test(lang) ? lang : (options.defaultLanguage ?? 'en');
  const timestamp = options.now.toISOString();
  const slug = slugFromHeadline(headline);
  const header = headerFields(container.childNodes.find((child): child is HtmlElement => isHtmlElement(child) && child.tagName === 'header'));
  const pictureFile = options.pictureFile;
  const { story, leadImage, relatedLinks } = storyFields(storyOf(container), (picture) => pictureFile?.(picture) ?? null);
  const { fitted, cut } = fitFieldLimits({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: options.id,
    createdAt: timestamp,
    updatedAt: timestamp,
    publishedAt: null,
    status: 'draft',
    language,
    section: header.section,
    headline,
    standfirst: header.standfirst || metaContent(head, 'description', 'og:description'),
    slug,
    slugEditedByHand: false,
    bylines: header.bylines.length > 0 ? header.bylines : splitBylineNames(metaContent(head, 'author'), language).map((name) => ({ name, role: 'Reporter' })),
    dateline: header.dateline,
    leadImage,
    body: withoutLeadingHeadline(elementToBody(story, { tables: true, ...(pictureFile ? { pictureFile } : {}) }), headline),
    relatedLinks,
    tags: metaContent(head, 'keywords').split(',').map((tag) => tag.trim()).filter(Boolean),
    editorsNote: '',
    agencyCredit: header.agencyCredit,
    subjects: [],
    provenance: null,
    styleIgnores: [],
    review: emptyReview(),
  } satisfies Article);
  return { article: ArticleSchema.parse(fitted), cut };
}
