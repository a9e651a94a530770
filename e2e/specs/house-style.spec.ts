// House style in the editor: the checks underline what they find in the body (CSS highlights) and
// the fields (a layer over the control), the Style panel lists it in reading order with quick fixes,
// “Ignore here” (kept in the draft) and “Ignore always” (kept in the house style), the status bar
// counts it, Settings ▸ House style edits, imports and exports the style file, and the pre-export
// check counts the open issues.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type CopydeskApp } from '../fixtures';
import { expectNoAxeViolations } from '../rig/axe';
import { shootLightAndDark } from '../rig/screenshots';
import { bodyEditor } from './editor-steps';
import { savedArticle } from './autosave-disk';

const LEDE = 'The Independent Boundaries and Electoral Commission (IEBC) will send the tallies by e-mail to every polling station.';
const SECOND = 'Results from 1,450 stations were in by midnight, the IEBC said.';

const panel = (page: Page) => page.getByRole('complementary', { name: 'House style' });
const issues = (page: Page) => panel(page).getByRole('list', { name: 'Style issues' }).getByRole('listitem');
const statusCount = (page: Page) => page.getByRole('contentinfo').getByRole('button', { name: /style issue/ });
const standfirst = (page: Page) => page.getByRole('textbox', { name: 'Standfirst' });

async function writeStory(page: Page): Promise<void> {
  await bodyEditor(page).click();
  await page.keyboard.insertText(`${LEDE}\n${SECOND}`);
}

/** The texts each style highlight underlines in the body, as the page's highlight registry holds them. */
function highlighted(page: Page, name: 'style-warning' | 'style-suggestion' | 'style-active'): Promise<string[]> {
  return page.evaluate((highlight) => Array.from(CSS.highlights.get(highlight) ?? []).map((range) => range.toString()), name);
}

async function openPanel(page: Page): Promise<void> {
  await statusCount(page).click();
  await expect(panel(page)).toBeVisible();
}

async function houseStyleOnDisk(app: CopydeskApp): Promise<{ name: string; ignored: Array<{ rule: string; text: string }>; spellings: Array<{ avoid: string[]; use: string | null }> } | null> {
  try {
    return JSON.parse(await fsp.readFile(path.join(app.stateFolder, 'house-style.json'), 'utf8'));
  } catch {
    return null;
  }
}

test('underlines “e-mail” and the IEBC mis-expansion in the body, lists them in the panel, and fixes one in a single undoable step', async ({ app }) => {
  const { page } = app;
  await writeStory(page);
  await expect.poll(() => highlighted(page, 'style-warning')).toEqual(expect.arrayContaining(['e-mail', 'Independent Boundaries and Electoral Commission']));
  await expect(statusCount(page)).toHaveText(/\d+ style issues/);

  await openPanel(page);
  const acronym = issues(page).filter({ hasText: 'IEBC stands for “Independent Electoral and Boundaries Commission”' });
  await expect(acronym).toHaveCount(1);
  await expect(acronym).toContainText('Paragraph 1');
  // Reading order: the acronym comes before the spelling in the same paragraph.
  const messages = await issues(page).getByRole('button', { name: /Paragraph/ }).allTextContents();
  expect(messages.findIndex((text) => text.includes('IEBC stands for'))).toBeLessThan(messages.findIndex((text) => text.includes('e-mail')));

  // Picking an issue selects its text in the body.
  await acronym.getByRole('button', { name: /IEBC stands for/ }).click();
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('Independent Boundaries and Electoral Commission');
  await expect.poll(() => highlighted(page, 'style-active')).toEqual(['Independent Boundaries and Electoral Commission']);

  await acronym.getByRole('button', { name: 'Change to “Independent Electoral and Boundaries Commission”' }).click();
  await expect(bodyEditor(page)).toContainText('The Independent Electoral and Boundaries Commission (IEBC) will send');
  await expect(issues(page).filter({ hasText: 'IEBC stands for' })).toHaveCount(0);
  await expect.poll(() => highlighted(page, 'style-warning')).not.toContain('Independent Boundaries and Electoral Commission');

  // One step: a single Undo brings the old words back.
  await bodyEditor(page).focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(bodyEditor(page)).toContainText('The Independent Boundaries and Electoral Commission (IEBC) will send');
});

test('underlines a field’s issue, fixes it there, and counts it in the status bar', async ({ app }) => {
  const { page } = app;
  await standfirst(page).fill('Officials will send results by e-mail tonight.');
  const mark = page.locator('.field-overlay-layer .style-field-mark-warning');
  await expect(mark).toHaveText('e-mail');
  await expect(statusCount(page)).toHaveText('1 style issue');
  await openPanel(page);
  const issue = issues(page).filter({ hasText: 'Standfirst' });
  await issue.getByRole('button', { name: 'Change to “email”' }).click();
  await expect(standfirst(page)).toHaveValue('Officials will send results by email tonight.');
  await expect(statusCount(page)).toHaveText('No style issues');
  await expect(mark).toHaveCount(0);
});

