import { parse } from 'parse5';
import type { ArticleBody, SerializedBodyNode } from '../article/article-schema';
import { bodyPlainText } from '../text/text-stats';
import { checkUrl } from '../text/url-allowlist';
import { body, heading, horizontalRule, linebreak, link, list, paragraph, quote, text, type ListItemSpec, type TextFormatName } from '../testing/body-builders';
import { attribute, isElement, type HtmlElement, type HtmlNode, type HtmlParent } from './html-tree';
import { ownBlockFromHtml, type HtmlPicture } from './html-blocks';
import { tableFromHtml } from './html-table';

/**
 * One cleaner for every HTML that reaches an article body: a wire story's body_html, an .html file,
 * pasted markup. It keeps the structure the editor has (paragraphs, two heading levels, quotes,
 * lists, inline formatting, allowlisted links, line breaks, rules) and turns everything else into
 * plain paragraphs or drops it. It never throws: unusable markup yields fewer nodes, not an error.
 */

/** Content that is never text for the reader: dropped with everything inside it. */
const DROPPED = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'canvas', 'svg', 'math',
  'video', 'audio', 'source', 'track', 'picture', 'map', 'area', 'img', 'form', 'input', 'button', 'select', 'option', 'optgroup',
  'textarea', 'datalist', 'output', 'progress', 'meter', 'dialog', 'head', 'title', 'meta', 'link', 'base', 'param',
]);

const INLINE_FORMATS: Readonly<Record<string, TextFormatName>> = {
  strong: 'bold', b: 'bold',
  em: 'italic', i: 'italic', cite: 'italic', dfn: 'italic', var: 'italic',
  u: 'underline', ins: 'underline',
  s: 'strikethrough', del: 'strikethrough', strike: 'strikethrough',
  code: 'code', kbd: 'code', samp: 'code', tt: 'code',
  sub: 'subscript', sup: 'superscript', mark: 'highlight',
};

/** Elements that start a new block. Any other element is looked through: its text stays, the element goes. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main',
  'menu', 'dir', 'nav', 'ol', 'p', 'pre', 'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const HEADING_TAGS: Readonly<Record<string, 'h2' | 'h3'>> = { h1: 'h2', h2: 'h2', h3: 'h3', h4: 'h3', h5: 'h3', h6: 'h3' };

interface LinkTarget {
  url: string;
  title: string | undefined;
}

/** 'edge' marks where a block began or ended inside inline content: a line break unless one is there already. */
type InlineRun =
  | { kind: 'text'; text: string; formats: readonly TextFormatName[]; link: LinkTarget | null; preformatted: boolean }
  | { kind: 'break' }
  | { kind: 'edge' };

interface InlineContext {
  formats: readonly TextFormatName[];
  link: LinkTarget | null;
  preformatted: boolean;
}

const PLAIN: InlineContext = { formats: [], link: null, preformatted: false };

function childrenOf(node: HtmlParent): HtmlNode[] {
  return node.childNodes;
}

/** Collects the inline content of one block, to be turned into Lexical inline nodes. */
function collectInline(nodes: readonly HtmlNode[], context: InlineContext, runs: InlineRun[], onBlock?: (element: HtmlElement) => boolean): void {
  for (const node of nodes) {
    if (node.nodeName === '#text' && 'value' in node) {
      runs.push({ kind: 'text', text: node.value, formats: context.formats, link: context.link, preformatted: context.preformatted });
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.tagName;
    if (DROPPED.has(tag)) continue;
    if (onBlock?.(node)) continue;
    if (tag === 'br') {
      runs.push({ kind: 'break' });
      continue;
    }
    const format = INLINE_FORMATS[tag];
    if (format) {
      collectInline(childrenOf(node), { ...context, formats: context.formats.includes(format) ? context.formats : [...context.formats, format] }, runs, onBlock);
      continue;
    }
    if (tag === 'a' && context.link === null) {
      const checked = checkUrl(attribute(node, 'href') ?? '');
      const title = attribute(node, 'title') || undefined;
      collectInline(childrenOf(node), checked.ok ? { ...context, link: { url: checked.url, title } } : context, runs, onBlock);
      continue;
    }
    if (tag === 'pre') {
      collectInline(childrenOf(node), { ...context, preformatted: true }, runs, onBlock);
      continue;
    }
    // A block inside inline content (a <p> in an <li>, a <div> in a <span>) sits on lines of its own.
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) runs.push({ kind: 'edge' });
    collectInline(childrenOf(node), context, runs, onBlock);
    if (isBlock) runs.push({ kind: 'edge' });
  }
}

