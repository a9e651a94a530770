import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerRichText } from '@lexical/rich-text';
import { registerList } from '@lexical/list';
import { $getRoot, CONTROLLED_TEXT_INSERTION_COMMAND, DELETE_CHARACTER_COMMAND, INSERT_PARAGRAPH_COMMAND, UNDO_COMMAND, type LexicalCommand, type LexicalEditor } from 'lexical';
import { createArticle } from '../../../core/article/new-article';
import { bodyAsAccepted, bodyAsRejected } from '../../../core/review/body-suggestions';
import { body, heading, list, paragraph, paragraphMark, suggestion } from '../../../core/testing/body-builders';
import { setKnownUser } from '../settings/current-user';
import { useArticleStore } from '../store/article-store';
import { $readBodySuggestions, $textAsRejected } from './body-suggestions-live';
import { attachDecisionUndo } from './decision-undo';
import { registerSuggesting } from './SuggestingPlugin';
import { CANNOT_JOIN, CANNOT_LEAVE_LIST, $suggestPastedText } from './suggesting-paragraphs';
import { decidePendingSuggestions } from './suggestion-decisions';
import { $selectText, AMINA, AT, authorFor, blocksOf, editorWith, JONAS } from './suggestion-test-editor';

const ID1 = '00000000-0000-4000-8000-000000000001';
const ID2 = '00000000-0000-4000-8000-000000000002';
const THEIRS = '11111111-1111-4111-8111-111111111111';
const WANJIRU = { name: 'Wanjiru Kamau', initials: 'WK' };

/** A headless body in Suggesting mode as the app has it: Lexical's rich-text keys with the suggesting plugin's hold before them. */
function suggestingEditor(...blocks: Parameters<typeof editorWith>): { editor: LexicalEditor; refusals: string[]; stop: () => void } {
  const editor = editorWith(...blocks);
  const refusals: string[] = [];
  const author = authorFor();
  const stops = [registerRichText(editor), registerList(editor), registerSuggesting(editor, { author: () => author, refuse: (message) => refusals.push(message) })];
  return { editor, refusals, stop: () => stops.forEach((stop) => stop()) };
}

/** A key's command, committed at once (a headless editor commits an update a moment later otherwise). */
function press<Payload>(editor: LexicalEditor, command: LexicalCommand<Payload>, payload: Payload): void {
  editor.update(() => void editor.dispatchCommand(command, payload), { discrete: true });
}

function caretAt(editor: LexicalEditor, at: number): void {
  editor.update(() => void $selectText(at), { discrete: true });
}

const rejectedText = (editor: LexicalEditor) => editor.getEditorState().read(() => $textAsRejected($getRoot()));
const asRejected = (editor: LexicalEditor) => bodyAsRejected(body(blocksOf(editor))).root.children;
const asAccepted = (editor: LexicalEditor) => bodyAsAccepted(body(blocksOf(editor))).root.children;

let stop = () => undefined as void;
afterEach(() => stop());

