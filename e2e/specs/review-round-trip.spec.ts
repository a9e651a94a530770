// The review round trip in the UI: Send for review… and Return to reporter… (status, note, the
// .copydesk written through the host's save dialog, the hand-off logged); opening a returned copy of a
// draft already in the library shows the three-way compare instead of a new draft.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { unpackPortableDraft } from '../../core/portable/portable-draft';
import { test, expect, type CopydeskApp } from '../fixtures';
import { launchCopydesk } from '../rig/launch-app';
import { expectNoAxeViolations } from '../rig/axe';
import { shootLightAndDark } from '../rig/screenshots';
import { bodyEditor } from './editor-steps';
import { savedArticle, versionsOnDisk } from './autosave-disk';

const HEADLINE = 'Kisumu ferry resumes service after two-week halt';
const LEDE = 'The MV Uhuru left the pier at seven with every seat taken.';

const headline = (page: Page) => page.getByRole('textbox', { name: 'Headline' });
const reviewStatus = (page: Page) => page.getByRole('status', { name: 'Review status' });

async function writeStory(page: Page): Promise<void> {
  await headline(page).fill(HEADLINE);
  await bodyEditor(page).click();
  await page.keyboard.insertText(LEDE);
}

const reviewPanel = (page: Page) => page.getByRole('complementary', { name: 'Review' });
const handoffButton = (page: Page, name: 'Send for review…' | 'Return to reporter…') => reviewPanel(page).getByRole('region', { name: 'Hand-off' }).getByRole('button', { name });

/** The review panel's hand-off buttons (the panel opened from the app bar when it is closed). */
async function chooseHandoff(page: Page, name: 'Send for review…' | 'Return to reporter…'): Promise<void> {
  if (!(await reviewPanel(page).isVisible())) await page.getByRole('button', { name: 'Review', exact: true }).click();
  await handoffButton(page, name).click();
}

async function handoffFile(app: CopydeskApp, name: string): Promise<string> {
  const file = path.join(app.dataDir, 'out', name);
  await fsp.mkdir(path.dirname(file), { recursive: true });
  return file;
}

test('Send for review… sets In review, logs the hand-off with the note, writes the .copydesk and says so in the status bar', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 820 });
  await writeStory(page);

  await chooseHandoff(page, 'Send for review…');
  const dialog = page.getByRole('dialog', { name: 'Send for review' });
  await expect(dialog).toBeVisible();
  // Sending offers one status, shown; the note box has focus.
  await expect(dialog.getByRole('radio')).toHaveCount(0);
  await expect(dialog).toContainText('In review');
  const message = dialog.getByRole('textbox', { name: 'Message (optional)' });
  await expect(message).toBeFocused();
  await page.keyboard.insertText('Check the passenger figure with the port.');
  await expectNoAxeViolations(page, 'send for review dialog');
  await shootLightAndDark(page, 'handoff-send');

  // Closing the save dialog hands nothing over and leaves this one open.
  await dialog.getByRole('button', { name: 'Send…' }).click();
  await expect(dialog).toBeVisible();
  expect(app.dialogs.handoffsAsked).toEqual(['for-review']);
  await expect(dialog.getByRole('button', { name: 'Send…' })).toBeEnabled();
  expect((await savedArticle(app))?.review.handoffs).toEqual([]);

  const file = await handoffFile(app, 'ferry.copydesk');
  app.dialogs.queueHandoffDestination(file);
  await dialog.getByRole('button', { name: 'Send…' }).click();
  await expect(dialog).toBeHidden();
  await expect(reviewStatus(page)).toHaveText('Sent for review: wrote ferry.copydesk in out. Status set to In review.');
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('in-review');
  // Focus goes back to the button the dialog was opened from, which now says when the draft changed hands.
  await expect(handoffButton(page, 'Send for review…')).toBeFocused();
  await expect(reviewPanel(page).getByRole('region', { name: 'Hand-off' })).toContainText('Sent for review by ');
  await expectNoAxeViolations(page, 'review panel and status bar after sending');
  await shootLightAndDark(page, 'handoff-sent');

  const saved = await savedArticle(app);
  expect(saved?.status).toBe('in-review');
  expect(saved?.review.handoffs).toHaveLength(1);
  expect(saved?.review.handoffs[0]?.direction).toBe('for-review');
  expect(saved?.review.log.at(-1)?.summary).toContain('“Check the passenger figure with the port.”');
  const sent = unpackPortableDraft(await fsp.readFile(file), file);
  expect(sent.article.headline).toBe(HEADLINE);
  expect(sent.article.review.handoffs).toEqual(saved?.review.handoffs);
  expect(sent.versions.map((version) => version.meta.id)).toEqual([saved?.review.handoffs[0]?.versionId]);

  // The hand-off stays through the next save: the editor took the host's status and review.
  await bodyEditor(page).click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(' Fares are unchanged.');
  await page.keyboard.press('ControlOrMeta+S');
  await expect.poll(async () => (await savedArticle(app))?.body).toBeTruthy();
  await expect.poll(async () => JSON.stringify((await savedArticle(app))?.body)).toContain('Fares are unchanged.');
  expect((await savedArticle(app))?.review.handoffs).toHaveLength(1);
  expect((await savedArticle(app))?.status).toBe('in-review');
});

