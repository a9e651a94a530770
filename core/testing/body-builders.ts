import { IS_BOLD, IS_CODE, IS_HIGHLIGHT, IS_ITALIC, IS_STRIKETHROUGH, IS_SUBSCRIPT, IS_SUPERSCRIPT, IS_UNDERLINE } from 'lexical';
import type { ArticleBody, SerializedBodyNode } from '../article/article-schema';
import { serializedEmbed } from '../blocks/embed';
import { serializedFactBox } from '../blocks/fact-box';
import { serializedPullQuote } from '../blocks/pull-quote';
import { HEADER_COLUMN, HEADER_ROW, TABLE_CELL_TYPE, TABLE_ROW_TYPE, TABLE_TYPE } from '../blocks/table';

/**
 * Builders for article bodies in exactly the JSON shape Lexical 0.52 serializes
 * (key for key what `editor.getEditorState().toJSON()` gives; body-builders.test.ts round-trips them through Lexical).
 */

export type TextFormatName = 'bold' | 'italic' | 'underline' | 'strikethrough' | 'code' | 'subscript' | 'superscript' | 'highlight';

const FORMAT_FLAGS: Record<TextFormatName, number> = {
  bold: IS_BOLD,
  italic: IS_ITALIC,
  underline: IS_UNDERLINE,
  strikethrough: IS_STRIKETHROUGH,
  code: IS_CODE,
  subscript: IS_SUBSCRIPT,
  superscript: IS_SUPERSCRIPT,
  highlight: IS_HIGHLIGHT,
};

export type Direction = 'ltr' | 'rtl' | null;
/** Inline content: a string is shorthand for plain text. */
export type Inline = SerializedBodyNode | string;

function elementFields(direction: Direction = null) {
  return { direction, format: '', indent: 0 };
}

/** Lexical merges neighbouring text nodes of the same format, so the builders do too. */
function inlineNodes(children: readonly Inline[]): SerializedBodyNode[] {
  const nodes: SerializedBodyNode[] = [];
  for (const child of children) {
    const node = typeof child === 'string' ? text(child) : child;
    const previous = nodes.at(-1);
    if (previous?.type === 'text' && node.type === 'text' && previous.format === node.format) {
      nodes[nodes.length - 1] = { ...previous, text: `${String(previous.text)}${String(node.text)}` };
    } else {
      nodes.push(node);
    }
  }
  return nodes;
}

/** One inline or several, as the inline wrappers (link, suggestion, mark) take them. */
function inlineChildren(children: Inline | readonly Inline[]): SerializedBodyNode[] {
  return inlineNodes(typeof children === 'string' || !Array.isArray(children) ? [children as Inline] : children);
}

export function text(content: string, ...formats: TextFormatName[]): SerializedBodyNode {
  const format = formats.reduce((flags, name) => flags | FORMAT_FLAGS[name], 0);
  return { detail: 0, format, mode: 'normal', style: '', text: content, type: 'text', version: 1 };
}

export function linebreak(): SerializedBodyNode {
  return { type: 'linebreak', version: 1 };
}

export function link(url: string, children: Inline | readonly Inline[], options: { title?: string; rel?: string; target?: string } = {}): SerializedBodyNode {
  return {
    children: inlineChildren(children),
    rel: options.rel ?? null,
    target: options.target ?? null,
    title: options.title ?? null,
    url,
    ...elementFields(),
    type: 'link',
    version: 1,
  };
}

/** A suggested insertion or deletion, as the renderer's suggestion node serializes it (a replacement is a delete and an insert with one id). */
export function suggestion(
  change: 'insert' | 'delete',
  id: string,
  children: Inline | readonly Inline[],
  by: { name: string; initials: string } = { name: 'Amina Odhiambo', initials: 'AO' },
  at = '2026-11-25T10:00:00.000Z',
): SerializedBodyNode {
  return { children: inlineChildren(children), ...elementFields(), change, id, by, at, type: 'suggestion', version: 1 };
}

/**
 * A suggested paragraph break at the end of its block, as the renderer's paragraph-mark node serializes
 * it: `insert` is a suggested new paragraph (Enter), `delete` a suggested join with the next block.
 */
export function paragraphMark(
  change: 'insert' | 'delete',
  id: string,
  by: { name: string; initials: string } = { name: 'Amina Odhiambo', initials: 'AO' },
  at = '2026-11-25T10:00:00.000Z',
): SerializedBodyNode {
  return { change, id, by, at, type: 'paragraph-mark', version: 1 };
}

/** Commented text: @lexical/mark's MarkNode with the ids of the threads on it. */
export function mark(ids: readonly string[], children: Inline | readonly Inline[]): SerializedBodyNode {
  return { children: inlineChildren(children), ...elementFields(), ids: [...ids], type: 'mark', version: 1 };
}

/** A paragraph records the format of its first text, which new text typed into it inherits. */
export function paragraph(...children: Inline[]): SerializedBodyNode {
  const nodes = inlineNodes(children);
  const first = nodes[0];
  const textFormat = first?.type === 'text' ? first.format : 0;
  return { children: nodes, ...elementFields(), textFormat, textStyle: '', type: 'paragraph', version: 1 };
}

export function heading(tag: 'h2' | 'h3', ...children: Inline[]): SerializedBodyNode {
  return { children: inlineNodes(children), tag, ...elementFields(), type: 'heading', version: 1 };
}

