import * as fsp from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { test, expect, type CopydeskApp } from '../fixtures';
import { bodyEditor } from './editor-steps';
import { articleFile } from './autosave-disk';
import { clickAppBarCommand } from './app-bar-steps';

/** Screenshots of the library, history, recovery and changed-on-disk views, light and dark, for review (test-results/screenshots/). */
const OUT = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const THEMES = ['light', 'dark'] as const;

async function shoot(app: CopydeskApp, name: string): Promise<void> {
  for (const colorScheme of THEMES) {
    await app.page.emulateMedia({ colorScheme });
    await app.page.screenshot({ path: `${OUT}${name}-${colorScheme}.png` });
  }
  await app.page.emulateMedia({ colorScheme: 'light' });
}

async function writeStory(app: CopydeskApp, headline: string, body: string): Promise<void> {
  await app.page.getByRole('textbox', { name: 'Headline' }).fill(headline);
  await app.page.getByRole('textbox', { name: 'Standfirst' }).fill('County officials say the next harvest could be worse.');
  await bodyEditor(app.page).click();
  await app.page.keyboard.insertText(body);
  await expect(app.page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/);
}

/** The article.json of the draft with this headline. */
async function fileOf(app: CopydeskApp, headline: string): Promise<string> {
  for (const id of await fsp.readdir(app.draftsFolder)) {
    const file = articleFile(app, id);
    const text = await fsp.readFile(file, 'utf8').catch(() => '');
    if (text.includes(headline)) return file;
  }
  throw new Error(`No draft with the headline ${headline}`);
}

test('screenshots: library, history, recovery and changed on disk', async ({ app }) => {
  test.setTimeout(120_000);
  await fsp.mkdir(OUT, { recursive: true });
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 820 });

  for (const [headline, status] of [
    ['Kisumu port handles record tonnage as lake traffic recovers', 'Approved'],
    ['Coffee prices rise for a third month', 'In review'],
    ['', 'Draft'],
  ] as const) {
    await page.getByRole('button', { name: 'New' }).click();
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: status });
    await writeStory(app, headline, `${headline || 'Notes'} — growers in Nyeri were paid more per kilo this week.`);
  }
  await page.getByRole('button', { name: 'New' }).click();
  await writeStory(app, 'Turkana herders count their losses as the rains fail a fifth season', 'The borehole at Nakwamekwi used to draw forty families by dawn.\nThis week only nine came.');

  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page.getByRole('dialog', { name: 'Open a draft' }).getByRole('list', { name: 'Drafts' }).getByRole('button')).toHaveCount(4);
  await shoot(app, 'library');
  await page.keyboard.press('Escape');

  await clickAppBarCommand(page, 'History');
  const history = page.getByRole('dialog', { name: 'History' });
  await history.getByRole('textbox', { name: 'Save version…' }).fill('Filed to the desk');
  await history.getByRole('button', { name: 'Save version' }).click();
  await expect(history.getByRole('list', { name: 'Versions' }).getByRole('listitem')).not.toHaveCount(0);
  await shoot(app, 'history');
  await history.getByRole('button', { name: /^Preview version of / }).first().click();
  const preview = page.getByRole('dialog', { name: /^Version of / });
  await expect(preview.getByRole('button', { name: 'Restore this version' })).toBeVisible();
  await shoot(app, 'history-preview');
  await preview.getByRole('button', { name: 'Restore this version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored the version of' })).toBeVisible();
  await shoot(app, 'history-restored');

  // Changed on disk, with the comparison open.
  const file = await fileOf(app, 'Turkana herders count');
  const current = JSON.parse(await fsp.readFile(file, 'utf8'));
  await fsp.writeFile(file, JSON.stringify({ ...current, headline: 'Turkana herders lose half their herds as rains fail again' }));
  const prompt = page.getByRole('alertdialog', { name: 'This draft changed on disk' });
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: 'Compare' }).click();
  await expect(prompt.getByRole('region', { name: 'On disk now' })).toBeVisible();
  await shoot(app, 'conflict');
  await prompt.getByRole('button', { name: 'Keep mine' }).click();

  // Recovery after a crash.
  await bodyEditor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  const started = Date.now();
  while (Date.now() - started < 5500) await page.keyboard.type(' More from Lodwar', { delay: 30 });
  await app.crash();
  await app.restart();
  await app.page.setViewportSize({ width: 1280, height: 820 });
  await expect(app.page.getByRole('dialog', { name: 'Recover unsaved text' })).toBeVisible();
  await shoot(app, 'recovery');
});
