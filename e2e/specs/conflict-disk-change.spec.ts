import * as fsp from 'node:fs/promises';
import { test, expect, type CopydeskApp } from '../fixtures';
import { bodyEditor } from './editor-steps';
import { articleFile, onlyDraftId, savedArticle, versionsOnDisk } from './autosave-disk';

const MINE = 'Council delays vote on the new market levy';
const THEIRS = 'Council approves new market levy after all-night sitting';

/** Writes a draft through the app, then changes its headline on disk the way a sync tool would. */
async function changeOnDisk(app: CopydeskApp): Promise<{ draftId: string; theirsText: string }> {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill(MINE);
  await bodyEditor(page).click();
  await page.keyboard.type('Traders packed the gallery.');
  await expect.poll(async () => (await savedArticle(app))?.headline).toBe(MINE);
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/);
  const draftId = (await onlyDraftId(app)) as string;
  const article = JSON.parse(await fsp.readFile(articleFile(app, draftId), 'utf8'));
  const theirsText = `${JSON.stringify({ ...article, headline: THEIRS }, null, 2)}\n`;
  await fsp.writeFile(articleFile(app, draftId), theirsText);
  return { draftId, theirsText };
}

test('a file changed on disk is never overwritten silently; Keep mine saves mine and keeps theirs in the history', async ({ app }) => {
  const { page } = app;
  const { draftId, theirsText } = await changeOnDisk(app);

  const prompt = page.getByRole('alertdialog', { name: 'This draft changed on disk' });
  await expect(prompt).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(prompt).toBeVisible();
  // Waiting longer than any autosave delay changes nothing on disk.
  await page.waitForTimeout(2500);
  expect(await fsp.readFile(articleFile(app, draftId), 'utf8')).toBe(theirsText);

  await prompt.getByRole('button', { name: 'Compare' }).click();
  await expect(prompt.getByRole('region', { name: 'Your text' })).toContainText(MINE);
  await expect(prompt.getByRole('region', { name: 'On disk now' })).toContainText(THEIRS);
  await expect(prompt.getByRole('region', { name: 'On disk now' })).toContainText('Traders packed the gallery.');

  await prompt.getByRole('button', { name: 'Keep mine' }).click();
  await expect(prompt).toBeHidden();
  await expect.poll(async () => (await savedArticle(app))?.headline).toBe(MINE);
  const kept = await versionsOnDisk(app, draftId);
  expect(kept.map((version) => version.article.headline)).toContain(THEIRS);

  // Autosave goes on as before.
  await bodyEditor(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Then they left.');
  await expect.poll(async () => JSON.stringify((await savedArticle(app))?.body)).toContain('Then they left.');
});

test('Reload puts their version on screen and keeps mine in the history', async ({ app }) => {
  const { page } = app;
  const { draftId } = await changeOnDisk(app);
  const prompt = page.getByRole('alertdialog', { name: 'This draft changed on disk' });
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await expect(prompt).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(THEIRS);
  const kept = await versionsOnDisk(app, draftId);
  expect(kept.map((version) => version.article.headline)).toContain(MINE);
  expect((await savedArticle(app))?.headline).toBe(THEIRS);
});
