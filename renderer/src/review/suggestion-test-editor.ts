import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { LinkNode } from '@lexical/link';
import { MarkNode } from '@lexical/mark';
import { $createRangeSelection, $getRoot, $isTextNode, $setSelection, type LexicalEditor, type RangeSelection, type TextNode } from 'lexical';
import type { SerializedBodyNode } from '../../../core/article/article-schema';
import { body } from '../../../core/testing/body-builders';
import type { SuggestionAuthor } from './suggesting-edits';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { ParagraphMarkNode } from './ParagraphMarkNode';
import { SuggestionNode } from './SuggestionNode';

/** Test support for the suggestion modules: a headless body, carets by text, and a model stand-in for the browser's deletion ranges. */

export const AMINA = { name: 'Amina Odhiambo', initials: 'AO' };
export const JONAS = { name: 'Jonas Berg', initials: 'JB' };
export const AT = '2026-11-25T10:00:00.000Z';

/** An author whose suggestions get the ids 00000000-0000-4000-8000-000000000001, …02 and so on. */
export function authorFor(by = AMINA): SuggestionAuthor & { ids: string[] } {
  const ids: string[] = [];
  return {
    by,
    at: AT,
    ids,
    newId: () => {
      const id = `00000000-0000-4000-8000-${String(ids.length + 1).padStart(12, '0')}`;
      ids.push(id);
      return id;
    },
  };
}

/** A headless editor holding the blocks, with history starting after they are loaded. */
export function editorWith(...blocks: SerializedBodyNode[]): LexicalEditor {
  const editor = createHeadlessEditor({ nodes: [SuggestionNode, ParagraphMarkNode, MarkNode, LinkNode, HeadingNode, QuoteNode, ListNode, ListItemNode], onError: (error) => { throw error; } });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(body(blocks))));
  registerHistory(editor, createEmptyHistoryState(), 0);
  // History's first update is where Undo stops, as the app's first caret placement is.
  editor.update(() => $getRoot().selectStart(), { discrete: true });
  return editor;
}

/** The body's blocks as Lexical serializes them. */
export function blocksOf(editor: LexicalEditor): SerializedBodyNode[] {
  return (editor.getEditorState().toJSON().root.children as SerializedBodyNode[]);
}

function $textNodes(): TextNode[] {
  return $getRoot().getAllTextNodes().filter($isTextNode);
}

/**
 * Puts the caret in the body's text: `at` is an offset in the whole body's text (blocks joined
 * with no separator); with `to`, selects from `at` to `to`.
 */
export function $selectText(at: number, to = at): RangeSelection {
  const selection = $createRangeSelection();
  const point = (offset: number, which: 'anchor' | 'focus') => {
    let left = offset;
    for (const node of $textNodes()) {
      const size = node.getTextContentSize();
      if (left <= size) {
        selection[which].set(node.getKey(), left, 'text');
        return;
      }
      left -= size;
    }
    throw new Error(`offset ${offset} is past the body's text`);
  };
  point(at, 'anchor');
  point(to, 'focus');
  // As Lexical does for a caret the reporter puts in text: new text takes that text's format.
  const anchor = selection.anchor.getNode();
  if ($isTextNode(anchor)) selection.format = anchor.getFormat();
  $setSelection(selection);
  return selection;
}

/** The caret's offset in the whole body's text, as $selectText counts. */
export function $caretOffset(selection: RangeSelection): number {
  const point = selection.focus;
  let offset = 0;
  for (const node of $textNodes()) {
    if (node.getKey() === point.key) return offset + point.offset;
    offset += node.getTextContentSize();
  }
  throw new Error('the caret is not in text');
}

/**
 * Widens a collapsed probe by `count` characters within the body's text, as the browser measures
 * Backspace and Delete in the app (a paragraph break counts as no character here).
 */
export function extendBy(count: number, isBackward: boolean): (probe: RangeSelection) => void {
  return (probe) => {
    const from = $caretOffset(probe);
    const total = $textNodes().reduce((sum, node) => sum + node.getTextContentSize(), 0);
    const to = Math.max(0, Math.min(total, isBackward ? from - count : from + count));
    const widened = $selectText(from, to);
    probe.anchor.set(widened.anchor.key, widened.anchor.offset, 'text');
    probe.focus.set(widened.focus.key, widened.focus.offset, 'text');
  };
}
