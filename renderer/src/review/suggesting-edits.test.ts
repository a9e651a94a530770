import { describe, expect, it } from 'vitest';
import { $getRoot, $getSelection, $isRangeSelection, type ElementNode, type LexicalEditor, type RangeSelection } from 'lexical';
import { paragraph, suggestion, text } from '../../../core/testing/body-builders';
import { $suggestDeletion, $suggestRemoval, $suggestText, type SuggestionAuthor } from './suggesting-edits';
import { $caretOffset, $selectText, AMINA, AT, authorFor, blocksOf, editorWith, extendBy, JONAS } from './suggestion-test-editor';

const ID1 = '00000000-0000-4000-8000-000000000001';
const ID2 = '00000000-0000-4000-8000-000000000002';
const THEIRS = '11111111-1111-4111-8111-111111111111';

function edit(editor: LexicalEditor, change: () => void): void {
  editor.update(change, { discrete: true });
}

function caret(editor: LexicalEditor): number {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed()) throw new Error('no caret');
    return $caretOffset(selection);
  });
}

const plainText = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getTextContent());

function backspace(editor: LexicalEditor, author: SuggestionAuthor, count = 1): void {
  edit(editor, () => $suggestDeletion(true, extendBy(count, true), author));
}

function deleteForward(editor: LexicalEditor, author: SuggestionAuthor, count = 1): void {
  edit(editor, () => $suggestDeletion(false, extendBy(count, false), author));
}

function type(editor: LexicalEditor, author: SuggestionAuthor, typed: string): void {
  for (const character of typed) edit(editor, () => $suggestText(character, author));
}

describe('typing in Suggesting mode', () => {
  it('makes one insertion by the author that grows as they type', () => {
    const editor = editorWith(paragraph('The council met.'));
    const author = authorFor();
    edit(editor, () => $selectText(11));
    type(editor, author, 'ing');
    expect(blocksOf(editor)).toEqual([paragraph('The council', suggestion('insert', ID1, 'ing', AMINA, AT), ' met.')]);
    expect(caret(editor)).toBe(14);
  });

  it('grows the author’s own insertion when typing inside it or just after it', () => {
    const editor = editorWith(paragraph('The ', suggestion('insert', ID1, 'city', AMINA, AT), ' council'));
    const author = authorFor();
    edit(editor, () => $selectText(6));
    type(editor, author, 'XY');
    edit(editor, () => $selectText(10));
    type(editor, author, '!');
    expect(blocksOf(editor)).toEqual([paragraph('The ', suggestion('insert', ID1, 'ciXYty!', AMINA, AT), ' council')]);
    expect(author.ids).toEqual([]);
  });

  it('splits someone else’s insertion around the author’s own', () => {
    const editor = editorWith(paragraph('A ', suggestion('insert', THEIRS, 'bold', JONAS, AT), ' plan'));
    const author = authorFor();
    edit(editor, () => $selectText(4));
    type(editor, author, 'x');
    expect(blocksOf(editor)).toEqual([
      paragraph('A ', suggestion('insert', THEIRS, 'bo', JONAS, AT), suggestion('insert', ID1, 'x', AMINA, AT), suggestion('insert', THEIRS, 'ld', JONAS, AT), ' plan'),
    ]);
  });

  it('keeps the caret’s format on the typed text', () => {
    const editor = editorWith(paragraph(text('Bold', 'bold'), ' words'));
    edit(editor, () => $selectText(4));
    type(editor, authorFor(), 'er');
    expect(blocksOf(editor)).toEqual([paragraph(text('Bold', 'bold'), suggestion('insert', ID1, text('er', 'bold'), AMINA, AT), ' words')]);
  });
});