test('Return to reporter… (Review menu) offers Needs changes or Approved, and Escape cancels with nothing handed over', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 820 });
  await writeStory(page);

  await app.emitHostEvent('menuCommand', { command: 'review.returnToReporter' });
  const dialog = page.getByRole('dialog', { name: 'Return to reporter' });
  const statuses = dialog.getByRole('group', { name: 'Status to set' });
  await expect(statuses.getByRole('radio')).toHaveCount(2);
  await expect(statuses.getByRole('radio', { name: /^Needs changes/ })).toBeChecked();
  await expect(statuses.getByRole('radio', { name: /^Needs changes/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(statuses.getByRole('radio', { name: /^Approved/ })).toBeChecked();
  await expectNoAxeViolations(page, 'return to reporter dialog');
  await shootLightAndDark(page, 'handoff-return');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(app.dialogs.handoffsAsked).toEqual([]);
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('draft');

  await app.emitHostEvent('menuCommand', { command: 'review.returnToReporter' });
  await dialog.getByRole('radio', { name: /^Approved/ }).check();
  const file = await handoffFile(app, 'ferry-approved.copydesk');
  app.dialogs.queueHandoffDestination(file);
  await dialog.getByRole('button', { name: 'Return…' }).click();
  await expect(reviewStatus(page)).toHaveText('Returned to reporter: wrote ferry-approved.copydesk in out. Status set to Approved.');
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('approved');
  expect((await savedArticle(app))?.review.log.at(-1)?.summary).toContain('Status set to Approved.');
});

/** A second Copydesk on a data folder of its own, for the other side of the round trip; closed and removed afterwards. */
async function withOtherDesk(browser: Browser, work: (desk: CopydeskApp) => Promise<void>): Promise<void> {
  const desk = await launchCopydesk({ browser });
  try {
    await work(desk);
    desk.assertNoProblems();
  } finally {
    await desk.close();
    await fsp.rm(desk.dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}

/** File ▸ Open… ▸ Import draft file…, picking `file` (a .copydesk from the other desk). */
async function importDraftFile(desk: CopydeskApp, file: string): Promise<void> {
  desk.dialogs.queuePortableDraftFile(file);
  await desk.page.keyboard.press('ControlOrMeta+O');
  await desk.page.getByRole('dialog', { name: 'Open a draft' }).getByRole('button', { name: 'Import draft file…' }).click();
}

/** Replaces the body paragraph that holds `from` with `to`, typed. */
async function retypeParagraph(page: Page, from: string, to: string): Promise<void> {
  await bodyEditor(page).getByText(from).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.insertText(to);
}

test('opening a returned copy of a draft in the library shows the three-way compare; Cancel changes nothing, Keep result applies the accepted changes and keeps both copies', async ({ app: reporter, browser }) => {
  test.setTimeout(120_000);
  const { page } = reporter;
  await page.setViewportSize({ width: 1280, height: 820 });
  await writeStory(page);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Fares are unchanged for now.');
  await chooseHandoff(page, 'Send for review…');
  const sent = await handoffFile(reporter, 'ferry.copydesk');
  reporter.dialogs.queueHandoffDestination(sent);
  await page.getByRole('dialog', { name: 'Send for review' }).getByRole('button', { name: 'Send…' }).click();
  await expect(reviewStatus(page)).toContainText('Sent for review');
  const draftId = (await savedArticle(reporter))!.id;

  const returned = path.join(reporter.dataDir, 'in', 'ferry-returned.copydesk');
  await withOtherDesk(browser, async (editor) => {
    await importDraftFile(editor, sent);
    await expect(headline(editor.page)).toHaveValue(HEADLINE);
    // The editor edits directly: the headline and the lede.
    await headline(editor.page).fill(`${HEADLINE} as engine is repaired`);
    await retypeParagraph(editor.page, 'The MV Uhuru', 'The MV Uhuru left the pier at seven, every one of its 400 seats taken.');
    await chooseHandoff(editor.page, 'Return to reporter…');
    await fsp.mkdir(path.dirname(returned), { recursive: true });
    editor.dialogs.queueHandoffDestination(returned);
    await editor.page.getByRole('dialog', { name: 'Return to reporter' }).getByRole('button', { name: 'Return…' }).click();
    await expect(reviewStatus(editor.page)).toContainText('Returned to reporter');
  });

  // Meanwhile the reporter changed the last paragraph: a change of their own, kept whatever they choose.
  await retypeParagraph(page, 'Fares are unchanged', 'Fares are unchanged until March.');

  await importDraftFile(reporter, returned);
  const compare = page.getByRole('dialog', { name: 'Compare with the returned copy' });
  await expect(compare).toBeVisible();
  await expect(compare).toContainText('Returned to reporter by ');
  await expect(compare.getByRole('status')).toHaveText(/^4 incoming changes · 1 of yours, kept · 0 accepted/);
  // The slug followed the editor's headline: a change of its own.
  await expect(compare.getByRole('group', { name: 'Slug, Incoming' })).toBeVisible();
  await expect(compare.getByRole('group', { name: 'Headline, Incoming' }).getByRole('insertion')).toHaveText('[added: as engine is repaired]');
  await expect(compare.getByRole('group', { name: 'Status, Incoming' })).toContainText('Needs changes');
  await expect(compare.getByRole('group', { name: 'Paragraph changed, Your change' }).getByRole('insertion')).toHaveText('[added: until March]');
  await expectNoAxeViolations(page, 'compare on opening a returned copy');
  await shootLightAndDark(page, 'compare-on-open');

  // Cancel: nothing of mine changes, the library still has one draft.
  await compare.getByRole('button', { name: 'Cancel' }).click();
  await expect(compare).toBeHidden();
  await expect(reviewStatus(page)).toHaveText('Compare closed: nothing of yours changed. Open the file again to compare.');
  await expect(headline(page)).toHaveValue(HEADLINE);
  await expect(bodyEditor(page)).toContainText('Fares are unchanged until March.');
  expect((await fsp.readdir(reporter.draftsFolder)).filter((name) => /^[0-9a-f-]{36}$/.test(name))).toEqual([draftId]);

  // Again, from the file manager this time: the headline and the status accepted, the lede rejected, the slug left as mine, then kept.
  await reporter.openFromOs(returned);
  await expect(compare).toBeVisible();
  await compare.getByRole('button', { name: 'Accept: Headline' }).click();
  await compare.getByRole('button', { name: 'Accept: Status' }).click();
  await compare.getByRole('button', { name: 'Reject: Paragraph changed' }).click();
  await expect(compare.getByRole('status')).toContainText('2 accepted');
  await compare.getByRole('button', { name: 'Keep result' }).click();
  await expect(compare).toBeHidden();
  await expect(reviewStatus(page)).toContainText('Kept the compare: Accepted 2 of 4 incoming changes');
  await expect(headline(page)).toHaveValue(`${HEADLINE} as engine is repaired`);
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('needs-changes');
  await expect(bodyEditor(page)).toContainText(LEDE);
  await expect(bodyEditor(page)).toContainText('Fares are unchanged until March.');
  await expect(bodyEditor(page)).not.toContainText('400 seats');

  const kept = await savedArticle(reporter);
  expect(kept?.id).toBe(draftId);
  expect(kept?.headline).toBe(`${HEADLINE} as engine is repaired`);
  expect(kept?.review.log.at(-1)?.action).toBe('compare-kept');
  const reasons = (await versionsOnDisk(reporter, draftId)).map((version) => version.meta.reason);
  expect(reasons).toEqual(expect.arrayContaining(['before-merge', 'incoming']));
});