interface Segment {
  text: string;
  formats: readonly TextFormatName[];
  link: LinkTarget | null;
}

const COLLAPSIBLE = /[\t\n\f\r ]+/g;

/**
 * Collapses white space the way a browser lays out normal text: runs of ASCII white space become one
 * space, kept in the run where it started, and none at the start or end of a line. No-break spaces
 * are content and stay.
 */
function layOut(runs: readonly InlineRun[]): (Segment | 'break')[] {
  const out: (Segment | 'break')[] = [];
  let atLineStart = true;
  /** The collapsed space waiting for more text on the line, with the run it belongs to. */
  let owed: { segment: Segment; placed: boolean } | null = null;
  const place = (segment: Segment) => {
    if (owed) {
      if (owed.placed) owed.segment.text += ' ';
      else out.push(owed.segment);
    }
    owed = null;
    out.push(segment);
    atLineStart = false;
  };
  const breakLine = () => {
    out.push('break');
    atLineStart = true;
    owed = null;
  };
  for (const run of runs) {
    if (run.kind === 'break') {
      breakLine();
    } else if (run.kind === 'edge') {
      if (!atLineStart) breakLine();
    } else if (run.preformatted) {
      run.text.split(/\r\n|\r|\n/).forEach((line, index) => {
        if (index > 0) breakLine();
        if (line) place({ text: line, formats: run.formats, link: run.link });
      });
    } else {
      const collapsed = run.text.replace(COLLAPSIBLE, ' ');
      // Not String#trim: that would also strip no-break spaces, which are content.
      const words = collapsed.replace(/^ /, '').replace(/ $/, '');
      const style = { formats: run.formats, link: run.link };
      if (words === '') {
        if (collapsed !== '' && !atLineStart && owed === null) owed = { segment: { text: ' ', ...style }, placed: false };
        continue;
      }
      if (collapsed.startsWith(' ') && !atLineStart && owed === null) owed = { segment: { text: ' ', ...style }, placed: false };
      const segment: Segment = { text: words, ...style };
      place(segment);
      if (collapsed.endsWith(' ')) owed = { segment, placed: true };
    }
  }
  // A line break that ends a block draws no extra line in a browser.
  if (out.at(-1) === 'break') out.pop();
  return out;
}

function sameFormats(a: readonly TextFormatName[], b: readonly TextFormatName[]): boolean {
  return a.length === b.length && a.every((format) => b.includes(format));
}

/** Turns laid-out segments into Lexical inline nodes: adjacent equal runs merge, links wrap their text. */
function inlineNodes(runs: readonly InlineRun[]): SerializedBodyNode[] {
  const merged: (Segment | 'break')[] = [];
  for (const item of layOut(runs)) {
    const previous = merged.at(-1);
    if (item !== 'break' && previous && previous !== 'break' && previous.link === item.link && sameFormats(previous.formats, item.formats)) {
      previous.text += item.text;
    } else {
      merged.push(item === 'break' ? item : { ...item });
    }
  }
  const nodes: SerializedBodyNode[] = [];
  for (let index = 0; index < merged.length; index += 1) {
    const item = merged[index] as Segment | 'break';
    if (item === 'break') {
      nodes.push(linebreak());
    } else if (item.link === null) {
      nodes.push(text(item.text, ...item.formats));
    } else {
      const target = item.link;
      const children = [text(item.text, ...item.formats)];
      for (let next = merged[index + 1]; next !== undefined && next !== 'break' && next.link === target; next = merged[index + 1]) {
        children.push(text(next.text, ...next.formats));
        index += 1;
      }
      nodes.push(link(target.url, children, target.title ? { title: target.title } : {}));
    }
  }
  return nodes;
}

const LIST_TAGS = new Set(['ul', 'ol', 'menu', 'dir']);

function listTypeOf(element: HtmlElement): 'bullet' | 'number' {
  return element.tagName === 'ol' ? 'number' : 'bullet';
}

/**
 * The items of one HTML list in the builders' shape. A nested list hangs off the item before it, as
 * in Lexical; text after a nested list starts a new item, since an item cannot continue below it.
 */
