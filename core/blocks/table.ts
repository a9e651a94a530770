import type { SerializedBodyNode } from '../article/article-schema';
import type { BlockWriters, HtmlOut, MarkdownOut, TextOut } from './block-writers';
import { positiveInteger } from './node-fields';

/**
 * A table, in @lexical/table's serialized shape: 'table' › 'tablerow' › 'tablecell' › blocks.
 * A cell's `headerState` is a bit set: 1 marks a header row's cell, 2 a header column's.
 */
export const TABLE_TYPE = 'table';
export const TABLE_ROW_TYPE = 'tablerow';
export const TABLE_CELL_TYPE = 'tablecell';

export const HEADER_ROW = 1;
export const HEADER_COLUMN = 2;

export interface TableCell {
  /** 'col' heads its column (a header row's cell), 'row' heads its row (a header column's cell). */
  header: 'col' | 'row' | null;
  colSpan: number;
  rowSpan: number;
  /** The cell's blocks (paragraphs, usually one). */
  content: SerializedBodyNode[];
}

export interface TableParts {
  /** Leading rows whose every cell is a header row's cell: the table's head. */
  head: TableCell[][];
  body: TableCell[][];
}

function headerState(cell: SerializedBodyNode): number {
  return typeof cell.headerState === 'number' ? cell.headerState : 0;
}

function tableCell(cell: SerializedBodyNode): TableCell {
  const state = headerState(cell);
  return {
    header: state & HEADER_ROW ? 'col' : state & HEADER_COLUMN ? 'row' : null,
    colSpan: positiveInteger(cell.colSpan) ?? 1,
    rowSpan: positiveInteger(cell.rowSpan) ?? 1,
    content: cell.children ?? [],
  };
}

export function tableParts(node: SerializedBodyNode): TableParts {
  const rows = (node.children ?? [])
    .filter((row) => row.type === TABLE_ROW_TYPE)
    .map((row) => (row.children ?? []).filter((cell) => cell.type === TABLE_CELL_TYPE));
  const headCount = rows.findIndex((row) => row.length === 0 || !row.every((cell) => headerState(cell) & HEADER_ROW));
  const split = headCount === -1 ? rows.length : headCount;
  return { head: rows.slice(0, split).map((row) => row.map(tableCell)), body: rows.slice(split).map((row) => row.map(tableCell)) };
}

/** A cell of one paragraph is written as that paragraph's inline content; anything else as blocks. */
function isSingleParagraph(content: readonly SerializedBodyNode[]): content is [SerializedBodyNode] {
  return content.length === 1 && content[0]?.type === 'paragraph';
}

function cellHtml(cell: TableCell, inHead: boolean, out: HtmlOut): string {
  const inner = isSingleParagraph(cell.content) ? out.inline(cell.content[0].children ?? []) : out.blocks(cell.content);
  const spans = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`;
  const scope = inHead ? 'col' : cell.header;
  return scope ? `<th scope="${scope}"${spans}>${inner}</th>` : `<td${spans}>${inner}</td>`;
}

/** A cell's content on one line, for Markdown and plain text, where a cell cannot hold blocks. */
function cellLine(cell: TableCell, inline: (nodes: readonly SerializedBodyNode[]) => string, hardBreak: RegExp): string {
  return cell.content
    .map((block) => inline(block.children ?? []))
    .join(' ')
    .replace(hardBreak, ' ')
    .trim();
}

function markdownTable(parts: TableParts, out: MarkdownOut): string {
  const rows = [...parts.head, ...parts.body].map((row) => row.map((cell) => cellLine(cell, out.inline, /\\\n/g)));
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (width === 0) return '';
  const pad = (row: string[]) => [...row, ...Array<string>(width - row.length).fill('')];
  const line = (row: string[]) => `| ${pad(row).join(' | ')} |`;
  // GFM needs a header row: a table without one gets an empty head.
  const head = parts.head.length > 0 ? rows.slice(0, 1) : [Array<string>(width).fill('')];
  const rest = parts.head.length > 0 ? rows.slice(1) : rows;
  return [line(head[0] ?? []), `| ${Array<string>(width).fill('---').join(' | ')} |`, ...rest.map(line)].join('\n');
}

function textTable(parts: TableParts, out: TextOut): string {
  const rows = [...parts.head, ...parts.body].map((row) => row.map((cell) => cellLine(cell, out.inline, /\n/g)));
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (width === 0) return '';
  const widths = Array.from({ length: width }, (_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  const line = (row: string[]) =>
    widths
      .map((columnWidth, column) => (row[column] ?? '').padEnd(columnWidth + (row[column] ?? '').length - [...(row[column] ?? '')].length))
      .join('  ')
      .trimEnd();
  const lines = rows.map(line);
  if (parts.head.length > 0) lines.splice(parts.head.length, 0, widths.map((columnWidth) => '-'.repeat(Math.max(columnWidth, 1))).join('  '));
  return lines.join('\n');
}

export const tableWriters: BlockWriters = {
  /** A real table: header rows in `<thead>` as `<th scope="col">`, header-column cells as `<th scope="row">`. */
  html(node, out) {
    const { head, body } = tableParts(node);
    if (head.length + body.length === 0) return '';
    const rowsHtml = (rows: TableCell[][], inHead: boolean) => rows.map((row) => `<tr>${row.map((cell) => cellHtml(cell, inHead, out)).join('')}</tr>`).join('');
    return `<table>${head.length ? `<thead>${rowsHtml(head, true)}</thead>` : ''}${body.length ? `<tbody>${rowsHtml(body, false)}</tbody>` : ''}</table>`;
  },
  markdown: (node, out) => markdownTable(tableParts(node), out),
  text: (node, out) => textTable(tableParts(node), out),
};
