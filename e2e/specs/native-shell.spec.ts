// The renderer's side of the native shell, against the real host handlers: menu commands, drafts the
// OS hands over (command line, file manager, second instance) and files dropped on the window.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { serializeArticle } from '../../core/article/load-article';
import { createArticle } from '../../core/article/new-article';
import { pngImage } from '../../electron/main/images/test-images';
import { test, expect } from '../fixtures';
import { articleDetails, bodyEditor } from './editor-steps';

const outsideDraft = () => ({
  ...createArticle({ id: '5d0c8a43-2f7e-4b8a-9c1d-3e4f5a6b7c8d', now: new Date('2026-05-20T08:00:00Z') }),
  headline: 'Nairobi commuter trains run again after the floods',
});

/** Drops files on the window as Chromium does: `names` are files in the rig's drop folder. */
async function dropFiles(page: Page, files: Array<{ name: string; type: string }>): Promise<void> {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const { name, type } of list) transfer.items.add(new File(['(content read by the host from disk)'], name, { type }));
    const target = document.querySelector('main') ?? document.body;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

test('Format menu commands act on the selected text in the body', async ({ app }) => {
  const { page } = app;
  await bodyEditor(page).click();
  await page.keyboard.type('Rains return');
  await page.keyboard.press('Shift+Home');
  await app.emitHostEvent('menuCommand', { command: 'bold' });
  await expect(bodyEditor(page).locator('strong, b')).toHaveText('Rains return');
  await app.emitHostEvent('menuCommand', { command: 'heading-h2' });
  await expect(bodyEditor(page).getByRole('heading', { level: 2 })).toHaveText('Rains return');
  await app.emitHostEvent('menuCommand', { command: 'link' });
  await expect(page.getByRole('dialog', { name: 'Link' })).toBeVisible();
});

test('File menu commands save and open the Open dialog', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('Menu-saved headline');
  await app.emitHostEvent('menuCommand', { command: 'save' });
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/);
  expect(await fsp.readdir(app.draftsFolder)).toHaveLength(1);
  await app.emitHostEvent('menuCommand', { command: 'open' });
  await expect(page.getByRole('dialog', { name: 'Open a draft' })).toBeVisible();
});

test('a draft opened from the OS is brought into the library and shown', async ({ app }) => {
  const { page } = app;
  const file = path.join(app.dataDir, 'elsewhere', 'article.json');
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(file, serializeArticle(outsideDraft()));
  await app.openFromOs(file);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Nairobi commuter trains run again after the floods');
  expect(await fsp.readdir(app.draftsFolder)).toContain(outsideDraft().id);
});

test('dropping an image makes it the lead image; dropping a draft opens it', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('A story that needs a picture');
  await fsp.writeFile(path.join(app.dropFolder, 'harbour.png'), pngImage(64, 48));
  await dropFiles(page, [{ name: 'harbour.png', type: 'image/png' }]);
  const leadImage = page.getByRole('group', { name: 'Lead image' });
  await expect(leadImage.getByRole('button', { name: 'Replace image…' })).toBeVisible();
  await expect(leadImage).toContainText('64 × 48');

  await fsp.writeFile(path.join(app.dropFolder, 'trains.json'), serializeArticle(outsideDraft()));
  await dropFiles(page, [{ name: 'trains.json', type: 'application/json' }]);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Nairobi commuter trains run again after the floods');
  // The article on screen before the drop was saved, picture and all, before the other one opened.
  expect((await fsp.readdir(app.draftsFolder)).length).toBe(2);
});

test('a dropped file that is not on disk, or not a draft or image, is refused with its name', async ({ app }) => {
  const { page } = app;
  await fsp.writeFile(path.join(app.dropFolder, 'notes.docx'), 'PK');
  await dropFiles(page, [{ name: 'notes.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }]);
  await expect(page.getByRole('alert')).toContainText('“notes.docx” is not something Copydesk opens');
  await dropFiles(page, [{ name: 'never-written.png', type: 'image/png' }]);
  await expect(page.getByRole('alert')).toContainText('Could not read “never-written.png”');
});

test('File ▸ Export ▸ HTML opens the pre-export check, which refuses while a blocker remains and then writes the page where the user chose', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('Ferry services resume on Lake Victoria');
  await bodyEditor(page).click();
  await page.keyboard.type('The first boat left Kisumu at six.');
  await app.emitHostEvent('menuCommand', { command: 'export-html' });
  const check = page.getByRole('dialog', { name: 'Pre-export check' });
  await expect(check.getByRole('region', { name: /Blockers/ })).toContainText('There is no byline.');
  await expect(check.getByRole('button', { name: /^Export/ })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(check).toBeHidden();

  await articleDetails(page).getByRole('button', { name: 'Add byline' }).click();
  await articleDetails(page).getByRole('textbox', { name: 'Name, byline 1' }).fill('Amina Odhiambo');
  const destination = path.join(app.dataDir, 'ferry.html');
  app.dialogs.queueExportDestination(destination);
  await app.emitHostEvent('menuCommand', { command: 'export-html' });
  await check.getByRole('button', { name: /^Export/ }).click();
  await expect.poll(() => fsp.readFile(destination, 'utf8').catch(() => '')).toContain('Ferry services resume on Lake Victoria');
  expect(await fsp.readFile(destination, 'utf8')).toContain('The first boat left Kisumu at six.');
  expect(app.dialogs.suggestedExportNames).toEqual(['ferry-services-resume-on-lake-victoria.html']);
});

test('printing shows only the article, in dark on white even when the screen is dark', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('Ferry services resume on Lake Victoria');
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Article details' })).toBeHidden();
  await expect(page.getByRole('toolbar', { name: 'Formatting' })).toBeHidden();
  await expect(page.getByRole('status', { name: 'Save status' })).toBeHidden();
  const colours = await page.getByRole('textbox', { name: 'Headline' }).evaluate((element) => getComputedStyle(element).color);
  expect(colours).toBe('rgb(28, 27, 25)');
});

test('the theme setting overrides the system’s light or dark, and “system” follows it again', async ({ app }) => {
  // The page's own paper colour (theme.css --paper): white in light, rgb(33, 35, 39) in dark.
  const paper = () =>
    app.page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.setProperty('background-color', 'var(--paper)');
      document.body.append(probe);
      const colour = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return colour;
    });
  const white = 'rgb(255, 255, 255)';
  const dark = 'rgb(33, 35, 39)';
  await app.page.emulateMedia({ colorScheme: 'light' });
  expect(await paper()).toBe(white);
  await app.page.evaluate(() => window.copydesk.updateSettings({ theme: 'dark' }));
  await expect.poll(paper).toBe(dark);
  // Kept across a restart: the host applies it before the page shows.
  await app.restart();
  expect(await paper()).toBe(dark);
  await app.page.evaluate(() => window.copydesk.updateSettings({ theme: 'system' }));
  await expect.poll(paper).toBe(white);
});

test('Format commands leave the body alone while another field has focus', async ({ app }) => {
  const { page } = app;
  await bodyEditor(page).click();
  await page.keyboard.type('Rains return');
  await page.keyboard.press('Shift+Home');
  await page.getByRole('textbox', { name: 'Headline' }).click();
  await app.emitHostEvent('menuCommand', { command: 'bold' });
  await app.emitHostEvent('menuCommand', { command: 'link' });
  await expect(page.getByRole('dialog', { name: 'Link' })).toHaveCount(0);
  await expect(bodyEditor(page).locator('strong, b')).toHaveCount(0);
});