describe('Enter in Suggesting mode', () => {
  it('splits the paragraph with a suggested new paragraph by the author, which the rejected text does not have', () => {
    const suggesting = suggestingEditor(paragraph('The council met on Tuesday.'));
    stop = suggesting.stop;
    caretAt(suggesting.editor, 16);
    press(suggesting.editor, INSERT_PARAGRAPH_COMMAND, undefined);
    expect(blocksOf(suggesting.editor)).toEqual([paragraph('The council met ', paragraphMark('insert', ID1, AMINA, AT)), paragraph('on Tuesday.')]);
    expect(asRejected(suggesting.editor)).toEqual([paragraph('The council met on Tuesday.')]);
    expect(asAccepted(suggesting.editor)).toEqual([paragraph('The council met '), paragraph('on Tuesday.')]);
    expect(rejectedText(suggesting.editor)).toBe('The council met on Tuesday.');
    expect(suggesting.editor.getEditorState().read($readBodySuggestions)).toMatchObject([{ id: ID1, change: 'insert', by: AMINA, at: AT, inserted: '¶', deleted: '', context: { before: 'The council met ', after: '' } }]);
  });

  it('at a paragraph’s end makes an empty paragraph after it, and at its start one before it', () => {
    const suggesting = suggestingEditor(paragraph('One.'), paragraph('Two.'));
    stop = suggesting.stop;
    caretAt(suggesting.editor, 4);
    press(suggesting.editor, INSERT_PARAGRAPH_COMMAND, undefined);
    suggesting.editor.update(() => $getRoot().getLastChildOrThrow<import('lexical').ElementNode>().selectStart(), { discrete: true });
    press(suggesting.editor, INSERT_PARAGRAPH_COMMAND, undefined);
    expect(blocksOf(suggesting.editor)).toEqual([
      paragraph('One.', paragraphMark('insert', ID1, AMINA, AT)),
      paragraph(),
      paragraph(paragraphMark('insert', ID2, AMINA, AT)),
      paragraph('Two.'),
    ]);
    expect(asRejected(suggesting.editor)).toEqual([paragraph('One.'), paragraph('Two.')]);
  });

  it('suggests deleting the selection it replaces, and splits a heading in two that rejecting joins back', () => {
    const suggesting = suggestingEditor(heading('h2', 'Budget talks'));
    stop = suggesting.stop;
    suggesting.editor.update(() => void $selectText(6, 7), { discrete: true });
    press(suggesting.editor, INSERT_PARAGRAPH_COMMAND, undefined);
    expect(blocksOf(suggesting.editor)).toEqual([heading('h2', 'Budget', suggestion('delete', ID1, ' ', AMINA, AT), paragraphMark('insert', ID2, AMINA, AT)), heading('h2', 'talks')]);
    expect(asRejected(suggesting.editor)).toEqual([heading('h2', 'Budget talks')]);
    suggesting.editor.update(() => $getRoot().getFirstChildOrThrow<import('lexical').ElementNode>().selectStart(), { discrete: true });
    press(suggesting.editor, INSERT_PARAGRAPH_COMMAND, undefined);
    expect(blocksOf(suggesting.editor).map((block) => block.type)).toEqual(['paragraph', 'heading', 'heading']);
  });

  it('splits list items, and is refused in an empty list item (where it would leave the list)', () => {
    const suggesting = suggestingEditor(list('bullet', ['First', { content: [] }]));
    stop = suggesting.stop;
    caretAt(suggesting.editor, 3);
    press(suggesting.editor, INSERT_PARAGRAPH_COMMAND, undefined);
    expect(blocksOf(suggesting.editor)).toEqual([list('bullet', [{ content: ['Fir', paragraphMark('insert', ID1, AMINA, AT)] }, 'st', { content: [] }])]);
    suggesting.editor.update(() => $getRoot().getLastDescendant()?.selectEnd(), { discrete: true });
    suggesting.editor.update(() => $getRoot().getFirstChildOrThrow<import('lexical').ElementNode>().getLastChildOrThrow<import('lexical').ElementNode>().selectStart(), { discrete: true });
    press(suggesting.editor, INSERT_PARAGRAPH_COMMAND, undefined);
    expect(suggesting.refusals).toEqual([CANNOT_LEAVE_LIST]);
    expect(blocksOf(suggesting.editor)).toEqual([list('bullet', [{ content: ['Fir', paragraphMark('insert', ID1, AMINA, AT)] }, 'st', { content: [] }])]);
  });

  it('is one undoable step', () => {
    const suggesting = suggestingEditor(paragraph('Ab'));
    stop = suggesting.stop;
    caretAt(suggesting.editor, 1);
    press(suggesting.editor, INSERT_PARAGRAPH_COMMAND, undefined);
    press(suggesting.editor, UNDO_COMMAND, undefined);
    return new Promise((resolve) => setTimeout(resolve, 0)).then(() => expect(blocksOf(suggesting.editor)).toEqual([paragraph('Ab')]));
  });
});

describe('typing beside a paragraph mark', () => {
  it('keeps the mark last when the caret is just past it', () => {
    const suggesting = suggestingEditor(paragraph('One', paragraphMark('insert', THEIRS, JONAS, AT)), paragraph('Two'));
    stop = suggesting.stop;
    suggesting.editor.update(() => $getRoot().getFirstChildOrThrow<import('lexical').ElementNode>().select(2, 2), { discrete: true });
    press(suggesting.editor, CONTROLLED_TEXT_INSERTION_COMMAND, '!');
    expect(blocksOf(suggesting.editor)[0]).toEqual(paragraph('One', suggestion('insert', ID1, '!', AMINA, AT), paragraphMark('insert', THEIRS, JONAS, AT)));
  });
});

describe('pasting lines in Suggesting mode', () => {
  it('makes the lines and the new paragraphs between them one suggestion', () => {
    const editor = editorWith(paragraph('Start end'));
    const author = authorFor();
    editor.update(() => {
      $selectText(6);
      $suggestPastedText('one\ntwo', author);
    }, { discrete: true });
    expect(blocksOf(editor)).toEqual([paragraph('Start ', suggestion('insert', ID1, 'one', AMINA, AT), paragraphMark('insert', ID1, AMINA, AT)), paragraph(suggestion('insert', ID1, 'two', AMINA, AT), 'end')]);
    expect(editor.getEditorState().read($readBodySuggestions)).toMatchObject([{ id: ID1, change: 'insert', by: AMINA, at: AT, inserted: 'one¶two', deleted: '' }]);
    expect(bodyAsRejected(body(blocksOf(editor))).root.children).toEqual([paragraph('Start end')]);
  });
});

