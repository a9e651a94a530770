// Field suggestions: in Suggesting mode edits to the headline and standfirst become suggestions shown
// beside the fields, which keep their text until one is accepted; the export holds only what was
// accepted; the pre-export check blocks while any is pending and goes to the first; the preview can
// show the text with every suggestion accepted.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type CopydeskApp } from '../fixtures';
import { expectNoAxeViolations } from '../rig/axe';
import { shootLightAndDark } from '../rig/screenshots';
import { articleDetails, bodyEditor } from './editor-steps';

const HEADLINE = 'Kisumu ferry resumes service after two-week halt';
const SUGGESTED_HEADLINE = 'Kisumu ferry back in service after engine fire';
const STANDFIRST = 'The MV Uhuru carried 400 passengers on its first crossing.';
const SUGGESTED_STANDFIRST = 'QUOKKA standfirst that is rejected.';

const headline = (page: Page) => page.getByRole('textbox', { name: 'Headline' });
const standfirst = (page: Page) => page.getByRole('textbox', { name: 'Standfirst' });
const suggestionOn = (page: Page, field: string) => page.getByRole('group', { name: new RegExp(`^Suggested ${field} change by `) });

async function writeReadyStory(page: Page): Promise<void> {
  await headline(page).fill(HEADLINE);
  await standfirst(page).fill(STANDFIRST);
  const details = articleDetails(page);
  await details.getByRole('button', { name: 'Add byline' }).click();
  await details.getByRole('textbox', { name: 'Name, byline 1' }).fill('Otieno Wafula');
  await bodyEditor(page).click();
  await page.keyboard.insertText('The ferry left the pier at seven with every seat taken.');
}

/** Edit ▸ Suggesting Mode, from its key. */
async function startSuggesting(page: Page): Promise<void> {
  await bodyEditor(page).click();
  await page.keyboard.press('Control+Alt+Shift+S');
}

/** Replaces a field's text by typing, as a person would, then leaves the field. */
async function retype(page: Page, field: ReturnType<typeof headline>, text: string): Promise<void> {
  await field.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await bodyEditor(page).click();
}

async function chooseExport(page: Page, format: string) {
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: format }).click();
  return page.getByRole('dialog', { name: 'Pre-export check' });
}

async function exportHtml(app: CopydeskApp): Promise<string> {
  const destination = path.join(app.dataDir, 'out', 'ferry.html');
  await fsp.mkdir(path.dirname(destination), { recursive: true });
  app.dialogs.queueExportDestination(destination);
  const check = await chooseExport(app.page, 'HTML…');
  await check.getByRole('button', { name: /^Export/ }).click();
  await expect(check).toBeHidden();
  await expect(app.page.getByRole('status', { name: 'Export status' })).toContainText('Exported HTML');
  return fsp.readFile(destination, 'utf8');
}

test('suggested headline and standfirst changes sit beside the fields; one accepted, one rejected; the export holds the accepted text only', async ({ app }) => {
  const { page } = app;
  await writeReadyStory(page);
  await startSuggesting(page);

  await retype(page, headline(page), SUGGESTED_HEADLINE);
  await retype(page, standfirst(page), SUGGESTED_STANDFIRST);
  // The fields keep their text; each suggestion shows the old words struck and the new underlined.
  await expect(headline(page)).toHaveValue(HEADLINE);
  await expect(standfirst(page)).toHaveValue(STANDFIRST);
  const onHeadline = suggestionOn(page, 'headline');
  await expect(onHeadline).toHaveCount(1);
  await expect(onHeadline.locator('del')).toContainText(['resumes', 'two-week halt']);
  await expect(onHeadline.locator('ins')).toContainText(['back in', 'engine fire']);

  // A second edit by the same person updates the one suggestion; in the field they edit their suggestion.
  await headline(page).click();
  await expect(headline(page)).toHaveValue(SUGGESTED_HEADLINE);
  await expect(onHeadline).toContainText('You are editing this suggestion');
  // The suggested headline wraps in the field, so the end of the text, not of the line.
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' today');
  await bodyEditor(page).click();
  await expect(headline(page)).toHaveValue(HEADLINE);
  await expect(suggestionOn(page, 'headline')).toHaveCount(1);
  await expect(onHeadline.locator('ins').last()).toContainText('today');

  await onHeadline.getByRole('button', { name: /^Accept / }).click();
  await expect(headline(page)).toHaveValue(`${SUGGESTED_HEADLINE} today`);
  await expect(suggestionOn(page, 'headline')).toHaveCount(0);
  // The slug follows an accepted headline, as it follows a typed one.
  await expect(articleDetails(page).getByRole('textbox', { name: 'Slug' })).toHaveValue('kisumu-ferry-back-in-service-after-engine-fire-today');

  await suggestionOn(page, 'standfirst').getByRole('button', { name: /^Reject / }).click();
  await expect(suggestionOn(page, 'standfirst')).toHaveCount(0);
  await expect(standfirst(page)).toHaveValue(STANDFIRST);
  // Focus goes back to the field the decided suggestion was on.
  await expect(standfirst(page)).toBeFocused();

  const html = await exportHtml(app);
  expect(html).toContain(`<h1>${SUGGESTED_HEADLINE} today</h1>`);
  expect(html).toContain(STANDFIRST);
  expect(html).not.toContain('QUOKKA');
  expect(html).not.toContain(HEADLINE);
});

