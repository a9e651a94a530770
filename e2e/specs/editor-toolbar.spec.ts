import { test, expect } from '../fixtures';
import { bodyEditor } from './editor-steps';

function formatting(page: import('@playwright/test').Page) {
  return page.getByRole('toolbar', { name: 'Formatting' });
}

test('Ctrl+B and the Italic button show their state with aria-pressed', async ({ app }) => {
  const { page } = app;
  const bold = formatting(page).getByRole('button', { name: 'Bold' });
  const italic = formatting(page).getByRole('button', { name: 'Italic' });
  await bodyEditor(page).click();
  await page.keyboard.type('Turnout was ');
  await expect(bold).toHaveAttribute('aria-pressed', 'false');

  await page.keyboard.press('ControlOrMeta+b');
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('62 per cent');
  await page.keyboard.press('ControlOrMeta+b');
  await expect(bold).toHaveAttribute('aria-pressed', 'false');

  await italic.click();
  await expect(italic).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type(' provisional');
  await expect(bodyEditor(page).getByRole('strong')).toHaveText('62 per cent');
  await expect(bodyEditor(page).getByRole('emphasis')).toHaveText(' provisional');

  // Moving the caret back into the bold words reflects them.
  await page.keyboard.press('Home');
  for (let i = 0; i < 'Turnout was 62'.length; i += 1) await page.keyboard.press('ArrowRight');
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  await expect(italic).toHaveAttribute('aria-pressed', 'false');
});

test('undo and redo work from the keyboard and the toolbar, and are disabled when there is nothing to do', async ({ app }) => {
  const { page } = app;
  const undo = formatting(page).getByRole('button', { name: 'Undo' });
  const redo = formatting(page).getByRole('button', { name: 'Redo' });
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();

  await bodyEditor(page).click();
  await page.keyboard.type('The council met on Tuesday.');
  await expect(undo).toBeEnabled();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(bodyEditor(page)).toHaveText('');
  await expect(redo).toBeEnabled();

  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(bodyEditor(page)).toHaveText('The council met on Tuesday.');
  await undo.click();
  await expect(bodyEditor(page)).toHaveText('');
  await page.keyboard.press('Control+y');
  await expect(bodyEditor(page)).toHaveText('The council met on Tuesday.');
  await expect(redo).toBeDisabled();
});

test('the block menu shows and sets the block the caret is in', async ({ app }) => {
  const { page } = app;
  const blockType = formatting(page).getByRole('combobox', { name: 'Block type' });
  await bodyEditor(page).click();
  await page.keyboard.type('Schools reopen');
  await blockType.selectOption({ label: 'Subhead (H2)' });
  await expect(bodyEditor(page).getByRole('heading', { level: 2 })).toHaveText('Schools reopen');
  await expect(blockType).toHaveValue('h2');

  await bodyEditor(page).focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Classes resume on Monday.');
  await expect(blockType).toHaveValue('paragraph');
  await page.keyboard.press('ArrowUp');
  await expect(blockType).toHaveValue('h2');

  await page.keyboard.press('ArrowDown');
  await blockType.selectOption({ label: 'Numbered list' });
  await expect(bodyEditor(page).getByRole('list').getByRole('listitem')).toHaveText(['Classes resume on Monday.']);
  await expect(blockType).toHaveValue('number');
  await blockType.selectOption({ label: 'Numbered list' });
  await expect(bodyEditor(page).getByRole('list')).toHaveCount(0);
  await expect(blockType).toHaveValue('paragraph');
});

test('the toolbar is one tab stop with arrow keys between its controls', async ({ app }) => {
  const { page } = app;
  const toolbar = formatting(page);
  await toolbar.getByRole('combobox', { name: 'Block type' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Italic' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(toolbar.getByRole('combobox', { name: 'Block type' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  // Undo and Redo are disabled in an empty editor, so the last reachable control is the Insert menu (after the rule since 864e46b).
  await expect(toolbar.getByRole('button', { name: 'Insert' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(toolbar.getByRole('button', { name: 'Horizontal rule' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: 'Horizontal rule' })).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(toolbar.getByRole('button', { name: 'Horizontal rule' })).toBeFocused();
});

test('the word count waits for a pause in typing instead of running on every keystroke', async ({ app }) => {
  const { page } = app;
  await bodyEditor(page).click();
  await expect(page.getByRole('contentinfo')).toContainText('0 words');
  await page.evaluate(() => performance.clearMarks('copydesk:body-stats'));
  const sentence = 'Nairobi’s matatu operators called off the strike late on Sunday night.';
  await page.keyboard.type(sentence);
  await expect(page.getByRole('contentinfo')).toContainText('11 words');
  const counts = await page.evaluate(() => performance.getEntriesByName('copydesk:body-stats').length);
  // One count per pause, not one per keystroke (the sentence is 71 keystrokes).
  expect(counts).toBeLessThan(sentence.length / 4);
});

test('a click outside the link popover dismisses it and leaves focus where the click went', async ({ app }) => {
  const { page } = app;
  await bodyEditor(page).click();
  await page.keyboard.type('Read the statement');
  await page.keyboard.press('ControlOrMeta+k');
  const dialog = page.getByRole('dialog', { name: 'Link' });
  await expect(dialog.getByRole('textbox', { name: 'Link address' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Headline' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
});
