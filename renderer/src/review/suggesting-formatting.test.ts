import { afterEach, describe, expect, it } from 'vitest';
import { registerRichText } from '@lexical/rich-text';
import { INSERT_UNORDERED_LIST_COMMAND, registerList } from '@lexical/list';
import { FORMAT_ELEMENT_COMMAND, FORMAT_TEXT_COMMAND, INDENT_CONTENT_COMMAND, INSERT_LINE_BREAK_COMMAND, type LexicalCommand, type LexicalEditor } from 'lexical';
import { paragraph } from '../../../core/testing/body-builders';
import { setBlockType } from '../editor/block-types';
import { useArticleStore } from '../store/article-store';
import { useReviewUi } from './review-ui-store';
import { registerSuggesting } from './SuggestingPlugin';
import { $selectText, authorFor, blocksOf, editorWith } from './suggestion-test-editor';
import { UNTRACKED_EDITS } from './untracked-edits';

/** Formatting and block changes in Suggesting mode can't be suggested: refused, the body unchanged, the user told. */

let stop: () => void = () => undefined;
afterEach(() => {
  stop();
  useReviewUi.getState().setMode('editing');
});

function suggestingEditor(): { editor: LexicalEditor; refusals: string[] } {
  const editor = editorWith(paragraph('The council met.'));
  const refusals: string[] = [];
  const author = authorFor();
  const stops = [registerRichText(editor), registerList(editor), registerSuggesting(editor, { author: () => author, refuse: (message) => refusals.push(message) })];
  stop = () => stops.forEach((each) => each());
  editor.update(() => void $selectText(4, 11), { discrete: true });
  return { editor, refusals };
}

function press<Payload>(editor: LexicalEditor, command: LexicalCommand<Payload>, payload: Payload): void {
  editor.update(() => void editor.dispatchCommand(command, payload), { discrete: true });
}

describe('formatting while suggesting', () => {
  it('refuses bold, alignment, indent, lists and line breaks, leaving the body as it was', () => {
    const { editor, refusals } = suggestingEditor();
    press(editor, FORMAT_TEXT_COMMAND, 'bold');
    press(editor, FORMAT_ELEMENT_COMMAND, 'center');
    press(editor, INDENT_CONTENT_COMMAND, undefined);
    press(editor, INSERT_UNORDERED_LIST_COMMAND, undefined);
    press(editor, INSERT_LINE_BREAK_COMMAND, false);
    expect(blocksOf(editor)).toEqual([paragraph('The council met.')]);
    expect(refusals).toEqual([UNTRACKED_EDITS.format, UNTRACKED_EDITS.format, UNTRACKED_EDITS.format, UNTRACKED_EDITS.block, UNTRACKED_EDITS.lineBreak]);
  });

  it('refuses a subhead from the block-type menu with the message in the app’s alert', () => {
    const { editor } = suggestingEditor();
    useReviewUi.getState().setMode('suggesting');
    setBlockType(editor, 'paragraph', 'h2');
    expect(blocksOf(editor)).toEqual([paragraph('The council met.')]);
    expect(useArticleStore.getState().alert).toBe(UNTRACKED_EDITS.block);
  });
});