test('“Ignore here” is kept in the draft and survives a restart; “Ignore always” goes into the house style', async ({ app }) => {
  const { page } = app;
  await writeStory(page);
  await openPanel(page);
  const spelling = issues(page).filter({ hasText: '“e-mail”' });
  await expect(spelling).toHaveCount(1);
  await spelling.getByRole('button', { name: 'Ignore here' }).click();
  await expect(spelling).toHaveCount(0);
  await expect.poll(() => highlighted(page, 'style-warning')).not.toContain('e-mail');
  await expect.poll(async () => (await savedArticle(app))?.styleIgnores.length ?? 0, { timeout: 10_000 }).toBe(1);

  await app.restart();
  await expect(bodyEditor(app.page)).toContainText('by e-mail');
  await openPanel(app.page);
  await expect(issues(app.page).first()).toBeVisible();
  await expect(issues(app.page).filter({ hasText: '“e-mail”' })).toHaveCount(0);

  const acronym = issues(app.page).filter({ hasText: 'IEBC stands for' });
  await acronym.getByRole('button', { name: 'Ignore always' }).click();
  await expect(acronym).toHaveCount(0);
  expect((await houseStyleOnDisk(app))?.ignored).toEqual([{ rule: 'acronym-expansion-differs', text: 'Independent Boundaries and Electoral Commission' }]);
});

test('the Style panel works from the keyboard: F7 opens it, Tab reaches each action, F7 closes it back to the text', async ({ app }) => {
  const { page } = app;
  await writeStory(page);
  await expect(statusCount(page)).toHaveText(/\d+ style issues/);
  await page.keyboard.press('F7');
  await expect(panel(page)).toBeVisible();
  await panel(page).getByRole('button', { name: 'Close style panel' }).focus();
  await page.keyboard.press('Tab');
  await expect(issues(page).first().getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).not.toBe('');
  await panel(page).getByRole('button', { name: 'Ignore here' }).first().focus();
  const before = await issues(page).count();
  await page.keyboard.press('Enter');
  await expect(issues(page)).toHaveCount(before - 1);
  // Focus moves on to the issue now in its place, still in the panel.
  await expect.poll(() => page.evaluate(() => document.getElementById('style-panel')?.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('F7');
  await expect(panel(page)).toHaveCount(0);
  await expect(bodyEditor(page)).toBeFocused();
});

test('looks right and passes axe, light and dark: underlines, the panel', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('textbox', { name: 'Headline' }).fill('Tallies to go out by e-mail, the IEBC says');
  await standfirst(page).fill('Officials said the the count would finish by 5pm.');
  await writeStory(page);
  for (const paragraph of ['Mr Odhiambo said 7 counties had reported.', 'Later, Mr Odiambo added that it was "on track".']) {
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(paragraph);
  }
  await openPanel(page);
  await expect.poll(() => highlighted(page, 'style-warning')).toContain('Odiambo');
  await page.mouse.click(5, 5);
  await expectNoAxeViolations(page, 'style panel');
  await shootLightAndDark(page, 'house-style-panel');
});

test('the pre-export check counts the open style issues as a warning that leads to the Style panel; the check settings turn it off', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('Tallies to go out tonight');
  await writeStory(page);
  await expect(statusCount(page)).toHaveText(/\d+ style issues/);
  const count = Number((await statusCount(page).textContent())?.match(/\d+/)?.[0]);
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'HTML…' }).click();
  const check = page.getByRole('dialog', { name: 'Pre-export check' });
  const warning = check.getByRole('listitem').filter({ hasText: `${count} house-style issues are still open` });
  await expect(warning).toBeVisible();

  await check.getByText('Check settings').click();
  await check.getByRole('combobox', { name: 'House-style issues still open' }).selectOption({ label: 'Off' });
  await expect(warning).toHaveCount(0);
  await check.getByRole('combobox', { name: 'House-style issues still open' }).selectOption({ label: 'Warns' });
  await warning.getByRole('button', { name: 'Go to field' }).click();
  await expect(check).toHaveCount(0);
  await expect(panel(page)).toBeVisible();
  await expect(issues(page).first().getByRole('button').first()).toBeFocused();
});

const settingsDialog = (page: Page) => page.getByRole('dialog', { name: 'Settings' });
const styleEditor = (page: Page) => page.getByRole('dialog', { name: 'Edit house style' });

