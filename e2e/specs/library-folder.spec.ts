import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from '../fixtures';
import { bodyEditor } from './editor-steps';

const HEADLINE = 'Floods close the Kisumu road';

test('the library moves to another folder, and the open draft is saved into it', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill(HEADLINE);
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/);

  const usb = path.join(app.dataDir, 'usb-stick');
  await fsp.mkdir(usb);
  app.dialogs.queueDraftsFolder(usb);
  await page.getByRole('button', { name: 'Open…' }).click();
  const library = page.getByRole('dialog', { name: 'Open a draft' });
  await library.getByRole('group', { name: 'Drafts folder' }).getByRole('button', { name: 'Change folder…' }).click();
  await expect(library.getByRole('group', { name: 'Drafts folder' })).toContainText('usb-stick');
  await expect(library.getByRole('list', { name: 'Drafts' }).getByRole('button')).toHaveCount(1);
  await expect(library.getByRole('list', { name: 'Drafts' }).getByRole('button').first()).toContainText(HEADLINE);
  const [draftId] = await fsp.readdir(usb);
  expect(await fsp.readFile(path.join(usb, draftId as string, 'article.json'), 'utf8')).toContain(HEADLINE);
});

test('when the drafts folder vanishes, nothing is lost: the prompt says so and the text is kept in another folder', async ({ app }) => {
  const { page } = app;
  const usb = path.join(app.dataDir, 'usb-stick');
  await fsp.mkdir(usb);
  app.dialogs.queueDraftsFolder(usb);
  expect(await page.evaluate(() => window.copydesk.chooseDraftsFolder({}))).toEqual({ ok: true, value: { draftsFolder: usb } });
  await page.getByRole('textbox', { name: 'Headline' }).fill(HEADLINE);
  await bodyEditor(page).click();
  await page.keyboard.type('Water reached the bridge by noon.');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/);

  await fsp.rm(usb, { recursive: true });
  const prompt = page.getByRole('alertdialog', { name: 'This draft changed on disk' });
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: 'Keep mine', exact: true }).click();
  await expect(prompt.getByRole('alert')).toContainText('is gone');

  const elsewhere = path.join(app.dataDir, 'laptop-drafts');
  await fsp.mkdir(elsewhere);
  app.dialogs.queueDraftsFolder(elsewhere);
  await prompt.getByRole('button', { name: 'Keep mine in another folder…' }).click();
  await expect(prompt).toBeHidden();
  const [draftId] = await fsp.readdir(elsewhere);
  const saved = await fsp.readFile(path.join(elsewhere, draftId as string, 'article.json'), 'utf8');
  expect(saved).toContain(HEADLINE);
  expect(saved).toContain('Water reached the bridge by noon.');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/);
});