function listItems(listElement: HtmlElement): ListItemSpec[] {
  const items: ListItemSpec[] = [];
  for (const child of childrenOf(listElement)) {
    if (isElement(child) && DROPPED.has(child.tagName)) continue;
    const isItem = isElement(child) && child.tagName === 'li';
    // A list put straight inside a list (common in pasted markup) belongs to the item before it.
    let owner: ListItemSpec | undefined = isItem ? undefined : items.at(-1);
    let runs: InlineRun[] = [];
    const endContent = (needOwner: boolean): void => {
      const content = inlineNodes(runs);
      runs = [];
      if (content.length > 0 || (needOwner && owner === undefined)) {
        owner = { content };
        items.push(owner);
      }
    };
    collectInline(isItem ? childrenOf(child) : [child], PLAIN, runs, (element) => {
      if (!LIST_TAGS.has(element.tagName)) return false;
      endContent(true);
      const nested = listItems(element);
      const holder = owner as ListItemSpec;
      if (nested.length > 0) {
        holder.nested = holder.nested ? { ...holder.nested, items: [...holder.nested.items, ...nested] } : { listType: listTypeOf(element), items: nested };
      }
      return true;
    });
    endContent(false);
  }
  return items;
}

function listStart(element: HtmlElement): number {
  const start = Number.parseInt(attribute(element, 'start') ?? '', 10);
  return element.tagName === 'ol' && Number.isSafeInteger(start) && start > 0 ? start : 1;
}

/** Lexical numbers an ordered list's items from its start. */
function startingAt(listNode: SerializedBodyNode, start: number): SerializedBodyNode {
  if (start === 1) return listNode;
  const children = (listNode.children ?? []).map((item) => ({ ...item, value: (item.value as number) + start - 1 }));
  return { ...listNode, start, children };
}

type BlockKind = { type: 'paragraph' } | { type: 'heading'; tag: 'h2' | 'h3' } | { type: 'quote' };

class BodyWriter {
  readonly blocks: SerializedBodyNode[] = [];
  private pending: InlineRun[] = [];

  constructor(private readonly options: HtmlToBodyOptions) {}

  /** Ends the loose inline content gathered so far (text directly in a <div> or <body>) as a paragraph. */
  flush(kind: BlockKind = { type: 'paragraph' }): void {
    const runs = this.pending;
    this.pending = [];
    this.emit(kind, runs);
  }

  emit(kind: BlockKind, runs: readonly InlineRun[]): void {
    const children = inlineNodes(runs);
    if (children.length === 0) return;
    if (kind.type === 'heading') this.blocks.push(heading(kind.tag, ...children));
    else if (kind.type === 'quote') this.blocks.push(quote(...children));
    else this.blocks.push(paragraph(...children));
  }

  /** Walks flow content: block elements become blocks, phrasing content gathers into paragraphs. */
  writeFlow(nodes: readonly HtmlNode[], kind: BlockKind = { type: 'paragraph' }): void {
    this.writeNodes(nodes, kind);
    this.flush(kind);
  }

  private writeNodes(nodes: readonly HtmlNode[], kind: BlockKind): void {
    for (const node of nodes) {
      if (!isElement(node)) {
        if (node.nodeName === '#text') collectInline([node], PLAIN, this.pending);
      } else if (DROPPED.has(node.tagName)) {
        continue;
      } else if (BLOCK_TAGS.has(node.tagName)) {
        this.flush(kind);
        this.writeBlockElement(node, kind);
      } else if (node.tagName === 'br' || node.tagName === 'a' || INLINE_FORMATS[node.tagName] || !containsBlock(node)) {
        collectInline([node], PLAIN, this.pending);
      } else {
        // An unknown or phrasing element wrapped around blocks: look through it.
        this.writeNodes(childrenOf(node), kind);
      }
    }
  }

  private writeBlockElement(element: HtmlElement, kind: BlockKind): void {
    const tag = element.tagName;
    const headingTag = HEADING_TAGS[tag];
    const inner: BlockKind = kind.type === 'heading' ? { type: 'paragraph' } : kind;
    if (headingTag) {
      // A heading inside a quote stays a quote: the editor's quotes hold text only.
      this.writeBlock(element, kind.type === 'quote' ? kind : { type: 'heading', tag: headingTag });
    } else if (tag === 'p' || tag === 'pre' || tag === 'li' || tag === 'dt' || tag === 'dd' || tag === 'figcaption' || tag === 'caption' || tag === 'summary' || tag === 'legend') {
      this.writeBlock(element, inner);
    } else if (tag === 'blockquote') {
      this.writeFlow(childrenOf(element), { type: 'quote' });
    } else if (LIST_TAGS.has(tag)) {
      const items = listItems(element);
      if (items.length > 0) this.blocks.push(startingAt(list(listTypeOf(element), items), listStart(element)));
    } else if (tag === 'hr') {
      this.blocks.push(horizontalRule());
    } else if (tag === 'table' && this.options.tables) {
      this.writeTable(element);
    } else if (!this.writeOwnBlock(element)) {
      // div, section, article, figure, nested tables: containers of further blocks.
      this.writeFlow(childrenOf(element), inner);
    }
  }

