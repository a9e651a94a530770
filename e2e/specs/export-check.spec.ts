// Export from the app bar through the pre-export checklist: blockers refuse, warnings need
// “Export anyway”, and the check settings change which is which.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { pngImage } from '../../electron/main/images/test-images';
import { test, expect, type CopydeskApp } from '../fixtures';
import { articleDetails, bodyEditor } from './editor-steps';

const HEADLINE = 'Kisumu ferry resumes service after two-week halt';
const NOTE = 'Legal has not cleared the captain’s quote yet, hold the third paragraph';

async function chooseExport(page: Page, format: string) {
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: format }).click();
  return page.getByRole('dialog', { name: 'Pre-export check' });
}

async function writeReadyStory(page: Page, body: string) {
  await page.getByRole('textbox', { name: 'Headline' }).fill(HEADLINE);
  const details = articleDetails(page);
  await details.getByRole('button', { name: 'Add byline' }).click();
  await details.getByRole('textbox', { name: 'Name, byline 1' }).fill('Otieno Wafula');
  await details.getByRole('textbox', { name: 'Editor’s note' }).fill(NOTE);
  await bodyEditor(page).click();
  await page.keyboard.insertText(body);
}

async function versionReasons(app: CopydeskApp, draftId: string): Promise<string[]> {
  const folder = path.join(app.draftsFolder, draftId, 'versions');
  const names = await fsp.readdir(folder).catch(() => [] as string[]);
  return Promise.all(names.map(async (name) => JSON.parse(await fsp.readFile(path.join(folder, name), 'utf8')).meta.reason as string));
}

test('an empty headline blocks the export, and “Go to field” puts the cursor in the headline', async ({ app }) => {
  const { page } = app;
  await bodyEditor(page).click();
  await page.keyboard.insertText('The ferry carried 400 passengers on its first crossing.');
  const check = await chooseExport(page, 'HTML…');

  const blockers = check.getByRole('region', { name: /Blockers/ });
  await expect(blockers).toContainText('The headline is empty.');
  await expect(blockers).toContainText('There is no byline.');
  await expect(check.getByRole('button', { name: /^Export/ })).toBeDisabled();

  await blockers.getByRole('listitem').filter({ hasText: 'The headline is empty.' }).getByRole('button', { name: 'Go to field' }).click();
  await expect(check).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  // Nothing was asked for or written.
  expect(app.dialogs.suggestedExportNames).toEqual([]);

  const again = await chooseExport(page, 'HTML…');
  await again.getByRole('region', { name: /Blockers/ }).getByRole('listitem').filter({ hasText: 'no byline' }).getByRole('button', { name: 'Go to field' }).click();
  await expect(articleDetails(page).getByRole('button', { name: 'Add byline' })).toBeFocused();
});

test('with warnings only, “Export anyway” writes the HTML, without the editor’s note, and keeps a version', async ({ app }) => {
  const { page } = app;
  await writeReadyStory(page, 'The ferry carried TK passengers on its first crossing since the engine fire.');
  const destination = path.join(app.dataDir, 'out', 'ferry.html');
  await fsp.mkdir(path.dirname(destination), { recursive: true });
  app.dialogs.queueExportDestination(destination);

  const check = await chooseExport(page, 'HTML…');
  await expect(check.getByRole('region', { name: /Blockers/ })).toHaveCount(0);
  await expect(check.getByRole('region', { name: /Warnings/ })).toContainText('The body still has a placeholder: “TK”.');
  await check.getByRole('button', { name: 'Export anyway…' }).click();
  await expect(check).toBeHidden();
  const notice = page.getByRole('status', { name: 'Export status' });
  await expect(notice).toContainText('Exported HTML as ferry.html in out');
  await expect(notice.getByText('Exported HTML')).toHaveAttribute('title', destination);
  // A line of the window of its own: it covers neither the article nor its details.
  const [noticeBox, detailsBox] = await Promise.all([notice.boundingBox(), articleDetails(page).boundingBox()]);
  expect(noticeBox!.y).toBeGreaterThanOrEqual(detailsBox!.y + detailsBox!.height);

  const html = await fsp.readFile(destination, 'utf8');
  expect(html).toContain(`<h1>${HEADLINE}</h1>`);
  expect(html).toContain('Otieno Wafula');
  expect(html).not.toContain('Legal has not cleared');
  const draftId = (await fsp.readdir(app.draftsFolder))[0]!;
  expect(await versionReasons(app, draftId)).toContain('export');
});

test('unsaved edits are saved before the export, and the export is what was just typed', async ({ app }) => {
  const { page } = app;
  await writeReadyStory(page, 'First crossing done.');
  const destination = path.join(app.dataDir, 'ferry.txt');
  app.dialogs.queueExportDestination(destination);
  const check = await chooseExport(page, 'Plain text…');
  await expect(check.getByText('All checks passed.')).toBeVisible();
  await check.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status', { name: 'Export status' })).toContainText('Exported Plain text');
  expect(await fsp.readFile(destination, 'utf8')).toContain('First crossing done.');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/);
});