describe('deleting in Suggesting mode', () => {
  it('keeps text deleted with Backspace, struck through in one deletion, with the caret before it', () => {
    const editor = editorWith(paragraph('forty families'));
    const author = authorFor();
    edit(editor, () => $selectText(5));
    backspace(editor, author);
    backspace(editor, author);
    expect(blocksOf(editor)).toEqual([paragraph('for', suggestion('delete', ID1, 'ty', AMINA, AT), ' families')]);
    expect(plainText(editor)).toBe('forty families');
    expect(caret(editor)).toBe(3);
  });

  it('moves the caret past text deleted with Delete, and Backspace steps back over deleted text', () => {
    const editor = editorWith(paragraph('forty families'));
    const author = authorFor();
    edit(editor, () => $selectText(3));
    deleteForward(editor, author);
    deleteForward(editor, author);
    expect(blocksOf(editor)).toEqual([paragraph('for', suggestion('delete', ID1, 'ty', AMINA, AT), ' families')]);
    expect(caret(editor)).toBe(5);
    backspace(editor, author);
    expect(blocksOf(editor)).toEqual([paragraph('fo', suggestion('delete', ID1, 'rty', AMINA, AT), ' families')]);
  });

  it('deletes a word at a time (the word delete’s range) as one deletion', () => {
    const editor = editorWith(paragraph('used to draw forty families'));
    const author = authorFor();
    edit(editor, () => $selectText(18));
    backspace(editor, author, 'forty'.length);
    expect(blocksOf(editor)).toEqual([paragraph('used to draw ', suggestion('delete', ID1, 'forty', AMINA, AT), ' families')]);
  });

  it('really removes text from the author’s own insertion', () => {
    const editor = editorWith(paragraph('The ', suggestion('insert', ID1, 'city', AMINA, AT), ' council'));
    const author = authorFor();
    edit(editor, () => $selectText(8));
    backspace(editor, author);
    expect(blocksOf(editor)).toEqual([paragraph('The ', suggestion('insert', ID1, 'cit', AMINA, AT), ' council')]);
    backspace(editor, author, 3);
    expect(blocksOf(editor)).toEqual([paragraph('The  council')]);
  });

  it('suggests deleting someone else’s insertion rather than removing it', () => {
    const editor = editorWith(paragraph('A ', suggestion('insert', THEIRS, 'bold', JONAS, AT), ' plan'));
    const author = authorFor();
    edit(editor, () => $selectText(6));
    backspace(editor, author, 2);
    expect(blocksOf(editor)).toEqual([paragraph('A ', suggestion('insert', THEIRS, ['bo', suggestion('delete', ID1, 'ld', AMINA, AT)], JONAS, AT), ' plan')]);
  });

  it('does not join paragraphs: Backspace at a paragraph’s start moves the caret to the end of the one before', () => {
    const editor = editorWith(paragraph('One'), paragraph('Two'));
    const author = authorFor();
    edit(editor, () => $selectText(3, 3));
    edit(editor, () => {
      $selectText(3);
      // The browser's range for Backspace at the start of "Two": from the end of "One" to here.
      const second = $getRoot().getLastChildOrThrow<ElementNode>().getFirstDescendant();
      $suggestDeletion(
        true,
        (probe: RangeSelection) => {
          const first = $getRoot().getFirstChildOrThrow<ElementNode>().getFirstDescendant();
          if (!first || !second) throw new Error('no text');
          probe.anchor.set(second.getKey(), 0, 'text');
          probe.focus.set(first.getKey(), 3, 'text');
        },
        author,
      );
    });
    expect(blocksOf(editor)).toEqual([paragraph('One'), paragraph('Two')]);
    expect(caret(editor)).toBe(3);
  });

  it('removes a selection over own insertion and suggests deleting the rest', () => {
    const editor = editorWith(paragraph('The ', suggestion('insert', ID2, 'new ', AMINA, AT), 'council met'));
    const author = authorFor();
    edit(editor, () => $removeSelection(author, 6, 15));
    expect(blocksOf(editor)).toEqual([paragraph('The ', suggestion('insert', ID2, 'ne', AMINA, AT), suggestion('delete', ID1, 'council', AMINA, AT), ' met')]);
  });
});

function $removeSelection(author: SuggestionAuthor, from: number, to: number): void {
  $suggestRemoval($selectText(from, to), author, 'start');
}

describe('replacing and pasting in Suggesting mode', () => {
  it('turns typing over a selection into a replacement: a deletion and an insertion with one id', () => {
    const editor = editorWith(paragraph('The cat sat.'));
    const author = authorFor();
    edit(editor, () => {
      $selectText(4, 7);
      $suggestText('d', author);
    });
    type(editor, author, 'og');
    expect(blocksOf(editor)).toEqual([paragraph('The ', suggestion('delete', ID1, 'cat', AMINA, AT), suggestion('insert', ID1, 'dog', AMINA, AT), ' sat.')]);
    expect(caret(editor)).toBe(10);
  });

  it('makes words typed right after deleting with Backspace or Delete their replacement, as Google Docs does', () => {
    const editor = editorWith(paragraph('Vote on Tuesday.'));
    const author = authorFor();
    edit(editor, () => $selectText(15));
    backspace(editor, author, 7);
    type(editor, author, 'Monday');
    expect(blocksOf(editor)).toEqual([paragraph('Vote on ', suggestion('insert', ID1, 'Monday', AMINA, AT), suggestion('delete', ID1, 'Tuesday', AMINA, AT), '.')]);

    const forward = editorWith(paragraph('Vote on Tuesday.'));
    edit(forward, () => $selectText(8));
    deleteForward(forward, author, 7);
    type(forward, author, 'Monday');
    expect(blocksOf(forward)).toEqual([paragraph('Vote on ', suggestion('delete', ID2, 'Tuesday', AMINA, AT), suggestion('insert', ID2, 'Monday', AMINA, AT), '.')]);
  });

  it('keeps typing beside someone else’s deletion, or beside one already replaced, a suggestion of its own', () => {
    const editor = editorWith(paragraph('Vote ', suggestion('delete', THEIRS, 'on', JONAS, AT), ' Tuesday.'));
    const author = authorFor();
    edit(editor, () => $selectText(5));
    type(editor, author, 'by');
    expect(blocksOf(editor)).toEqual([paragraph('Vote ', suggestion('insert', ID1, 'by', AMINA, AT), suggestion('delete', THEIRS, 'on', JONAS, AT), ' Tuesday.')]);

    const replaced = editorWith(paragraph('The ', suggestion('delete', THEIRS, 'cat', AMINA, AT), suggestion('insert', THEIRS, 'dog', AMINA, AT), ' sat.'));
    edit(replaced, () => $selectText(4));
    type(replaced, author, 'a ');
    expect(blocksOf(replaced)[0]).toEqual(paragraph('The ', suggestion('insert', ID2, 'a ', AMINA, AT), suggestion('delete', THEIRS, 'cat', AMINA, AT), suggestion('insert', THEIRS, 'dog', AMINA, AT), ' sat.'));
  });
});
