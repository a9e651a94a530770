import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { MarkNode } from '@lexical/mark';
import { $createParagraphNode, $createRangeSelection, $createTextNode, $getRoot, $getSelection, $isRangeSelection, $setSelection, HISTORY_PUSH_TAG, UNDO_COMMAND, type ElementNode, type LexicalEditor, type TextNode } from 'lexical';
import { $readBodyMarks, $threadIdsAtCaret, markSelection, removeThreadMarks } from './body-marks';

const THREAD = '9b7e2c1a-4d3f-4e5a-8b6c-7d8e9f0a1b2c';

/** A headless body with one paragraph and the words from..to selected; history starts after it is loaded. */
function bodyWithSelection(text: string, from: number, to: number): LexicalEditor {
  const editor = createHeadlessEditor({ nodes: [MarkNode], onError: (error) => { throw error; } });
  // The loaded body, before history starts, as the app's editor gets it.
  editor.update(
    () => {
      const node = $createTextNode(text);
      $getRoot().append($createParagraphNode().append(node));
      const selection = $createRangeSelection();
      selection.anchor.set(node.getKey(), from, 'text');
      selection.focus.set(node.getKey(), to, 'text');
      $setSelection(selection);
    },
    { discrete: true },
  );
  registerHistory(editor, createEmptyHistoryState(), 0);
  return editor;
}

const keptSelection = (editor: LexicalEditor) =>
  editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) throw new Error('no selection');
    return selection.clone();
  });

const marks = (editor: LexicalEditor) => editor.getEditorState().read($readBodyMarks);

describe('body marks', () => {
  it('marks the kept selection with the thread id and reads it back in order', () => {
    const editor = bodyWithSelection('used to draw forty families by dawn', 13, 27);
    expect(markSelection(editor, keptSelection(editor), THREAD)).toBe(true);
    expect(marks(editor).threadIds).toEqual([THREAD]);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('used to draw forty families by dawn');
    expect(editor.getEditorState().read($threadIdsAtCaret)).toEqual([THREAD]);
  });

  it('loses the mark when its words are deleted, and Undo brings it back', async () => {
    const editor = bodyWithSelection('used to draw forty families by dawn', 13, 27);
    markSelection(editor, keptSelection(editor), THREAD);
    editor.update(
      () => {
        const paragraph = $getRoot().getFirstChildOrThrow<ElementNode>();
        paragraph.selectStart();
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) throw new Error('no selection');
        const last = paragraph.getLastDescendant() as TextNode;
        selection.focus.set(last.getKey(), last.getTextContentSize(), 'text');
        selection.removeText();
      },
      // Its own undo step, as a keystroke a moment later is (both run within the same millisecond here).
      { discrete: true, tag: HISTORY_PUSH_TAG },
    );
    expect(marks(editor).threadIds).toEqual([]);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    // Commands run inside an update, which commits after the current task.
    await Promise.resolve();
    expect(marks(editor).threadIds).toEqual([THREAD]);
  });

  it('unmarks a deleted thread’s words without changing them', () => {
    const editor = bodyWithSelection('forty families', 0, 5);
    markSelection(editor, keptSelection(editor), THREAD);
    removeThreadMarks(editor, THREAD);
    // removeThreadMarks queues its update; a discrete one commits both.
    editor.update(() => undefined, { discrete: true });
    expect(marks(editor).marks).toEqual([]);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('forty families');
  });
});
