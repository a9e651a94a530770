import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { createArticle } from '../../../core/article/new-article';
import { paragraph, suggestion } from '../../../core/testing/body-builders';
import { setKnownUser } from '../settings/current-user';
import { useArticleStore } from '../store/article-store';
import { $readBodySuggestions, $suggestionIdAtCaret } from './body-suggestions-live';
import { attachDecisionUndo } from './decision-undo';
import { decidePendingSuggestions } from './suggestion-decisions';
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

describe('body suggestions in the live editor', () => {
  it('lists them in document order, one entry per id, a replacement with both texts', () => {
    expect(list(reviewed())).toEqual([
      { id: REPLACE, change: 'replace', inserted: 'dog', deleted: 'cat', by: 'AO' },
      { id: INSERT, change: 'insert', inserted: ' downA new paragraph.', deleted: '', by: 'JB' },
      { id: REMOVE, change: 'delete', inserted: '', deleted: 'not ', by: 'JB' },
    ]);
  });

  it('gives each the words around it in its paragraph, other suggestions as if rejected', () => {
    const contexts = reviewed().getEditorState().read($readBodySuggestions).map((entry) => entry.context);
    expect(contexts).toEqual([
      { before: 'The ', after: ' sat.' },
      { before: 'The cat sat', after: '' },
      { before: 'Kept ', after: 'here.' },
    ]);
    const long = editorWith(paragraph('On a wet Tuesday evening the county council voted ', suggestion('insert', INSERT, 'quietly', AMINA, AT), ' to approve the new budget for the ferry service.'));
    expect(long.getEditorState().read($readBodySuggestions)[0]?.context).toEqual({ before: '…the county council voted ', after: ' to approve the new budget for…' });
  });

  it('says which suggestion the caret is in', () => {
    const editor = reviewed();
    editor.update(() => void $selectText(8), { discrete: true });
    expect(editor.getEditorState().read($suggestionIdAtCaret)).toBe(REPLACE);
    editor.update(() => void $selectText(1), { discrete: true });
    expect(editor.getEditorState().read($suggestionIdAtCaret)).toBeNull();
  });
});

async function command(editor: LexicalEditor, which: typeof UNDO_COMMAND | typeof REDO_COMMAND): Promise<void> {
  editor.dispatchCommand(which, undefined);
  // A headless editor commits a history move a moment later.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('deciding body suggestions (through decidePendingSuggestions, the one decision path)', () => {
  let editor: LexicalEditor;
  let detach: () => void;
  beforeEach(() => {
    setKnownUser({ name: 'Wanjiru Kamau', initials: 'WK' });
    useArticleStore.getState().load(createArticle({ id: '6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6', now: new Date('2026-11-25T08:00:00Z') }));
    editor = reviewed();
    detach = attachDecisionUndo(editor);
  });
  afterEach(() => detach());

  it('accepts a replacement as one undoable step, and Redo accepts it again', async () => {
    const before = blocksOf(editor);
    await decidePendingSuggestions('accept', { id: REPLACE });
    expect(blocksOf(editor)[0]).toEqual(paragraph('The dog sat', suggestion('insert', INSERT, ' down', JONAS, AT), '.'));
    await command(editor, UNDO_COMMAND);
    expect(blocksOf(editor)).toEqual(before);
    await command(editor, REDO_COMMAND);
    expect(blocksOf(editor)[0]).toEqual(paragraph('The dog sat', suggestion('insert', INSERT, ' down', JONAS, AT), '.'));
  });

  it('rejects an insertion everywhere it is, dropping the paragraph that was only that, and Undo brings it back', async () => {
    const before = blocksOf(editor);
    await decidePendingSuggestions('reject', { id: INSERT });
    expect(blocksOf(editor).slice(1)).toEqual([paragraph('Kept ', suggestion('delete', REMOVE, 'not ', JONAS, AT), 'here.')]);
    expect(blocksOf(editor)[0]).toEqual(paragraph('The ', suggestion('delete', REPLACE, 'cat', AMINA, AT), suggestion('insert', REPLACE, 'dog', AMINA, AT), ' sat.'));
    await command(editor, UNDO_COMMAND);
    expect(blocksOf(editor)).toEqual(before);
  });

  it('accepts or rejects all by one person, leaving the others', async () => {
    await decidePendingSuggestions('accept', { by: JONAS });
    expect(blocksOf(editor)).toEqual([
      paragraph('The ', suggestion('delete', REPLACE, 'cat', AMINA, AT), suggestion('insert', REPLACE, 'dog', AMINA, AT), ' sat down.'),
      paragraph('A new paragraph.'),
      paragraph('Kept here.'),
    ]);
    expect(useArticleStore.getState().metadata.review.log.at(-1)?.summary).toBe('Accepted 2 suggestions by Jonas Berg');
    await decidePendingSuggestions('reject', { all: true });
    expect(blocksOf(editor)[0]).toEqual(paragraph('The cat sat down.'));
  });
});
