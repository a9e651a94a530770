import { parse } from 'parse5';
import type { SerializedBodyNode } from '../article/article-schema';
import { elementToBody, findHtmlElement } from '../import/html-to-body';
import { closest, commentsUnder, elementsUnder, isElement, remove, textNodesUnder, unwrap, type HtmlElement, type HtmlParent } from '../import/html-tree';
import { bodyPlainText } from '../text/text-stats';
import { cleanGoogleDocs, isGoogleDocsHtml } from './google-docs';
import { placeImages, takeImages, type LeftOutImage, type PastedImage } from './pasted-images';
import { styleTextToElements } from './text-styles';
import { cleanWord, isWordHtml } from './word';

/**
 * The body's one paste pipeline for HTML: parse5 reads the clipboard markup (never the browser, so
 * the page's CSP never sees it), the Google Docs or Word cleaner rewrites that application's habits
 * into plain semantic HTML, style text becomes strong/em/u/s/sup/sub, and the import cleaner
 * (core/import/html-to-body.ts) turns the result into body nodes.
 */

export type PasteSource = 'google-docs' | 'word' | 'html';

export interface PastedContent {
  source: PasteSource;
  /** Blocks to insert; image nodes among them wait for their files (withStoredImages). */
  blocks: SerializedBodyNode[];
  /** Pictures carried in the markup, to store in the draft's assets, in the order their nodes name them. */
  images: PastedImage[];
  /** Pictures left out, for the notice. */
  leftOut: LeftOutImage[];
}

export interface ClipboardHtml {
  html: string;
  /** Google Docs' own clipboard data, when the copy came from Docs (see docs-suggestions.ts). */
  docsSliceClip?: string;
  /** Whether the body takes tables (the editor has @lexical/table's nodes); else a table's cells come as paragraphs. */
  tables?: boolean;
}

export function pasteHtml({ html, docsSliceClip, tables = true }: ClipboardHtml): PastedContent {
  const document = parse(html);
  const root = findHtmlElement(document, 'body') ?? document;
  keepFragment(root);
  const source: PasteSource = isGoogleDocsHtml(root) ? 'google-docs' : isWordHtml(document, html) ? 'word' : 'html';
  if (source === 'google-docs') cleanGoogleDocs(root, docsSliceClip);
  if (source === 'word') cleanWord(root);
  const { images, leftOut } = takeImages(root);
  styleTextToElements(root);
  plainHeadings(root);
  markHeaderRows(root);
  const blocks = elementToBody(root, { tables }).root.children.filter((block) => !isEmptyParagraph(block));
  return { source, blocks: placeImages(blocks, images), images, leftOut };
}

/** Windows clipboards mark the copied part with StartFragment/EndFragment comments; what lies outside was not copied. */
function keepFragment(root: HtmlParent): void {
  const comments = commentsUnder(root);
  const start = comments.find((node) => node.data.trim() === 'StartFragment');
  const end = comments.find((node) => node.data.trim() === 'EndFragment');
  if (!start || !end || start.parentNode !== end.parentNode || !start.parentNode) return;
  const siblings = start.parentNode.childNodes;
  const from = siblings.indexOf(start);
  const to = siblings.indexOf(end);
  if (from > to) return;
  siblings.filter((_, index) => index < from || index > to).forEach(remove);
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BOLD = new Set(['b', 'strong']);

/** A subhead is bold already; bold runs inside one (Docs and Word often set them) add nothing. */
function plainHeadings(root: HtmlParent): void {
  for (const element of elementsUnder(root)) if (BOLD.has(element.tagName) && closest(element, HEADINGS)) unwrap(element);
}

function isAllBold(cell: HtmlElement): boolean {
  const texts = textNodesUnder(cell).filter((node) => node.value.trim() !== '');
  return texts.length > 0 && texts.every((node) => closest(node, BOLD) !== null);
}

/**
 * Docs and Word have no header cells: a table's header is the first row set in bold. Such a row
 * becomes a row of <th>, without the bold.
 */
function markHeaderRows(root: HtmlParent): void {
  for (const tableElement of elementsUnder(root)) {
    if (tableElement.tagName !== 'table') continue;
    const firstRow = elementsUnder(tableElement).find((element) => element.tagName === 'tr');
    if (!firstRow || closest(firstRow, new Set(['thead'])) || closest(firstRow, new Set(['table'])) !== tableElement) continue;
    const cells = firstRow.childNodes.filter((child): child is HtmlElement => isElement(child) && (child.tagName === 'td' || child.tagName === 'th'));
    if (cells.length < 2 || cells.some((cell) => cell.tagName === 'th') || !cells.every(isAllBold)) continue;
    for (const cell of cells) {
      cell.tagName = 'th';
      cell.nodeName = 'th';
      elementsUnder(cell)
        .filter((element) => BOLD.has(element.tagName))
        .forEach(unwrap);
    }
  }
}

/** Word's `<p>&nbsp;</p>` and Docs' spacer paragraphs: nothing a reader would see. */
function isEmptyParagraph(block: SerializedBodyNode): boolean {
  if (block.type !== 'paragraph') return false;
  const onlyText = (block.children ?? []).every((child) => child.type === 'text' || child.type === 'linebreak');
  return onlyText && bodyPlainText({ root: { type: 'root', version: 1, children: [block] } }).replace(/\u00a0/g, ' ').trim() === '';
}