async function openStyleEditor(page: Page) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await settingsDialog(page).getByRole('button', { name: 'Edit house style…' }).click();
  await expect(styleEditor(page)).toBeVisible();
  return styleEditor(page);
}

test('the style editor adds a banned word and a glossary entry, names the field of a mistake, and the checks follow at once', async ({ app }) => {
  const { page } = app;
  await bodyEditor(page).click();
  await page.keyboard.insertText('The NWSB said irregardless of the weather the port stays open.');
  await expect(statusCount(page)).toHaveText(/style issue/);
  const editor = await openStyleEditor(page);

  await editor.getByRole('button', { name: 'Add spelling' }).click();
  const rows = await editor.getByRole('textbox', { name: /^Avoid, spelling \d+$/ }).count();
  await editor.getByRole('textbox', { name: `Avoid, spelling ${rows}` }).fill('irregardless');
  await editor.getByRole('textbox', { name: `Why, spelling ${rows}` }).fill('Not standard English.');

  await editor.getByRole('button', { name: 'Add acronym' }).click();
  await editor.getByRole('textbox', { name: 'Acronym, glossary row 1', exact: true }).fill('NWSB');
  // A mistake: the save is refused and the problem names the field, which is marked.
  await editor.getByRole('button', { name: 'Save house style' }).click();
  const problems = editor.getByRole('alert');
  await expect(problems).toContainText('Glossary, row 1 (NWSB): spelled out');
  await expect(editor.getByRole('textbox', { name: 'Spelled out, glossary row 1', exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByRole('textbox', { name: 'Spelled out, glossary row 1', exact: true })).toHaveAccessibleDescription(/Glossary, row 1 \(NWSB\): spelled out/);
  await editor.getByRole('textbox', { name: 'Spelled out, glossary row 1', exact: true }).fill('Nairobi Water Services Board');
  await editor.getByRole('combobox', { name: 'Numbers', exact: true }).selectOption({ label: 'Off' });
  await editor.getByRole('button', { name: 'Save house style' }).click();
  await expect(editor).toHaveCount(0);
  await expect(settingsDialog(page).getByRole('status')).toHaveText('Saved the house style.');

  const stored = await houseStyleOnDisk(app);
  expect(stored?.spellings.at(-1)).toEqual({ avoid: ['irregardless'], use: null, why: 'Not standard English.' });
  await settingsDialog(page).getByRole('button', { name: 'Done' }).click();
  await openPanel(page);
  await expect(issues(page).filter({ hasText: '“irregardless” is not house style.' })).toHaveCount(1);
  await expect(issues(page).filter({ hasText: 'the glossary gives “Nairobi Water Services Board”' })).toHaveCount(1);
});

test('the house style is exported and imported through the file dialogs; a bad file is refused naming its fields', async ({ app }) => {
  const { page, dialogs } = app;
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = settingsDialog(page);
  const exported = path.join(app.dataDir, 'our-style.json');
  dialogs.queueHouseStyleDestination(exported);
  await settings.getByRole('button', { name: 'Export…' }).click();
  await expect(settings.getByRole('status')).toHaveText(`Exported the house style to ${exported}.`);
  const file = JSON.parse(await fsp.readFile(exported, 'utf8'));
  expect(file).toMatchObject({ format: 'copydesk-house-style', version: 1, name: 'Copydesk generic news style' });

  const bad = path.join(app.dataDir, 'broken.json');
  await fsp.writeFile(bad, JSON.stringify({ ...file, glossary: [{ acronym: 'not an acronym', expansion: 'x' }] }));
  dialogs.queueHouseStyleFile(bad);
  await settings.getByRole('button', { name: 'Import…' }).click();
  await expect(settings.getByRole('alert')).toContainText('broken.json');
  await expect(settings.getByRole('alert')).toContainText('$.glossary[0].acronym');

  const coast = path.join(app.dataDir, 'coast.json');
  await fsp.writeFile(coast, JSON.stringify({ ...file, name: 'The Coast Desk', spellings: [{ avoid: ['tallies'], use: 'counts' }] }));
  dialogs.queueHouseStyleFile(coast);
  await settings.getByRole('button', { name: 'Import…' }).click();
  await expect(settings.getByRole('status')).toHaveText('Imported “The Coast Desk”.');
  await expect(settings.getByText('The Coast Desk', { exact: true })).toBeVisible();
  expect((await houseStyleOnDisk(app))?.name).toBe('The Coast Desk');
  await settings.getByRole('button', { name: 'Done' }).click();
  await bodyEditor(page).click();
  await page.keyboard.insertText('The tallies are in.');
  await openPanel(page);
  await expect(issues(page).filter({ hasText: 'House style is “counts”.' })).toHaveCount(1);

  // Back to the default: the newsroom's file is gone and the shipped style applies again.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await settings.getByRole('button', { name: 'Use the default' }).click();
  await expect(settings.getByRole('status')).toHaveText('Back to the default house style.');
  expect(await houseStyleOnDisk(app)).toBeNull();
});

test('the style editor looks right and passes axe, light and dark', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 900 });
  const editor = await openStyleEditor(page);
  await editor.getByRole('button', { name: 'Add acronym' }).click();
  await editor.getByRole('textbox', { name: 'Acronym, glossary row 1', exact: true }).fill('NWSB');
  await editor.getByRole('button', { name: 'Save house style' }).click();
  await expect(editor.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page, 'style editor');
  await shootLightAndDark(page, 'house-style-editor');
  await editor.getByRole('heading', { name: 'Acronym glossary' }).scrollIntoViewIfNeeded();
  await shootLightAndDark(page, 'house-style-editor-glossary');
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await expectNoAxeViolations(page, 'settings with the house style');
  await settingsDialog(page).getByRole('heading', { name: 'House style' }).scrollIntoViewIfNeeded();
  await shootLightAndDark(page, 'house-style-settings');
});

