import { beforeEach, describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $createParagraphNode, $createTextNode, $getRoot, HISTORY_PUSH_TAG, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { createArticle } from '../../../core/article/new-article';
import { useArticleStore } from '../store/article-store';
import { attachDecisionUndo, redoDecision, undoDecision, useDecisionHistory } from './decision-undo';
import { useReviewUi } from './review-ui-store';
import { decidePendingSuggestions } from './suggestion-decisions';
import { $readBodySuggestions } from './body-suggestions-live';
import { AMINA, blocksOf, editorWith } from './suggestion-test-editor';
import { paragraph, suggestion } from '../../../core/testing/body-builders';
import { setKnownUser } from '../settings/current-user';

const store = () => useArticleStore.getState();
const bodyText = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getTextContent());

/** A headless body with its own history, as the app's editor has, holding `text`. */
function bodyEditor(text: string): LexicalEditor {
  const editor = createHeadlessEditor({ onError: (error) => { throw error; } });
  editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode(text))), { discrete: true });
  registerHistory(editor, createEmptyHistoryState(), 0);
  return editor;
}

function typeInBody(editor: LexicalEditor, text: string): void {
  editor.update(() => $getRoot().selectEnd().insertText(text), { discrete: true, tag: HISTORY_PUSH_TAG });
}

let editor: LexicalEditor;
let detach: () => void;

beforeEach(() => {
  detach?.();
  setKnownUser({ name: 'Wanjiru Kamau', initials: 'WK' });
  useReviewUi.getState().setMode('editing');
  store().load({ ...createArticle({ id: '6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6', now: new Date('2026-11-25T08:00:00Z') }), headline: 'Ferry resumes', slug: 'ferry-resumes', standfirst: 'Old standfirst.' });
  editor = bodyEditor('The ferry left.');
  detach = attachDecisionUndo(editor);
  useReviewUi.getState().setMode('suggesting');
  store().setHeadline('Ferry back after storm');
  store().setText('standfirst', 'New standfirst.');
  useReviewUi.getState().setMode('editing');
});

describe('undoing a decision', () => {
  it('puts the fields, the suggestions and the log back as one step, and redo decides again', async () => {
    const before = store().metadata;
    await decidePendingSuggestions('accept', { all: true });
    expect(store().metadata).toMatchObject({ headline: 'Ferry back after storm', standfirst: 'New standfirst.', slug: 'ferry-back-after-storm' });
    expect(useDecisionHistory.getState().note).toEqual({ text: 'Accepted all 2 suggestions', canUndo: true });

    expect(undoDecision()).toBe(true);
    expect(store().metadata).toBe(before);
    expect(store().metadata.review.fieldSuggestions).toHaveLength(2);
    expect(store().metadata.review.log).toEqual([]);
    expect(useDecisionHistory.getState().note).toEqual({ text: 'Undone: Accepted all 2 suggestions', canUndo: false });

    expect(redoDecision()).toBe(true);
    expect(store().metadata).toMatchObject({ headline: 'Ferry back after storm', standfirst: 'New standfirst.' });
    expect(store().metadata.review.log.map((entry) => entry.summary)).toEqual(['Accepted all 2 suggestions']);
  });

  it('undoes decisions one at a time, newest first', async () => {
    const [headline, standfirst] = store().metadata.review.fieldSuggestions;
    await decidePendingSuggestions('accept', { id: headline!.id });
    await decidePendingSuggestions('reject', { id: standfirst!.id });
    undoDecision();
    expect(store().metadata).toMatchObject({ headline: 'Ferry back after storm', standfirst: 'Old standfirst.' });
    expect(store().metadata.review.fieldSuggestions.map((suggestion) => suggestion.field)).toEqual(['standfirst']);
    undoDecision();
    expect(store().metadata.headline).toBe('Ferry resumes');
    expect(store().metadata.review.fieldSuggestions).toHaveLength(2);
    expect(undoDecision()).toBe(false);
  });

  it('comes first in the body editor’s Undo while the decision is the last thing done, then the body’s own history goes on', async () => {
    // (Lexical's history keeps no step for an editor's first change.)
    typeInBody(editor, ' It was full.');
    typeInBody(editor, ' Crowded.');
    await decidePendingSuggestions('reject', { all: true });
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(store().metadata.review.fieldSuggestions).toHaveLength(2);
    expect(bodyText(editor)).toBe('The ferry left. It was full. Crowded.');
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    // A headless editor commits a history move a moment later.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(bodyText(editor)).toBe('The ferry left. It was full.');
    expect(store().metadata.review.fieldSuggestions).toHaveLength(2);
  });

  it('ends once the fields or the body are edited after it', async () => {
    await decidePendingSuggestions('accept', { all: true });
    store().setText('dateline', 'KISUMU');
    expect(undoDecision()).toBe(false);
    expect(store().metadata.headline).toBe('Ferry back after storm');

    store().setHeadline('Ferry back');
    useReviewUi.getState().setMode('suggesting');
    store().setHeadline('Ferry back at last');
    useReviewUi.getState().setMode('editing');
    await decidePendingSuggestions('accept', { all: true });
    typeInBody(editor, ' Again.');
    expect(useDecisionHistory.getState().note).toBeNull();
    expect(undoDecision()).toBe(false);
    expect(store().metadata.headline).toBe('Ferry back at last');
  });
});

describe('a decision on the body and the fields together', () => {
  const INSERTION = '7b3c5d6e-9f8a-4b2c-8d1e-2f3a4b5c6d7e';

  it('is one step: the body’s suggestion and the field’s decided with one log entry, and one undo takes both back', async () => {
    detach();
    editor = editorWith(paragraph('The ferry left', suggestion('insert', INSERTION, ' at dawn', AMINA), '.'));
    detach = attachDecisionUndo(editor);
    // Amina made the headline suggestion; the standfirst one is the user's.
    store().editReview((review) => ({ ...review, fieldSuggestions: [{ ...review.fieldSuggestions[0]!, by: AMINA }, review.fieldSuggestions[1]!] }));
    const before = store().metadata;

    await decidePendingSuggestions('accept', { by: AMINA });
    expect(bodyText(editor)).toBe('The ferry left at dawn.');
    expect(JSON.stringify(blocksOf(editor))).not.toContain('"suggestion"');
    expect(store().metadata.headline).toBe('Ferry back after storm');
    expect(store().metadata.standfirst).toBe('Old standfirst.');
    expect(store().metadata.review.log.map((entry) => entry.summary)).toEqual(['Accepted 2 suggestions by Amina Odhiambo']);

    expect(undoDecision()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store().metadata).toBe(before);
    expect(JSON.stringify(blocksOf(editor))).toContain(INSERTION);
    expect(bodyText(editor)).toBe('The ferry left at dawn.');
    expect(editor.getEditorState().read($readBodySuggestions).map((entry) => entry.id)).toEqual([INSERTION]);

    expect(redoDecision()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(editor.getEditorState().read($readBodySuggestions)).toEqual([]);
    expect(store().metadata.headline).toBe('Ferry back after storm');
  });
});
