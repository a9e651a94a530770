import { $getNodeByKey, $isElementNode, $isTextNode, type ElementNode, type LexicalEditor, type LexicalNode, type TextNode } from 'lexical';
import type { SerializedBodyNode } from '../../../core/article/article-schema';
import type { StyleLocation } from '../../../core/style/style-issue';

/** A place in the body's text: a Lexical text node and an offset in it. */
export interface TextPoint {
  node: TextNode;
  offset: number;
}

/** A top-level block serialized alone, as the article's body would hold it (for blockStyleTexts). */
export function $serializeBlock(node: LexicalNode): SerializedBodyNode {
  const json = node.exportJSON() as SerializedBodyNode;
  return $isElementNode(node) ? { ...json, children: node.getChildren().map($serializeBlock) } : json;
}

/**
 * The element a body location's text belongs to: the block whose key is at its blockIndex, then its
 * path of child indices. Null for a text kept in a node field (a picture's caption), which the block's
 * own control shows, or when the body has changed since the check.
 */
export function $locationElement(location: StyleLocation, blockKeys: readonly string[]): ElementNode | null {
  if (location.kind !== 'body' || location.property) return null;
  let node: LexicalNode | null = $getNodeByKey(blockKeys[location.blockIndex] ?? '');
  for (const index of location.path) node = $isElementNode(node) ? node.getChildAtIndex(index) : null;
  return $isElementNode(node) ? node : null;
}

/**
 * The text points at `start` and `end` of an element's text, counted as getTextContent counts it
 * (a line break or tab is one character; links and comment marks are read through).
 */
export function $textPoints(element: ElementNode, start: number, end: number): { start: TextPoint; end: TextPoint } | null {
  let seen = 0;
  const found: { start?: TextPoint; end?: TextPoint } = {};
  const visit = (node: LexicalNode): boolean => {
    if ($isElementNode(node)) return node.getChildren().some(visit);
    const length = $isTextNode(node) ? node.getTextContentSize() : node.getTextContent().length;
    if ($isTextNode(node)) {
      if (!found.start && start >= seen && start < seen + length) found.start = { node, offset: start - seen };
      if (found.start && end >= seen && end <= seen + length) found.end = { node, offset: end - seen };
    }
    seen += length;
    return found.end !== undefined;
  };
  element.getChildren().some(visit);
  return found.start && found.end ? { start: found.start, end: found.end } : null;
}

/** The DOM range of two text points, for a highlight; null while they are not drawn. */
export function domRange(editor: LexicalEditor, points: { start: TextPoint; end: TextPoint }): Range | null {
  const start = domText(editor, points.start.node);
  const end = domText(editor, points.end.node);
  if (!start || !end) return null;
  const range = document.createRange();
  try {
    range.setStart(start, Math.min(points.start.offset, start.length));
    range.setEnd(end, Math.min(points.end.offset, end.length));
  } catch {
    return null;
  }
  return range;
}

function domText(editor: LexicalEditor, node: TextNode): Text | null {
  const element = editor.getElementByKey(node.getKey());
  if (!element) return null;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}