describe('Backspace at a paragraph’s start and Delete at its end in Suggesting mode', () => {
  it('suggests joining the paragraphs, leaving both as they are until it is accepted', () => {
    const suggesting = suggestingEditor(paragraph('The council'), paragraph('met.'));
    stop = suggesting.stop;
    caretAt(suggesting.editor, 11);
    suggesting.editor.update(() => $getRoot().getLastChildOrThrow<import('lexical').ElementNode>().selectStart(), { discrete: true });
    press(suggesting.editor, DELETE_CHARACTER_COMMAND, true);
    expect(blocksOf(suggesting.editor)).toEqual([paragraph('The council', paragraphMark('delete', ID1, AMINA, AT)), paragraph('met.')]);
    expect(asRejected(suggesting.editor)).toEqual([paragraph('The council'), paragraph('met.')]);
    expect(asAccepted(suggesting.editor)).toEqual([paragraph('The councilmet.')]);
    // The caret went before the suggested join: typing goes in at the first paragraph's end, the mark staying last.
    press(suggesting.editor, CONTROLLED_TEXT_INSERTION_COMMAND, '!');
    expect(blocksOf(suggesting.editor)).toEqual([paragraph('The council', suggestion('insert', ID2, '!', AMINA, AT), paragraphMark('delete', ID1, AMINA, AT)), paragraph('met.')]);
  });

  it('suggests the join with Delete at the end of the first, stepping past the break', () => {
    const suggesting = suggestingEditor(paragraph('One'), paragraph('Two'));
    stop = suggesting.stop;
    caretAt(suggesting.editor, 3);
    press(suggesting.editor, DELETE_CHARACTER_COMMAND, false);
    expect(blocksOf(suggesting.editor)).toEqual([paragraph('One', paragraphMark('delete', ID1, AMINA, AT)), paragraph('Two')]);
    press(suggesting.editor, INSERT_PARAGRAPH_COMMAND, undefined);
    expect(blocksOf(suggesting.editor)).toHaveLength(3);
  });

  it('really joins the author’s own new paragraph', () => {
    const suggesting = suggestingEditor(paragraph('One', paragraphMark('insert', THEIRS, AMINA, AT)), paragraph('Two'));
    stop = suggesting.stop;
    suggesting.editor.update(() => $getRoot().getLastChildOrThrow<import('lexical').ElementNode>().selectStart(), { discrete: true });
    press(suggesting.editor, DELETE_CHARACTER_COMMAND, true);
    expect(blocksOf(suggesting.editor)).toEqual([paragraph('OneTwo')]);
  });

  it('leaves someone else’s new paragraph to be decided, and refuses to join a paragraph with a list', () => {
    const bullets = list('bullet', ['Item']);
    const suggesting = suggestingEditor(paragraph('One', paragraphMark('insert', THEIRS, JONAS, AT)), paragraph('Two'), bullets, paragraph('Three'));
    stop = suggesting.stop;
    suggesting.editor.update(() => $getRoot().getChildAtIndex<import('lexical').ElementNode>(1)!.selectStart(), { discrete: true });
    press(suggesting.editor, DELETE_CHARACTER_COMMAND, true);
    suggesting.editor.update(() => $getRoot().getLastChildOrThrow<import('lexical').ElementNode>().selectStart(), { discrete: true });
    press(suggesting.editor, DELETE_CHARACTER_COMMAND, true);
    expect(suggesting.refusals).toEqual([CANNOT_JOIN]);
    expect(blocksOf(suggesting.editor)).toEqual([paragraph('One', paragraphMark('insert', THEIRS, JONAS, AT)), paragraph('Two'), bullets, paragraph('Three')]);
  });
});

describe('deciding a suggested paragraph break', () => {
  let editor: LexicalEditor;
  let detach: () => void;

  beforeEach(() => {
    setKnownUser(WANJIRU);
    useArticleStore.getState().load({ ...createArticle({ id: '6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6', now: new Date('2026-11-25T08:00:00Z') }), headline: 'Ferry', slug: 'ferry' });
    editor = editorWith(paragraph('One.', paragraphMark('insert', ID1, AMINA, AT)), paragraph(suggestion('insert', ID1, 'Two.', AMINA, AT)), paragraph('Three', paragraphMark('delete', ID2, JONAS, AT)), paragraph('Four'));
    detach = attachDecisionUndo(editor);
  });
  afterEach(() => detach());

  it('rejecting a new paragraph joins it back, accepting a join joins, each logged and one undo', async () => {
    await decidePendingSuggestions('reject', { id: ID1 });
    expect(blocksOf(editor)).toEqual([paragraph('One.'), paragraph('Three', paragraphMark('delete', ID2, JONAS, AT)), paragraph('Four')]);
    await decidePendingSuggestions('accept', { by: JONAS });
    expect(blocksOf(editor)).toEqual([paragraph('One.'), paragraph('ThreeFour')]);
    expect(useArticleStore.getState().metadata.review.log.map((entry) => entry.summary)).toEqual([
      'Rejected Amina Odhiambo’s suggestion: inserting “¶Two.”',
      'Accepted Jonas Berg’s suggestion: deleting a paragraph break',
    ]);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(blocksOf(editor)).toEqual([paragraph('One.'), paragraph('Three', paragraphMark('delete', ID2, JONAS, AT)), paragraph('Four')]);
  });

  it('accepting all keeps the new paragraphs and makes the joins, as the accepted preview shows', async () => {
    const preview = bodyAsAccepted(body(blocksOf(editor))).root.children;
    await decidePendingSuggestions('accept', { all: true });
    expect(blocksOf(editor)).toEqual([paragraph('One.'), paragraph('Two.'), paragraph('ThreeFour')]);
    expect(blocksOf(editor)).toEqual(preview);
  });
});
