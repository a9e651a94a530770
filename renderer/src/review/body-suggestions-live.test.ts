import { describe, expect, it } from 'vitest';
import { REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { paragraph, suggestion } from '../../../core/testing/body-builders';
import { $readBodySuggestions, $suggestionIdAtCaret, decideAllBodySuggestions, decideBodySuggestion } from './body-suggestions-live';
import { $selectText, AMINA, AT, blocksOf, editorWith, JONAS } from './suggestion-test-editor';

const REPLACE = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const INSERT = '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const REMOVE = '2d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

function reviewed(): LexicalEditor {
  return editorWith(
    paragraph('The ', suggestion('delete', REPLACE, 'cat', AMINA, AT), suggestion('insert', REPLACE, 'dog', AMINA, AT), ' sat', suggestion('insert', INSERT, ' down', JONAS, AT), '.'),
    paragraph(suggestion('insert', INSERT, 'A new paragraph.', JONAS, AT)),
    paragraph('Kept ', suggestion('delete', REMOVE, 'not ', JONAS, AT), 'here.'),
  );
}

const list = (editor: LexicalEditor) => editor.getEditorState().read($readBodySuggestions).map(({ id, change, inserted, deleted, by }) => ({ id, change, inserted, deleted, by: by.initials }));

async function command(editor: LexicalEditor, which: typeof UNDO_COMMAND | typeof REDO_COMMAND): Promise<void> {
  editor.dispatchCommand(which, undefined);
  // Commands run inside an update, which commits after the current task.
  await Promise.resolve();
}

describe('body suggestions in the live editor', () => {
  it('lists them in document order, one entry per id, a replacement with both texts', () => {
    expect(list(reviewed())).toEqual([
      { id: REPLACE, change: 'replace', inserted: 'dog', deleted: 'cat', by: 'AO' },
      { id: INSERT, change: 'insert', inserted: ' downA new paragraph.', deleted: '', by: 'JB' },
      { id: REMOVE, change: 'delete', inserted: '', deleted: 'not ', by: 'JB' },
    ]);
  });

  it('accepts a replacement as one undoable step, and Redo accepts it again', async () => {
    const editor = reviewed();
    const before = blocksOf(editor);
    expect(decideBodySuggestion(editor, REPLACE, 'accept')).toBe(true);
    expect(blocksOf(editor)[0]).toEqual(paragraph('The dog sat', suggestion('insert', INSERT, ' down', JONAS, AT), '.'));
    await command(editor, UNDO_COMMAND);
    expect(blocksOf(editor)).toEqual(before);
    await command(editor, REDO_COMMAND);
    expect(blocksOf(editor)[0]).toEqual(paragraph('The dog sat', suggestion('insert', INSERT, ' down', JONAS, AT), '.'));
  });

  it('rejects an insertion everywhere it is, dropping the paragraph that was only that, and Undo brings it back', async () => {
    const editor = reviewed();
    const before = blocksOf(editor);
    expect(decideBodySuggestion(editor, INSERT, 'reject')).toBe(true);
    expect(blocksOf(editor).slice(1)).toEqual([paragraph('Kept ', suggestion('delete', REMOVE, 'not ', JONAS, AT), 'here.')]);
    expect(blocksOf(editor)[0]).toEqual(paragraph('The ', suggestion('delete', REPLACE, 'cat', AMINA, AT), suggestion('insert', REPLACE, 'dog', AMINA, AT), ' sat.'));
    await command(editor, UNDO_COMMAND);
    expect(blocksOf(editor)).toEqual(before);
  });

  it('accepts or rejects all by one person, leaving the others', () => {
    const editor = reviewed();
    expect(decideAllBodySuggestions(editor, 'accept', JONAS)).toBe(2);
    expect(blocksOf(editor)).toEqual([
      paragraph('The ', suggestion('delete', REPLACE, 'cat', AMINA, AT), suggestion('insert', REPLACE, 'dog', AMINA, AT), ' sat down.'),
      paragraph('A new paragraph.'),
      paragraph('Kept here.'),
    ]);
    expect(decideAllBodySuggestions(editor, 'reject')).toBe(1);
    expect(blocksOf(editor)[0]).toEqual(paragraph('The cat sat down.'));
  });

  it('says which suggestion the caret is in', () => {
    const editor = reviewed();
    editor.update(() => void $selectText(8), { discrete: true });
    expect(editor.getEditorState().read($suggestionIdAtCaret)).toBe(REPLACE);
    editor.update(() => void $selectText(1), { discrete: true });
    expect(editor.getEditorState().read($suggestionIdAtCaret)).toBeNull();
  });
});
