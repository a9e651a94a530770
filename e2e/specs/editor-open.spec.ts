import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from '../fixtures';
import { bodyEditor } from './editor-steps';

type Page = import('@playwright/test').Page;

async function writeShortArticle(page: Page, headline: string, body: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Headline' }).fill(headline);
  await bodyEditor(page).click();
  await page.keyboard.type(body);
  await expect(bodyEditor(page)).toHaveText(body);
}

test('New keeps the current article, and Open lists the drafts and opens one from the keyboard', async ({ app }) => {
  const { page } = app;
  await writeShortArticle(page, 'Ferry services resume on Lake Victoria', 'The first boat left Kisumu at six.');
  // New saves the unsaved article before clearing the screen.
  await page.getByRole('button', { name: 'New' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('');
  await expect(bodyEditor(page)).toHaveText('');
  expect(await fsp.readdir(app.draftsFolder)).toHaveLength(1);

  await writeShortArticle(page, 'Coffee prices rise for a third month', 'Growers in Nyeri were paid more per kilo.');
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/);
  // Ctrl+N starts another article; with nothing typed in it, nothing is saved for it.
  await page.keyboard.press('ControlOrMeta+n');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('');

  await page.keyboard.press('ControlOrMeta+o');
  const dialog = page.getByRole('dialog', { name: 'Open a draft' });
  const drafts = dialog.getByRole('list', { name: 'Drafts' }).getByRole('button');
  await expect(drafts).toHaveCount(2);
  // Newest first; the first draft has focus.
  await expect(drafts.first()).toContainText('Coffee prices rise for a third month');
  await expect(drafts.first()).toContainText('Draft');
  await expect(drafts.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('button', { name: /Ferry services resume/ })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Ferry services resume on Lake Victoria');
  await expect(bodyEditor(page)).toHaveText('The first boat left Kisumu at six.');
});

test('Escape closes the Open dialog and leaves the article as it was', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('Unsaved headline stays put');
  await page.getByRole('button', { name: 'Open…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a draft' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Unsaved headline stays put');
});

test('a draft file that cannot be read is named in a clear alert, and the open article is kept', async ({ app }) => {
  const { page } = app;
  const broken = path.join(app.dataDir, 'budget-story.copydesk');
  await fsp.writeFile(broken, '{"schemaVersion": 1, "headline": ');
  await page.getByRole('textbox', { name: 'Headline' }).fill('Story on screen');

  app.dialogs.queueDraftFile(broken);
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByRole('dialog', { name: 'Open a draft' }).getByRole('button', { name: 'Open file…' }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not open that draft file.');
  await expect(alert).toContainText('budget-story.copydesk');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Story on screen');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();
});

test('a draft that went bad on disk is reported on start and a new article is offered', async ({ app }) => {
  const { page } = app;
  await writeShortArticle(page, 'Rains return to the coast', 'Mombasa had its first heavy rain since March.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/);
  const [id] = await fsp.readdir(app.draftsFolder);
  await fsp.writeFile(path.join(app.draftsFolder, id as string, 'article.json'), 'not json at all');

  await app.restart();
  const alert = app.page.getByRole('alert');
  await expect(alert).toContainText('Could not reopen the draft you had open last time.');
  await expect(alert).toContainText('article.json');
  await expect(app.page.getByRole('textbox', { name: 'Headline' })).toHaveValue('');
  // The bad file is left as it was for someone to rescue.
  expect(await fsp.readFile(path.join(app.draftsFolder, id as string, 'article.json'), 'utf8')).toBe('not json at all');
});