test('a pull quote’s issue goes to the quote’s own field and is fixed there in one undoable step', async ({ app }) => {
  const { page } = app;
  await bodyEditor(page).click();
  await page.keyboard.insertText('The count goes on.');
  await page.keyboard.press('ControlOrMeta+Alt+q');
  const quote = page.getByRole('group', { name: 'Pull quote' }).getByRole('textbox', { name: 'Quote' });
  await quote.fill('Every tally goes out by e-mail.');
  await openPanel(page);
  const issue = issues(page).filter({ hasText: 'Pull quote, block 2' });
  await expect(issue).toHaveCount(1);
  await issue.getByRole('button', { name: /Pull quote, block 2/ }).click();
  await expect(quote).toBeFocused();
  expect(await quote.evaluate((control: HTMLTextAreaElement) => control.value.slice(control.selectionStart, control.selectionEnd))).toBe('e-mail');
  await issue.getByRole('button', { name: 'Change to “email”' }).click();
  await expect(quote).toHaveValue('Every tally goes out by email.');
  await expect(issues(page).filter({ hasText: 'Pull quote, block 2' })).toHaveCount(0);
  await bodyEditor(page).focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(quote).toHaveValue('Every tally goes out by e-mail.');
});

test('while Suggesting, a quick fix in the body becomes the user’s suggestion, never a silent change', async ({ app }) => {
  const { page } = app;
  await writeStory(page);
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Suggesting', exact: true }).click();
  await openPanel(page);
  const spelling = issues(page).filter({ hasText: 'e-mail' });
  await spelling.getByRole('button', { name: 'Change to “email”' }).click();

  await expect(bodyEditor(page).getByRole('deletion')).toHaveText(['e-mail']);
  await expect(bodyEditor(page).getByRole('insertion')).toHaveText(['email']);
  // Still one step.
  await bodyEditor(page).focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(bodyEditor(page).getByRole('insertion')).toHaveCount(0);
  await expect(bodyEditor(page)).toContainText('the tallies by e-mail to every');
});

test('after a keystroke only the changed block is read and sent to the worker, not the whole body', async ({ app }) => {
  const { page } = app;
  await bodyEditor(page).click();
  for (let index = 1; index <= 40; index++) {
    await page.keyboard.insertText(`Paragraph ${index} of the count, sent by e-mail to the tally centre.`);
    await page.keyboard.press('Enter');
  }
  // The first check has read the whole body: a pause in the typing (a busy machine) may have run a check
  // halfway, so wait for the answer to a check sent over all 41 blocks.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const sent = performance.getEntriesByName('copydesk:style-check-sent').at(-1) as PerformanceMeasure | undefined;
        const answered = performance.getEntriesByName('copydesk:style-check-answered').at(-1);
        return sent && answered && answered.startTime >= sent.startTime ? (sent.detail as { blocks: number }).blocks : 0;
      }),
    )
    .toBe(41);
  await expect(statusCount(page)).toHaveText(/\d\d style issues/);
  await page.evaluate(() => performance.clearMeasures('copydesk:style-check-sent'));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.type(' More.');
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('copydesk:style-check-sent').length)).toBeGreaterThan(0);
  const sent = await page.evaluate(() => performance.getEntriesByName('copydesk:style-check-sent').map((entry) => (entry as PerformanceMeasure).detail as { blocksSent: number; blocks: number }));
  expect(sent.at(-1)).toEqual({ blocksSent: 1, blocks: 41 });
});
