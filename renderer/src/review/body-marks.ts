import { $createRangeSelection, $getNodeByKey, $getRoot, $getSelection, $isElementNode, $isRangeSelection, $isTextNode, $setSelection, SKIP_DOM_SELECTION_TAG, type LexicalEditor, type LexicalNode, type NodeKey, type RangeSelection } from 'lexical';
import { $dfsIterator } from '@lexical/utils';
import { $getMarkIDs, $isMarkNode, $unwrapMarkNode, $wrapSelectionInMarkNode, type MarkNode } from '@lexical/mark';

/**
 * The body's side of comments: threads are anchored by @lexical/mark MarkNodes whose `ids` hold the
 * thread ids. These read or change the body; the threads themselves live in the article store.
 */

export interface BodyMarks {
  /** Thread ids in the order their marks start, top to bottom, each once. */
  threadIds: string[];
  /** Each mark node's key with the thread ids on it. */
  marks: Array<{ key: NodeKey; ids: string[] }>;
}

/** Walks the body once; called when marks change, never on a keystroke that leaves them alone. */
export function $readBodyMarks(): BodyMarks {
  const seen = new Set<string>();
  const threadIds: string[] = [];
  const marks: BodyMarks['marks'] = [];
  for (const { node } of $dfsIterator($getRoot())) {
    if (!$isMarkNode(node)) continue;
    const ids = node.getIDs();
    marks.push({ key: node.getKey(), ids });
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      threadIds.push(id);
    }
  }
  return { threadIds, marks };
}

/** The body selection to comment on, kept as it is now, with its text; null when nothing is selected. */
export function readBodySelection(editor: LexicalEditor): { selection: RangeSelection; quote: string } | null {
  // editor.read commits a pending update first: the caret a key handler just took from the page.
  return editor.read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
    const quote = selection.getTextContent();
    return quote.trim() ? { selection: selection.clone(), quote } : null;
  });
}

/**
 * Wraps the kept selection in marks for the thread (one undoable step). False when the text it
 * pointed at is no longer there, so the caller can say so instead of anchoring nothing.
 */
export function markSelection(editor: LexicalEditor, kept: RangeSelection, threadId: string): boolean {
  let marked = false;
  editor.update(
    () => {
      const selection = kept.clone();
      if (!$getNodeByKey(selection.anchor.key) || !$getNodeByKey(selection.focus.key)) return;
      $setSelection(selection);
      $wrapSelectionInMarkNode(selection, selection.isBackward(), threadId);
      marked = true;
    },
    { discrete: true },
  );
  return marked && $threadHasMark(editor, threadId);
}

function $threadHasMark(editor: LexicalEditor, threadId: string): boolean {
  return editor.getEditorState().read(() => $readBodyMarks().threadIds.includes(threadId));
}

function $markIdsAt(point: RangeSelection['focus']): string[] {
  const node = point.getNode();
  if ($isTextNode(node)) return $getMarkIDs(node, point.offset) ?? [];
  for (let at: LexicalNode | null = node; at; at = at.getParent()) if ($isMarkNode(at)) return at.getIDs();
  return [];
}

/**
 * The ids of the mark the caret is in (the innermost mark's), or an empty list. For a selection,
 * the focus end's, else the anchor end's: a selection of exactly a mark's words may end just past it.
 */
export function $threadIdsAtCaret(): string[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const atFocus = $markIdsAt(selection.focus);
  return atFocus.length || selection.isCollapsed() ? atFocus : $markIdsAt(selection.anchor);
}

function $marksOf(threadId: string): MarkNode[] {
  const found: MarkNode[] = [];
  for (const { node } of $dfsIterator($getRoot())) if ($isMarkNode(node) && node.hasID(threadId)) found.push(node);
  return found;
}

/**
 * Selects the text of the inline nodes `$find` gives (first to last; an element's text, or the
 * node itself) and scrolls it into view, without taking focus from the panel: the DOM selection
 * follows when the body is focused again. False when there are none.
 */
export function selectElementsText(editor: LexicalEditor, $find: () => LexicalNode[]): boolean {
  let firstKey: NodeKey | null = null;
  editor.update(
    () => {
      const found = $find();
      const first = found[0];
      const last = found[found.length - 1];
      if (!first || !last) return;
      const selection = $createRangeSelection();
      if ($isElementNode(first)) selection.anchor.set(first.getKey(), 0, 'element');
      else selection.anchor.set(first.getParentOrThrow().getKey(), first.getIndexWithinParent(), 'element');
      if ($isElementNode(last)) selection.focus.set(last.getKey(), last.getChildrenSize(), 'element');
      else selection.focus.set(last.getParentOrThrow().getKey(), last.getIndexWithinParent() + 1, 'element');
      $setSelection(selection);
      firstKey = first.getKey();
    },
    { discrete: true, tag: SKIP_DOM_SELECTION_TAG },
  );
  if (firstKey === null) return false;
  editor.getElementByKey(firstKey)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}

/** Selects the thread's text in the body and scrolls it into view; false when it has no mark. */
export function selectThreadText(editor: LexicalEditor, threadId: string): boolean {
  return selectElementsText(editor, () => $marksOf(threadId));
}

/** Takes the thread's id off every mark, unwrapping marks left with none (a deleted thread leaves no trace). */
export function removeThreadMarks(editor: LexicalEditor, threadId: string): void {
  editor.update(() => {
    for (const mark of $marksOf(threadId)) {
      if (mark.getIDs().length > 1) mark.deleteID(threadId);
      else $unwrapMarkNode(mark);
    }
  });
}

function domPoint(editor: LexicalEditor, point: RangeSelection['anchor']): [Node, number] | null {
  const element = editor.getElementByKey(point.key);
  if (!element) return null;
  if (point.type === 'element') return [element, Math.min(point.offset, element.childNodes.length)];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const text = walker.nextNode();
  return text ? [text, Math.min(point.offset, text.textContent?.length ?? 0)] : null;
}

/**
 * Highlights the kept selection while its comment is written (focus has left the body, so the
 * browser no longer shows it). A CSS custom highlight: nothing in the body's DOM or state changes.
 * Returns the function that takes the highlight away.
 */
export function showPendingSelection(editor: LexicalEditor, kept: RangeSelection): () => void {
  if (typeof Highlight === 'undefined' || !('highlights' in CSS)) return () => undefined;
  const [start, end] = kept.isBackward() ? [kept.focus, kept.anchor] : [kept.anchor, kept.focus];
  const from = domPoint(editor, start);
  const to = domPoint(editor, end);
  if (!from || !to) return () => undefined;
  const range = document.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  CSS.highlights.set(PENDING_HIGHLIGHT, new Highlight(range));
  return () => CSS.highlights.delete(PENDING_HIGHLIGHT);
}

/** The name comments.css styles with ::highlight(). */
const PENDING_HIGHLIGHT = 'comment-pending';