test('pending suggestions block the export, and “Go to first suggestion” goes to it', async ({ app }) => {
  const { page } = app;
  await writeReadyStory(page);
  await startSuggesting(page);
  await retype(page, standfirst(page), SUGGESTED_STANDFIRST);

  const check = await chooseExport(page, 'HTML…');
  const blockers = check.getByRole('region', { name: /Blockers/ });
  await expect(blockers).toContainText('1 suggestion is still pending (on the fields). Accept or reject it before exporting.');
  await expect(check.getByRole('button', { name: /^Export/ })).toBeDisabled();
  await blockers.getByRole('button', { name: 'Go to first suggestion' }).click();
  await expect(check).toBeHidden();
  await expect(suggestionOn(page, 'standfirst')).toBeFocused();
});

test('the preview shows the export as written, or with suggestions accepted', async ({ app }) => {
  const { page } = app;
  await writeReadyStory(page);
  await startSuggesting(page);
  await retype(page, headline(page), SUGGESTED_HEADLINE);

  await page.getByRole('button', { name: 'Preview' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preview' });
  const frame = dialog.locator('iframe').contentFrame();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
  const toggle = dialog.getByRole('switch', { name: 'Preview with suggestions accepted (1)' });
  await expect(toggle).not.toBeChecked();

  await toggle.check();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(SUGGESTED_HEADLINE);
  await expect(dialog).toContainText('As if every pending suggestion were accepted');
  await toggle.uncheck();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
  // The draft itself is unchanged by looking.
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(headline(page)).toHaveValue(HEADLINE);
});

test('screenshots and accessibility: suggestions beside the fields, the blocked check and the preview switch, light and dark', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await writeReadyStory(page);
  await articleDetails(page).getByRole('textbox', { name: 'Dateline' }).fill('KISUMU');
  await startSuggesting(page);
  await retype(page, headline(page), SUGGESTED_HEADLINE);
  await retype(page, standfirst(page), 'The MV Uhuru carried 412 passengers on its first crossing since the fire.');
  await retype(page, articleDetails(page).getByRole('textbox', { name: 'Dateline' }), 'KISUMU, Kenya');

  await shootLightAndDark(page, 'field-suggestions');
  await expectNoAxeViolations(page, 'field suggestions beside the headline, standfirst and dateline');

  const check = await chooseExport(page, 'HTML…');
  await expect(check.getByRole('region', { name: /Blockers/ })).toContainText('3 suggestions are still pending');
  await shootLightAndDark(page, 'field-suggestions-check');
  await expectNoAxeViolations(page, 'pre-export check blocked by pending suggestions');
  await check.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Preview' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preview' });
  await dialog.getByRole('switch', { name: /Preview with suggestions accepted/ }).check();
  await expect(dialog.locator('iframe').contentFrame().getByRole('heading', { level: 1 })).toHaveText(SUGGESTED_HEADLINE);
  await shootLightAndDark(page, 'field-suggestions-preview');
  await expectNoAxeViolations(page, 'preview with suggestions accepted');
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  // Back in the headline, the user edits their own suggestion there.
  await headline(page).click();
  await expect(headline(page)).toHaveValue(SUGGESTED_HEADLINE);
  await shootLightAndDark(page, 'field-suggestions-editing');
  await expectNoAxeViolations(page, 'editing an own suggestion in the headline');
});
