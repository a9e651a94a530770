import { $isListItemNode, $isListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $getSelection, $isElementNode, $isParagraphNode, $isRangeSelection, $isTextNode, type ElementNode, type LexicalNode, type PointType, type RangeSelection } from 'lexical';
import type { SuggestionDecision } from '../../../core/review/body-suggestions';
import { $createParagraphMarkNode, $isParagraphMarkNode, type ParagraphMarkNode } from './ParagraphMarkNode';
import { samePerson } from '../../../core/review/field-suggestions';
import { $caretOutsideSuggestions, $suggestRemoval, $suggestText, type SuggestionAuthor } from './suggesting-edits';

/**
 * Paragraph breaks made and removed in Suggesting mode, as paragraph marks (ParagraphMarkNode)
 * last in the block before the break: Enter suggests a new paragraph, Backspace at a block's start
 * or Delete at its end suggests joining it with its neighbour. Nothing is joined or split for good
 * until the suggestion is accepted, except the author's own new paragraph, which Backspace removes.
 */

/** Why a paragraph edit was not suggested, in words for the status line; null when it was. */
export type ParagraphRefusal = string | null;

export const CANNOT_LEAVE_LIST = 'Leaving a list can’t be suggested — switch to Editing to do it.';
export const CANNOT_JOIN = 'Joining these blocks can’t be suggested — switch to Editing to do it.';

/** The block the node is in (itself, if it is one). */
export function $blockOf(node: LexicalNode): ElementNode | null {
  let at: LexicalNode | null = node;
  while (at && (!$isElementNode(at) || at.isInline())) at = at.getParent();
  return at;
}

/** A block holding a line of text, one a break can join (core's JOINABLE_BLOCK_TYPES). */
function isTextBlock(node: LexicalNode | null): node is ElementNode {
  if ($isListItemNode(node)) return !node.getChildren().some($isListNode);
  return $isParagraphNode(node) || $isHeadingNode(node) || $isQuoteNode(node);
}

/** The paragraph mark a block ends with, or null. */
export function $paragraphMarkOf(block: ElementNode): ParagraphMarkNode | null {
  const last = block.getLastChild();
  return $isParagraphMarkNode(last) ? last : null;
}

function $addMark(block: ElementNode, change: 'insert' | 'delete', id: string, author: SuggestionAuthor): void {
  block.append($createParagraphMarkNode({ change, id, by: author.by, at: author.at }));
}

/**
 * Enter: the selection (if any) suggested for deletion, then the block split at the caret, with a
 * new-paragraph mark on the block before the break. Refused in an empty list item, where Enter
 * would leave the list instead.
 */
export function $suggestParagraphBreak(author: SuggestionAuthor): ParagraphRefusal {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  if (!selection.isCollapsed()) $suggestRemoval(selection, author, 'end');
  const caret = $getSelection();
  if (!$isRangeSelection(caret)) return null;
  const block = $blockOf(caret.anchor.getNode());
  if (!block) return null;
  if ($isListItemNode(block) && block.getChildren().every($isParagraphMarkNode)) return CANNOT_LEAVE_LIST;
  $caretOffStart(caret);
  caret.insertParagraph();
  const after = $getSelection();
  const now = $isRangeSelection(after) ? $blockOf(after.anchor.getNode()) : null;
  // Split at its start, the new empty block is before the caret's; otherwise the caret's block is the new one.
  const broken = now?.is(block) ? block.getPreviousSibling() : now?.getPreviousSibling();
  if (!$isElementNode(broken)) return null;
  // A mark the block had goes with the block's end, so it is last in the new block; this break gets its own.
  const moved = now && !now.is(block) ? $paragraphMarkOf(broken) : null;
  if (moved && now) now.append(moved);
  $addMark(broken, 'insert', author.newId(), author);
  return null;
}

/**
 * Pastes plain text as one suggestion: the lines inserted, each after the first in a paragraph of
 * its own, the breaks between them suggested new paragraphs, all with one id (decided together).
 */
export function $suggestPastedText(text: string, author: SuggestionAuthor): void {
  const id = author.newId();
  const pasting = { ...author, newId: () => id };
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (index > 0) {
      $caretOutsideSuggestions(selection);
      $suggestParagraphBreak(pasting);
    }
    $suggestText(line, pasting);
  });
}

/**
 * A caret at the start of a text node that is not its parent's first is put at the end of what
 * comes before: a heading split at offset 0 of its text would otherwise become a paragraph.
 */