  /** Our own blocks (a picture, pull quote, fact box or embed, as we export them); false when `element` is none of them. */
  private writeOwnBlock(element: HtmlElement): boolean {
    const block = ownBlockFromHtml(element, {
      inline: (nodes) => {
        const runs: InlineRun[] = [];
        collectInline(nodes, PLAIN, runs);
        return inlineNodes(runs);
      },
      blocks: (nodes) => {
        // A fact box holds no tables: the editor's tables live in the body itself.
        const writer = new BodyWriter({ ...this.options, tables: false });
        writer.writeFlow(nodes);
        return writer.blocks;
      },
      ...(this.options.pictureFile ? { pictureFile: this.options.pictureFile } : {}),
    });
    if (block) this.blocks.push(block);
    return block !== null;
  }

  private writeTable(element: HtmlElement): void {
    const caption = childrenOf(element).find((child): child is HtmlElement => isElement(child) && child.tagName === 'caption');
    if (caption) this.writeBlock(caption, { type: 'paragraph' });
    const tableNode = tableFromHtml(element, (cell) => {
      // The editor's tables do not nest: a table in a cell is read like a <div>.
      const writer = new BodyWriter({ tables: false });
      writer.writeFlow(childrenOf(cell));
      // A cell holds paragraphs and lists; a subhead or quote in a cell keeps its text as a paragraph.
      return writer.blocks.flatMap((block) => (block.type === 'heading' || block.type === 'quote' ? [paragraph(...(block.children ?? []))] : block.type === 'horizontalrule' ? [] : [block]));
    });
    if (tableNode) this.blocks.push(tableNode);
  }

  private writeBlock(element: HtmlElement, kind: BlockKind): void {
    const runs: InlineRun[] = [];
    collectInline(element.tagName === 'pre' ? [element] : childrenOf(element), PLAIN, runs, (inner) => {
      // Lists and quotes that HTML allows inside a block still become blocks of their own.
      if (!LIST_TAGS.has(inner.tagName) && inner.tagName !== 'blockquote' && inner.tagName !== 'hr') return false;
      this.emit(kind, runs.splice(0));
      this.writeBlockElement(inner, kind);
      return true;
    });
    this.emit(kind, runs);
  }
}

function containsBlock(node: HtmlParent): boolean {
  return childrenOf(node).some((child) => isElement(child) && (BLOCK_TAGS.has(child.tagName) || containsBlock(child)));
}

function findElement(node: HtmlParent, tag: string): HtmlElement | undefined {
  for (const child of childrenOf(node)) {
    if (!isElement(child)) continue;
    if (child.tagName === tag) return child;
    const found = findElement(child, tag);
    if (found) return found;
  }
  return undefined;
}

export interface HtmlToBodyOptions {
  /** Tables as @lexical/table nodes, for a body whose editor has them; else their cells' text as paragraphs. */
  tables?: boolean;
  /**
   * The draft asset for a figure's picture, or null to leave it out. Without it (or with null) a
   * figure's picture is dropped and its caption kept as text.
   */
  pictureFile?: (picture: HtmlPicture) => string | null;
}

/** Body nodes from a parsed element's content. An empty result still holds one empty paragraph, as the editor needs. */
export function elementToBody(container: HtmlParent, options: HtmlToBodyOptions = {}): ArticleBody {
  const writer = new BodyWriter(options);
  writer.writeFlow(childrenOf(container));
  return body(writer.blocks.length > 0 ? writer.blocks : [paragraph()]);
}

/** Parses any HTML, from a fragment to a whole page, and returns its <body> as article body nodes. */
export function htmlToBody(html: string, options: HtmlToBodyOptions = {}): ArticleBody {
  const document = parse(html);
  return elementToBody(findElement(document, 'body') ?? document, options);
}

/** Wire and web HTML often repeat the headline as the first heading; the article has it in its own field. */
export function withoutLeadingHeadline(imported: ArticleBody, headline: string): ArticleBody {
  const [first, ...rest] = imported.root.children;
  if (!first || first.type !== 'heading' || headline.trim() === '' || rest.length === 0) return imported;
  const firstText = bodyPlainText({ root: { ...imported.root, children: [first] } }).trim();
  return firstText === headline.trim() ? { root: { ...imported.root, children: rest } } : imported;
}

export { findElement as findHtmlElement, attribute as htmlAttribute, isElement as isHtmlElement };
export type { HtmlElement, HtmlNode, HtmlParent };
