import { append, createElement, type HtmlElement, type HtmlNode } from '../import/html-tree';

/**
 * Word and Google Docs describe list nesting with a level per paragraph rather than (or as well as)
 * with nested lists. This builds real nested <ol>/<ul> from items that know their level.
 */
export interface LeveledItem {
  /** 1 for the outermost list. */
  level: number;
  ordered: boolean;
  /** The item's content, moved into the new <li>. */
  content: readonly HtmlNode[];
  /** The number the item shows, when it is ordered and says so (Word's "3." starts a list at 3). */
  number?: number;
}

interface OpenList {
  element: HtmlElement;
  ordered: boolean;
}

/** The top-level lists for `items`, in order. A level deeper than the one before moves in by one only. */
export function buildNestedLists(items: readonly LeveledItem[]): HtmlElement[] {
  const lists: HtmlElement[] = [];
  const open: OpenList[] = [];
  for (const item of items) {
    const depth = Math.min(Math.max(1, Math.floor(item.level)), open.length + 1);
    open.length = Math.min(open.length, depth);
    // A bullet item after numbered ones at the same level starts a list of its own.
    if (open.length === depth && open[depth - 1]?.ordered !== item.ordered) open.length = depth - 1;
    if (open.length < depth) {
      const list = createElement(item.ordered ? 'ol' : 'ul');
      if (item.ordered && item.number !== undefined && item.number > 1) list.attrs.push({ name: 'start', value: String(item.number) });
      const parent = open.at(-1);
      if (parent) {
        const owner = parent.element.childNodes.at(-1) ?? createElement('li');
        if (!owner.parentNode) append(parent.element, owner);
        append(owner as HtmlElement, list);
      } else {
        lists.push(list);
      }
      open.push({ element: list, ordered: item.ordered });
    }
    const listItem = createElement('li');
    append(listItem, ...item.content);
    append((open.at(-1) as OpenList).element, listItem);
  }
  return lists;
}