function $caretOffStart(caret: RangeSelection): void {
  const node = caret.anchor.getNode();
  const before = node.getPreviousSibling();
  if (caret.anchor.type !== 'text' || caret.anchor.offset > 0 || !before) return;
  if ($isTextNode(before)) before.select();
  else caret.anchor.set(node.getParentOrThrow().getKey(), node.getIndexWithinParent(), 'element');
  if (!$isTextNode(before)) caret.focus.set(caret.anchor.key, caret.anchor.offset, 'element');
}

/** Whether nothing but paragraph marks lies between the point and its block's start (or end). */
export function $atBlockEdge(point: PointType, block: ElementNode, isBackward: boolean): boolean {
  const node = point.getNode();
  const size = $isTextNode(node) ? node.getTextContentSize() : $isElementNode(node) ? node.getChildrenSize() : 0;
  if (isBackward ? point.offset > 0 : point.offset < size) {
    if (!$isElementNode(node) || isBackward) return false;
    // Before its own trailing mark, an element point is at the end.
    if (!node.getChildren().slice(point.offset).every($isParagraphMarkNode)) return false;
  }
  for (let at: LexicalNode = node; !at.is(block); at = at.getParentOrThrow()) {
    const beside = isBackward ? at.getPreviousSibling() : at.getNextSibling();
    if (beside && !(!isBackward && $isParagraphMarkNode(beside) && beside.getNextSibling() === null)) return false;
  }
  return true;
}

/** Puts the caret at the end of the block's text, before its paragraph mark. */
function $caretAtEnd(block: ElementNode): void {
  const mark = $paragraphMarkOf(block);
  const before = mark ? mark.getPreviousSibling() : block.getLastChild();
  if ($isTextNode(before)) before.select();
  else {
    const index = mark ? mark.getIndexWithinParent() : block.getChildrenSize();
    block.select(index, index);
  }
}

function $joinWithNext(block: ElementNode, next: ElementNode): void {
  $paragraphMarkOf(block)?.remove();
  const nextMark = $paragraphMarkOf(next);
  block.append(...next.getChildren().filter((child) => child !== nextMark));
  if (nextMark) block.append(nextMark);
  next.remove();
}

/**
 * Backspace at a block's start or Delete at its end, the caret collapsed: false when the caret is
 * not there (the key deletes text as usual). Otherwise the break between the block and its
 * neighbour is suggested for joining, or, if it is the author's own suggested new paragraph,
 * really joined; a break already suggested for joining is stepped over. A block that cannot be
 * joined (a picture, a table, a list's first item) is left as it is and the refusal says so.
 */
export function $suggestJoin(isBackward: boolean, author: SuggestionAuthor): { handled: boolean; refusal: ParagraphRefusal } {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return { handled: false, refusal: null };
  const block = $blockOf(selection.anchor.getNode());
  if (!block || !$atBlockEdge(selection.anchor, block, isBackward)) return { handled: false, refusal: null };
  const neighbour = isBackward ? block.getPreviousSibling() : block.getNextSibling();
  const [first, second] = isBackward ? [neighbour, block] : [block, neighbour];
  // At the very start or end of the body (or of a table cell, a list) there is nothing to join, as when editing.
  if (!neighbour && !$isListItemNode(block)) return { handled: true, refusal: null };
  if (!isTextBlock(first) || !isTextBlock(second)) return { handled: true, refusal: CANNOT_JOIN };
  const mark = $paragraphMarkOf(first);
  if (mark?.getChange() === 'insert' && samePerson(mark.getFields().by, author.by)) {
    const joinAt = mark.getPreviousSibling();
    $joinWithNext(first, second);
    if ($isTextNode(joinAt)) joinAt.select();
    else first.select(joinAt ? joinAt.getIndexWithinParent() + 1 : 0, joinAt ? joinAt.getIndexWithinParent() + 1 : 0);
    return { handled: true, refusal: null };
  }
  if (!mark) $addMark(first, 'delete', author.newId(), author);
  if (isBackward) $caretAtEnd(first);
  else second.selectStart();
  return { handled: true, refusal: null };
}

/** Accepts or rejects one paragraph mark: the break kept (the mark goes) or gone (the blocks joined, as core's bodyAsRejected does). */
export function $decideParagraphMark(mark: ParagraphMarkNode, decision: SuggestionDecision): void {
  const keepsBreak = (mark.getChange() === 'insert') === (decision === 'accept');
  const block = mark.getParent();
  const next = block?.getNextSibling() ?? null;
  if (!keepsBreak && isTextBlock(block) && isTextBlock(next)) $joinWithNext(block, next);
  else mark.remove();
}
