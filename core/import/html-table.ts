import type { SerializedBodyNode } from '../article/article-schema';
import { HEADER_COLUMN, HEADER_ROW } from '../blocks/table';
import { tableCellNode, tableNode } from '../testing/body-builders';
import { attribute, isElement as isHtmlElement, type HtmlElement } from './html-tree';

/**
 * An HTML <table> as @lexical/table nodes: rows from thead, tbody and tfoot in order, th cells as
 * headers (a header row when the row is in <thead> or all th, else a header column), spans kept,
 * short rows padded so the grid is rectangular.
 */

const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);
const CELLS = new Set(['td', 'th']);
const MAX_SPAN = 100;

interface HtmlRow {
  element: HtmlElement;
  inHead: boolean;
}

function rowsOf(tableElement: HtmlElement): HtmlRow[] {
  const rows: HtmlRow[] = [];
  for (const child of tableElement.childNodes) {
    if (!isHtmlElement(child)) continue;
    if (child.tagName === 'tr') rows.push({ element: child, inHead: false });
    else if (SECTIONS.has(child.tagName)) {
      for (const row of child.childNodes) if (isHtmlElement(row) && row.tagName === 'tr') rows.push({ element: row, inHead: child.tagName === 'thead' });
    }
  }
  return rows;
}

function span(cell: HtmlElement, name: 'colspan' | 'rowspan'): number {
  const value = Number.parseInt(attribute(cell, name) ?? '', 10);
  return Number.isSafeInteger(value) && value > 1 ? Math.min(value, MAX_SPAN) : 1;
}

/**
 * A header row's first cell also heads the header column when the rows below all start with a row
 * header, as Lexical marks the corner of a table with both (our export writes it as a column header).
 */
function markHeaderColumnCorner(rows: readonly { cells: SerializedBodyNode[]; headerRow: boolean }[]): void {
  const below = rows.filter((row) => !row.headerRow);
  if (below.length === 0 || !below.every((row) => ((row.cells[0]?.headerState as number) & HEADER_COLUMN) !== 0)) return;
  for (const row of rows) {
    const corner = row.cells[0];
    if (row.headerRow && corner) corner.headerState = (corner.headerState as number) | HEADER_COLUMN;
  }
}

/**
 * The table node, or null for a table without cells. `cellBlocks` turns a cell's content into body
 * blocks (the caller's cleaner, so cells are cleaned exactly like the rest of the body).
 */
export function tableFromHtml(tableElement: HtmlElement, cellBlocks: (cell: HtmlElement) => SerializedBodyNode[]): SerializedBodyNode | null {
  const rows = rowsOf(tableElement);
  // How many more rows each column is taken by a rowspan from above.
  const covered: number[] = [];
  const built: { cells: SerializedBodyNode[]; width: number; headerRow: boolean }[] = [];
  for (const row of rows) {
    const cells = row.element.childNodes.filter((child): child is HtmlElement => isHtmlElement(child) && CELLS.has(child.tagName));
    if (cells.length === 0) continue;
    // A row of th cells each heading its own row (scope="row") is a column of row headers, not a header row.
    const headerRow = row.inHead || cells.every((cell) => cell.tagName === 'th' && attribute(cell, 'scope') !== 'row');
    const out: SerializedBodyNode[] = [];
    const fromAbove = covered.reduce((last, rows, index) => (rows > 0 ? index + 1 : last), 0);
    let column = 0;
    const skipCovered = () => {
      while ((covered[column] ?? 0) > 0) column += 1;
    };
    for (const cell of cells) {
      skipCovered();
      const colSpan = span(cell, 'colspan');
      const rowSpan = span(cell, 'rowspan');
      const headerState = headerRow ? HEADER_ROW : cell.tagName === 'th' ? HEADER_COLUMN : 0;
      out.push(tableCellNode(cellBlocks(cell), { headerState, colSpan, rowSpan }));
      for (let offset = 0; offset < colSpan; offset += 1) covered[column + offset] = Math.max(covered[column + offset] ?? 0, rowSpan);
      column += colSpan;
    }
    skipCovered();
    built.push({ cells: out, width: Math.max(column, fromAbove), headerRow });
    for (let index = 0; index < covered.length; index += 1) covered[index] = Math.max(0, (covered[index] ?? 0) - 1);
  }
  if (built.length === 0) return null;
  markHeaderColumnCorner(built);
  const width = Math.max(...built.map((row) => row.width));
  return tableNode(built.map((row) => [...row.cells, ...Array.from({ length: width - row.width }, () => tableCellNode([]))]));
}