export function quote(...children: Inline[]): SerializedBodyNode {
  return { children: inlineNodes(children), ...elementFields(), type: 'quote', version: 1 };
}

export function horizontalRule(): SerializedBodyNode {
  return { type: 'horizontalrule', version: 1 };
}

/** A list item: its inline content, optionally followed by a nested list. */
export interface ListItemSpec {
  content: readonly Inline[];
  nested?: { listType: 'bullet' | 'number'; items: readonly (ListItemSpec | Inline)[] };
}

function isListItemSpec(entry: ListItemSpec | Inline): entry is ListItemSpec {
  return typeof entry === 'object' && 'content' in entry;
}

/**
 * A list as Lexical stores it. Lexical keeps a nested list in a listitem of its own that follows
 * the item it belongs to; that holder takes the next `value` without using it up, and the nested
 * items carry the deeper `indent`.
 */
export function list(listType: 'bullet' | 'number', items: readonly (ListItemSpec | Inline)[], indent = 0): SerializedBodyNode {
  const children: SerializedBodyNode[] = [];
  let value = 1;
  const item = (content: SerializedBodyNode[], counts: boolean): SerializedBodyNode => ({
    children: content,
    indent,
    value: counts ? value++ : value,
    direction: null,
    format: '',
    type: 'listitem',
    version: 1,
  });
  for (const entry of items) {
    const spec: ListItemSpec = isListItemSpec(entry) ? entry : { content: [entry] };
    children.push(item(inlineNodes(spec.content), true));
    if (spec.nested) children.push(item([list(spec.nested.listType, spec.nested.items, indent + 1)], false));
  }
  return {
    children,
    listType,
    start: 1,
    tag: listType === 'number' ? 'ol' : 'ul',
    ...elementFields(),
    type: 'list',
    version: 1,
  };
}

/** An inline picture in the body (the editor's 'image' node). */
export function image(fields: { file: string; altText: string; caption: string; credit: string; width?: number; height?: number }): SerializedBodyNode {
  return { ...fields, type: 'image', version: 1 };
}

export function pullQuote(quoteText: string, attribution = ''): SerializedBodyNode {
  return serializedPullQuote({ text: quoteText, attribution });
}

export function embed(url: string): SerializedBodyNode {
  return serializedEmbed(url);
}

/** A fact box: its title's inline content, then its blocks. */
export function factBox(title: Inline | readonly Inline[], blocks: readonly SerializedBodyNode[]): SerializedBodyNode {
  return serializedFactBox(inlineNodes(typeof title === 'string' || !Array.isArray(title) ? [title as Inline] : title), blocks);
}

/** A cell: inline content (one paragraph), or an array of blocks. */
export type TableCellSpec = Inline | readonly SerializedBodyNode[];

function isBlockList(spec: TableCellSpec): spec is readonly SerializedBodyNode[] {
  return Array.isArray(spec);
}

/** One cell as @lexical/table stores it: its blocks (at least a paragraph), header state (HEADER_ROW | HEADER_COLUMN) and spans. */
export function tableCellNode(blocks: readonly SerializedBodyNode[], options: { headerState?: number; colSpan?: number; rowSpan?: number } = {}): SerializedBodyNode {
  return {
    children: blocks.length > 0 ? [...blocks] : [paragraph()],
    backgroundColor: null,
    colSpan: options.colSpan ?? 1,
    headerState: options.headerState ?? 0,
    rowSpan: options.rowSpan ?? 1,
    ...elementFields(),
    type: TABLE_CELL_TYPE,
    version: 1,
  };
}

/** A table of rows of cell nodes (tableCellNode). */
export function tableNode(rows: readonly (readonly SerializedBodyNode[])[]): SerializedBodyNode {
  return {
    children: rows.map((cells) => ({ children: [...cells], ...elementFields(), type: TABLE_ROW_TYPE, version: 1 })),
    ...elementFields(),
    type: TABLE_TYPE,
    version: 1,
  };
}

/** A table as @lexical/table stores it; `headerRow` marks the first row's cells, `headerColumn` the first column's. */
export function table(rows: readonly (readonly TableCellSpec[])[], options: { headerRow?: boolean; headerColumn?: boolean } = {}): SerializedBodyNode {
  return tableNode(
    rows.map((cells, row) =>
      cells.map((spec, column) =>
        tableCellNode(isBlockList(spec) ? spec : [paragraph(spec)], {
          headerState: (options.headerRow && row === 0 ? HEADER_ROW : 0) | (options.headerColumn && column === 0 ? HEADER_COLUMN : 0),
        }),
      ),
    ),
  );
}

function withDirection(node: SerializedBodyNode, direction: Direction): SerializedBodyNode {
  if (!node.children) return node;
  return { ...node, direction, children: node.children.map((child) => withDirection(child, direction)) };
}

/**
 * The whole body. `direction` is what the editor records once a block holds text
 * ('ltr' for Latin copy, 'rtl' for Arabic); a headless editor leaves it null.
 */
export function body(blocks: readonly SerializedBodyNode[], options: { direction?: Direction } = {}): ArticleBody {
  const direction = options.direction ?? null;
  return {
    root: {
      children: blocks.map((block) => withDirection(block, direction)),
      ...elementFields(direction),
      type: 'root',
      version: 1,
    },
  };
}

