import { IS_BOLD, IS_CODE, IS_HIGHLIGHT, IS_ITALIC, IS_STRIKETHROUGH, IS_SUBSCRIPT, IS_SUPERSCRIPT, IS_UNDERLINE } from 'lexical';
import type { SerializedBodyNode } from '../article/article-schema';
import { checkUrl } from '../text/url-allowlist';
import { BODY_BLOCKS } from '../blocks/body-blocks';
import { isImage } from '../blocks/image';
import { positiveInteger, stringField } from '../blocks/node-fields';


/** Reading serialized Lexical nodes defensively: every exporter goes through these, so a malformed node degrades instead of throwing. */

export type InlineFormat = 'strong' | 'em' | 'u' | 's' | 'sub' | 'sup' | 'mark' | 'code';

/** Outermost first: the order in which exporters nest the formats of one run of text. */
const FORMAT_FLAGS: ReadonlyArray<readonly [InlineFormat, number]> = [
  ['strong', IS_BOLD],
  ['em', IS_ITALIC],
  ['u', IS_UNDERLINE],
  ['s', IS_STRIKETHROUGH],
  ['sub', IS_SUBSCRIPT],
  ['sup', IS_SUPERSCRIPT],
  ['mark', IS_HIGHLIGHT],
  ['code', IS_CODE],
];

export function textFormats(node: SerializedBodyNode): InlineFormat[] {
  const format = typeof node.format === 'number' ? node.format : 0;
  return FORMAT_FLAGS.filter(([, flag]) => (format & flag) !== 0).map(([name]) => name);
}


export function isLink(node: SerializedBodyNode): boolean {
  return node.type === 'link' || node.type === 'autolink';
}

/** The address a link may be exported with, or null when it is not on the allowlist. */
export function allowedLinkUrl(node: SerializedBodyNode): string | null {
  const checked = checkUrl(stringField(node, 'url'));
  return checked.ok ? checked.url : null;
}

export type HeadingLevel = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** The headline is the document's only h1, so a body h1 is exported one level down. */
export function headingLevel(node: SerializedBodyNode): HeadingLevel {
  const tag = stringField(node, 'tag');
  return tag === 'h3' || tag === 'h4' || tag === 'h5' || tag === 'h6' ? tag : 'h2';
}

export interface ListEntry {
  /** The item's own inline content. */
  content: SerializedBodyNode[];
  /** Lists nested under this item. */
  nested: SerializedBodyNode[];
}

function holdsOnlyLists(item: SerializedBodyNode): boolean {
  const children = item.children ?? [];
  return children.length > 0 && children.every((child) => child.type === 'list');
}

/**
 * Lexical stores a nested list in a listitem of its own after the item it belongs to;
 * exports want it inside that item. This folds the holders back into their owners.
 */
export function listEntries(list: SerializedBodyNode): ListEntry[] {
  const entries: ListEntry[] = [];
  for (const item of list.children ?? []) {
    const children = item.children ?? [];
    const previous = entries.at(-1);
    if (holdsOnlyLists(item) && previous) previous.nested.push(...children);
    else if (holdsOnlyLists(item)) entries.push({ content: [], nested: children });
    else entries.push({ content: children.filter((child) => child.type !== 'list'), nested: children.filter((child) => child.type === 'list') });
  }
  return entries;
}

export function isOrderedList(list: SerializedBodyNode): boolean {
  return list.listType === 'number';
}

export function listStart(list: SerializedBodyNode): number {
  return positiveInteger(list.start) ?? 1;
}

/** A block whose children are blocks (root-like containers from other editors), as opposed to inline content. */
export function hasBlockChildren(node: SerializedBodyNode): boolean {
  return (node.children ?? []).some((child) => BLOCK_TYPES.has(child.type));
}

export const BLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'quote', 'list', 'horizontalrule', ...Object.keys(BODY_BLOCKS)]);

export type InlineRun = { kind: 'inline'; nodes: SerializedBodyNode[] } | { kind: 'image'; node: SerializedBodyNode };

/**
 * A paragraph-like block's children split at inline images, which every export shows as blocks
 * of their own (a figure cannot sit inside a paragraph).
 */
export function splitAtImages(children: readonly SerializedBodyNode[]): InlineRun[] {
  const runs: InlineRun[] = [];
  for (const child of children) {
    const last = runs.at(-1);
    if (isImage(child)) runs.push({ kind: 'image', node: child });
    else if (last?.kind === 'inline') last.nodes.push(child);
    else runs.push({ kind: 'inline', nodes: [child] });
  }
  return runs;
}
