// A key that comes right after the caret moved acts where the caret now is. The browser tells Lexical
// about a caret move a task later (selectionchange); on a busy machine, or with key repeat, the next
// key can arrive first. Each test moves the page's caret and presses the key in one task, which is
// that race made certain, and checks Backspace (editing and suggesting) and the comment shortcut.
import type { Page } from '@playwright/test';
import type { LexicalEditor } from 'lexical';
import { test, expect } from '../fixtures';
import { bodyEditor } from './editor-steps';

const SENTENCE = 'The council met on Tuesday.';

type Key = { key: string; code: string; ctrlKey?: boolean; altKey?: boolean };
type CaretMove = { alter: 'move' | 'extend'; direction: 'forward' | 'backward'; granularity: 'character' | 'word' };

/** Moves the page's caret as an arrow key would and, before the browser reports the move, presses `key`. */
async function moveCaretThenPress(page: Page, move: CaretMove, key: Key): Promise<void> {
  await bodyEditor(page).evaluate(
    (root, { move, key }) => {
      getSelection()?.modify(move.alter, move.direction, move.granularity);
      root.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true }));
    },
    { move, key },
  );
}

/** Waits until Lexical holds a collapsed caret `offset` characters into the body's text. */
async function expectLexicalCaretAt(page: Page, offset: number): Promise<void> {
  await expect
    .poll(() =>
      bodyEditor(page).evaluate((root) => {
        const state = (root as HTMLElement & { __lexicalEditor: LexicalEditor }).__lexicalEditor.getEditorState();
        const selection = state._selection as { anchor?: { offset: number }; isCollapsed(): boolean } | null;
        return selection?.anchor && selection.isCollapsed() ? selection.anchor.offset : null;
      }),
    )
    .toBe(offset);
}

/** The body holds one sentence and Lexical has the caret at its end, after the full stop. */
async function writeSentence(page: Page): Promise<void> {
  await bodyEditor(page).click();
  await page.keyboard.insertText(SENTENCE);
  await page.keyboard.press('End');
  await expectLexicalCaretAt(page, SENTENCE.length);
}

const BACKSPACE: Key = { key: 'Backspace', code: 'Backspace' };
const ONE_LETTER_BACK: CaretMove = { alter: 'move', direction: 'backward', granularity: 'character' };

test('Backspace right after an arrow key deletes the letter before the new caret', async ({ app }) => {
  const { page } = app;
  await writeSentence(page);
  await moveCaretThenPress(page, ONE_LETTER_BACK, BACKSPACE);
  await expect(bodyEditor(page)).toHaveText('The council met on Tuesda.');
});

test('in Suggesting mode, Backspace right after an arrow key suggests deleting the letter before the new caret', async ({ app }) => {
  const { page } = app;
  await writeSentence(page);
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Suggesting', exact: true }).click();
  await bodyEditor(page).focus();
  await expectLexicalCaretAt(page, SENTENCE.length);
  await moveCaretThenPress(page, ONE_LETTER_BACK, BACKSPACE);
  await expect(bodyEditor(page).getByRole('deletion')).toHaveText('y');
  await expect(bodyEditor(page)).toHaveText(SENTENCE);
});

test('Ctrl+Alt+M right after Ctrl+Shift+Left comments on the word just selected', async ({ app }) => {
  const { page } = app;
  await writeSentence(page);
  await page.keyboard.press('ArrowLeft');
  await expectLexicalCaretAt(page, SENTENCE.length - 1);
  await moveCaretThenPress(page, { alter: 'extend', direction: 'backward', granularity: 'word' }, { key: 'm', code: 'KeyM', ctrlKey: true, altKey: true });
  const form = page.getByRole('complementary', { name: 'Review' }).getByRole('form', { name: 'New comment' });
  await expect(form.getByRole('textbox', { name: 'Your comment' })).toBeFocused();
  await page.keyboard.insertText('Which Tuesday?');
  await form.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(bodyEditor(page).locator('mark')).toHaveText(['Tuesday']);
});