test('HTML images go into an assets folder beside the file when the editor chooses so', async ({ app }) => {
  const { page } = app;
  await writeReadyStory(page, 'The ferry is back.');
  const picture = path.join(app.dataDir, 'ferry.png');
  await fsp.writeFile(picture, pngImage(40, 30));
  app.dialogs.queueImage(picture);
  const leadImage = articleDetails(page).getByRole('group', { name: 'Lead image' });
  await leadImage.getByRole('button', { name: 'Choose image…' }).click();
  await leadImage.getByRole('textbox', { name: 'Alt text' }).fill('The MV Uhuru at the Kisumu pier');
  await leadImage.getByRole('textbox', { name: 'Caption' }).fill('Back in service on Monday.');
  await leadImage.getByRole('textbox', { name: 'Credit' }).fill('Otieno Wafula');

  const destination = path.join(app.dataDir, 'web', 'ferry.html');
  await fsp.mkdir(path.dirname(destination), { recursive: true });
  app.dialogs.queueExportDestination(destination);
  const check = await chooseExport(page, 'HTML…');
  await check.getByRole('radio', { name: 'In an assets folder beside it' }).check();
  await check.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status', { name: 'Export status' })).toContainText('Exported HTML');

  const html = await fsp.readFile(destination, 'utf8');
  const src = /<img src="(assets\/[^"]+)"/.exec(html)?.[1];
  expect(src).toBeTruthy();
  expect(await fsp.readFile(path.join(path.dirname(destination), src!))).toEqual(pngImage(40, 30));
  expect(html).not.toContain('data:image');
});

test('turning “No byline” from a blocker into a warning allows the export after confirming, and is remembered', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill(HEADLINE);
  const destination = path.join(app.dataDir, 'ferry.md');
  app.dialogs.queueExportDestination(destination);

  const check = await chooseExport(page, 'Markdown…');
  await expect(check.getByRole('button', { name: /^Export/ })).toBeDisabled();
  await check.getByText('Check settings').click();
  await check.getByRole('combobox', { name: 'No byline' }).selectOption({ label: 'Warns' });
  await expect(check.getByRole('region', { name: /Blockers/ })).toHaveCount(0);
  await expect(check.getByRole('region', { name: /Warnings/ })).toContainText('There is no byline.');
  await check.getByRole('button', { name: 'Export anyway…' }).click();
  await expect(page.getByRole('status', { name: 'Export status' })).toContainText('Exported Markdown');
  expect(await fsp.readFile(destination, 'utf8')).toContain(HEADLINE);

  const settings = JSON.parse(await fsp.readFile(path.join(app.stateFolder, 'settings.json'), 'utf8'));
  expect(settings.preExport.severities).toEqual({ 'byline-missing': 'warning' });
  await app.restart();
  const reopened = await chooseExport(app.page, 'Markdown…');
  await expect(reopened.getByRole('region', { name: /Warnings/ })).toContainText('There is no byline.');
});

test('“Go to field” reaches fields in the side panel and the body', async ({ app }) => {
  const { page } = app;
  await writeReadyStory(page, 'The ferry is back XX.');
  const details = articleDetails(page);
  for (const [title, url] of [
    ['Timetable', 'https://kisumu.go.ke/ferry'],
    ['', 'https://kenyaports.go.ke/notices'],
  ] as const) {
    await details.getByRole('button', { name: 'Add related link' }).click();
    const row = (await details.getByRole('textbox', { name: /^Title, related link/ }).count());
    await details.getByRole('textbox', { name: `Title, related link ${row}` }).fill(title);
    await details.getByRole('textbox', { name: `URL, related link ${row}` }).fill(url);
  }
  const goTo = async (message: string) => {
    const check = await chooseExport(page, 'ninjs…');
    await check.getByRole('listitem').filter({ hasText: message }).getByRole('button', { name: 'Go to field' }).click();
    await expect(check).toBeHidden();
  };
  await goTo('Related link 2 has no title.');
  await expect(details.getByRole('textbox', { name: 'Title, related link 2' })).toBeFocused();
  await goTo('The body still has a placeholder: “XX”.');
  await expect(bodyEditor(page)).toBeFocused();
});

test('a headline budget changed in the check settings applies at once and is stored', async ({ app }) => {
  const { page } = app;
  const long = 'Kisumu ferry resumes service after a two-week halt for engine repairs'; // 69 characters
  await writeReadyStory(page, 'The ferry is back.');
  await page.getByRole('textbox', { name: 'Headline' }).fill(long);
  const check = await chooseExport(page, 'JSON (native)…');
  await expect(check.getByRole('region', { name: /Warnings/ })).toContainText('The headline is 69 characters, over the print (60) budget.');
  await check.getByText('Check settings').click();
  await check.getByRole('spinbutton', { name: 'Print headline budget' }).fill('80');
  await expect(check.getByText('All checks passed.')).toBeVisible();
  await check.getByRole('spinbutton', { name: 'Web headline budget' }).fill('');
  await expect.poll(async () => JSON.parse(await fsp.readFile(path.join(app.stateFolder, 'settings.json'), 'utf8')).preExport.headlineBudgets).toEqual({ print: 80, web: null });
});
