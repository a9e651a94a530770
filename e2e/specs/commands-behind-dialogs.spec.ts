// Keys and application-menu commands do not reach the article behind an open modal dialog; a dialog's
// own commands (the compare view's Next Change) still work inside it.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { PageCommandId } from '../../core/commands/command-table';
import { test, expect, type CopydeskApp } from '../fixtures';
import { bodyEditor } from './editor-steps';
import { clickAppBarCommand } from './app-bar-steps';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
/** Save, Add Comment, Review Panel, Style Panel, Insert Picture, Insert Table, Bold, Keyboard Shortcuts, Settings. */
const KEYS = [`${mod}+s`, `${mod}+Alt+m`, `${mod}+Alt+Shift+m`, 'F7', `${mod}+Alt+p`, `${mod}+Alt+g`, `${mod}+b`, `${mod}+/`, `${mod}+Comma`];
const MENU_COMMANDS: PageCommandId[] = ['save', 'new', 'open', 'settings', 'keyboard-shortcuts', 'comment.add', 'view.reviewPanel', 'view.stylePanel', 'insert-table', 'bold', 'export-html'];

const HEADLINE = 'Lake Turkana fishermen return to the water';

async function savedDraftFile(app: CopydeskApp): Promise<string> {
  const [id] = await fsp.readdir(app.draftsFolder);
  return path.join(app.draftsFolder, id!, 'article.json');
}

/** When the draft was last written: a save writes it again even when nothing changed. */
const savedAt = async (file: string) => (await fsp.stat(file)).mtimeMs;

/** Presses every page command's key and sends every menu command while `dialog` is open; it stays open, and no other opens. */
async function tryEverything(app: CopydeskApp, dialog: Locator, dialogsOpen = 1): Promise<void> {
  for (const key of KEYS) await app.page.keyboard.press(key);
  for (const command of MENU_COMMANDS) await app.emitHostEvent('menuCommand', { command });
  await expect(dialog).toBeVisible();
  await expect(app.page.getByRole('dialog')).toHaveCount(dialogsOpen);
}

/** The article is as it was: not saved again, no panel, alert, block or format added, the same headline. */
async function expectArticleUntouched(page: Page, file: string, savedBefore: number, headline = HEADLINE): Promise<void> {
  await expect(page.getByRole('complementary', { name: 'Review' })).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'House style' })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(bodyEditor(page).getByRole('table')).toHaveCount(0);
  await expect(bodyEditor(page).locator('strong, b')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(headline);
  expect(await savedAt(file)).toBe(savedBefore);
}

test('keys and menu commands do nothing behind Settings, Keyboard Shortcuts, Open, History, Preview and the export check', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill(HEADLINE);
  await bodyEditor(page).click();
  await page.keyboard.type('Boats went out at dawn.');
  // Body text selected: Bold and Add Comment would act on it.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press(`${mod}+s`);
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/);
  const file = await savedDraftFile(app);

  const dialogs: Array<{ name: string | RegExp; open(): Promise<void> }> = [
    { name: 'Settings', open: () => page.getByRole('button', { name: /^Settings/ }).click() },
    { name: 'Keyboard shortcuts', open: () => app.emitHostEvent('menuCommand', { command: 'keyboard-shortcuts' }) },
    { name: 'Open a draft', open: () => app.emitHostEvent('menuCommand', { command: 'open' }) },
    { name: 'History', open: () => clickAppBarCommand(page, 'History') },
    { name: 'Preview', open: () => page.getByRole('button', { name: 'Preview' }).click() },
    {
      name: 'Pre-export check',
      open: async () => {
        await page.getByRole('button', { name: 'Export…' }).click();
        await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'HTML…' }).click();
      },
    },
  ];
  for (const { name, open } of dialogs) {
    await open();
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    // The export check saves the article before it opens; that save is done once it shows.
    const savedBefore = await savedAt(file);
    await tryEverything(app, dialog);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expectArticleUntouched(page, file, savedBefore);
  }

  // With no dialog open the same keys work: F7 opens the style panel, Ctrl+S saves.
  await bodyEditor(page).click();
  const savedBefore = await savedAt(file);
  await page.keyboard.press('F7');
  await expect(page.getByRole('complementary', { name: 'House style' })).toBeVisible();
  await page.keyboard.press(`${mod}+s`);
  await expect.poll(() => savedAt(file)).toBeGreaterThan(savedBefore);
});

test('the compare view’s own commands work inside it, and the article’s do not', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill(HEADLINE);
  await bodyEditor(page).click();
  await page.keyboard.type('Boats went out at dawn.');
  await clickAppBarCommand(page, 'History');
  const history = page.getByRole('dialog', { name: 'History' });
  await history.getByRole('textbox', { name: 'Save version…' }).fill('First light');
  await history.getByRole('button', { name: 'Save version' }).click();
  await expect(history.getByRole('list', { name: 'Versions' }).getByRole('listitem').filter({ hasText: 'First light' })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: 'Headline' }).fill(`${HEADLINE} after the storm`);
  await bodyEditor(page).click();
  await page.keyboard.press(`${mod}+End`);
  await page.keyboard.type(' They came back full.');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press(`${mod}+s`);
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/);
  const file = await savedDraftFile(app);

  await clickAppBarCommand(page, 'History');
  await history.getByRole('form', { name: 'Compare with…' }).getByRole('button', { name: 'Compare' }).click();
  const compare = page.getByRole('dialog', { name: 'Compare versions' });
  const headline = compare.getByRole('group', { name: 'Headline' });
  await expect(headline).toBeFocused();
  const savedBefore = await savedAt(file);

  // Review ▸ Next Change, by its key and from the menu, moves on in the compare view.
  await page.keyboard.press(`${mod}+Alt+n`);
  await expect(headline).not.toBeFocused();
  await app.emitHostEvent('menuCommand', { command: 'review.previousChange' });
  await expect(headline).toBeFocused();

  // History stays open under the compare view.
  await tryEverything(app, compare, 2);
  await compare.getByRole('button', { name: 'Close' }).first().click();
  await expect(compare).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();

  await expectArticleUntouched(page, file, savedBefore, `${HEADLINE} after the storm`);
});
