// The review round trip in the UI: Send for review… and Return to reporter… (status, note, the
// .copydesk written through the host's save dialog, the hand-off logged); opening a returned copy of a
// draft already in the library shows the three-way compare instead of a new draft.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { unpackPortableDraft } from '../../core/portable/portable-draft';
import type { Person } from '../../core/review/review-schema';
import { test, expect, type CopydeskApp } from '../fixtures';
import { launchCopydesk } from '../rig/launch-app';
import { expectNoAxeViolations } from '../rig/axe';
import { shootLightAndDark } from '../rig/screenshots';
import { articleDetails, bodyEditor, selectInBody } from './editor-steps';
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
  // The text on screen is saved first, then the host asks where to write the file.
  await expect.poll(() => app.dialogs.handoffsAsked).toEqual(['for-review']);
  await expect(dialog).toBeVisible();
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
async function withOtherDesk(browser: Browser, user: Person, work: (desk: CopydeskApp) => Promise<void>): Promise<void> {
  const desk = await launchCopydesk({ browser, user });
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
  await withOtherDesk(browser, { name: 'Joseph Kamau', initials: 'JK' }, async (editor) => {
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
  await compare.getByRole('button', { name: 'Side by side' }).click();
  // Each change in two columns: my text, then theirs, the replaced words struck on my side only.
  const lede = compare.getByRole('group', { name: 'Paragraph changed, Incoming' });
  await expect(lede.getByRole('paragraph')).toHaveCount(2);
  await expect(lede.getByRole('paragraph').first().getByRole('insertion')).toHaveCount(0);
  await expect(lede.getByRole('paragraph').last().getByRole('deletion')).toHaveCount(0);
  await expectNoAxeViolations(page, 'compare on opening a returned copy, side by side');
  await shootLightAndDark(page, 'compare-on-open-side-by-side');

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

test.describe('the review round trip between two desks', () => {
  const AMINA = { name: 'Amina Odhiambo', initials: 'AO' };
  const JOSEPH = { name: 'Joseph Kamau', initials: 'JK' };
  const STANDFIRST = 'The MV Uhuru carried 400 passengers on its first crossing.';
  const SECOND = 'Fares are unchanged for now.';
  const SUGGESTED_HEADLINE = 'Kisumu ferry back in service after engine fire';
  const COMMENT = 'QUOKKA: who counted the seats?';
  const REPLY = 'WOMBAT: the port manifest, seen by me.';
  // The editor's body suggestions: an insertion the reporter accepts, a replacement she rejects.
  const INSERTED = ' sharp';
  const REPLACED = 'for now';
  const REPLACEMENT = 'DINGO until March';
  test.use({ user: AMINA });

  /** The suggestion's card beside its field (the review panel lists it too). */
  const fieldSuggestion = (page: Page, field: string) => page.getByRole('main', { name: 'Article' }).getByRole('group', { name: new RegExp(`^Suggested ${field} change by Joseph Kamau`) });
  /** A body suggestion's card in the review panel's Suggestions section. */
  const bodySuggestion = (page: Page, change: 'insertion' | 'replacement') =>
    reviewPanel(page).getByRole('region', { name: /^Suggestions/ }).getByRole('list', { name: 'Pending suggestions' }).getByRole('group', { name: `Suggested body ${change} by ${JOSEPH.name}` });
  const inBody = (page: Page, role: 'insertion' | 'deletion', text: string) => bodyEditor(page).getByRole(role).filter({ hasText: text });

  test('reporter sends, editor comments and suggests and returns it, reporter compares, decides, replies, resolves and exports only the accepted text', async ({ app: reporter, browser }) => {
    test.setTimeout(180_000);
    const { page } = reporter;
    await page.setViewportSize({ width: 1280, height: 820 });

    // The reporter writes and sends.
    await headline(page).fill(HEADLINE);
    await page.getByRole('textbox', { name: 'Standfirst' }).fill(STANDFIRST);
    await articleDetails(page).getByRole('button', { name: 'Add byline' }).click();
    await articleDetails(page).getByRole('textbox', { name: 'Name, byline 1' }).fill(AMINA.name);
    await bodyEditor(page).click();
    await page.keyboard.insertText(LEDE);
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(SECOND);
    await chooseHandoff(page, 'Send for review…');
    const sent = await handoffFile(reporter, 'ferry.copydesk');
    reporter.dialogs.queueHandoffDestination(sent);
    await page.getByRole('dialog', { name: 'Send for review' }).getByRole('button', { name: 'Send…' }).click();
    await expect(reviewStatus(page)).toContainText('Sent for review');

    // The editor, on another laptop, opens the file, comments, suggests, approves nothing and returns it.
    const returned = path.join(reporter.dataDir, 'in', 'ferry-returned.copydesk');
    await withOtherDesk(browser, JOSEPH, async (editor) => {
      const desk = editor.page;
      await desk.setViewportSize({ width: 1280, height: 820 });
      await importDraftFile(editor, sent);
      await expect(headline(desk)).toHaveValue(HEADLINE);
      await selectInBody(desk, 'every seat taken');
      await desk.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Comment' }).click();
      const form = reviewPanel(desk).getByRole('form', { name: 'New comment' });
      await expect(form.getByRole('textbox', { name: 'Your comment' })).toBeFocused();
      await desk.keyboard.insertText(COMMENT);
      await form.getByRole('button', { name: 'Comment', exact: true }).click();
      await expect(reviewPanel(desk).getByRole('list', { name: 'Open comments' }).getByRole('article')).toHaveCount(1);

      // Edit ▸ Suggesting Mode (its shortcut), shown in the app bar's switch; then the headline and the standfirst retyped.
      await bodyEditor(desk).click();
      await desk.keyboard.press('Control+Alt+Shift+S');
      await expect(desk.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Suggesting', exact: true })).toHaveAttribute('aria-pressed', 'true');
      for (const [field, text] of [
        ['Headline', SUGGESTED_HEADLINE],
        ['Standfirst', 'KOALA standfirst the reporter turns down.'],
      ] as const) {
        await desk.getByRole('textbox', { name: field }).click();
        await desk.keyboard.press('Control+A');
        await desk.keyboard.type(text);
        await bodyEditor(desk).click();
      }
      await expect(headline(desk)).toHaveValue(HEADLINE);
      await expect(fieldSuggestion(desk, 'headline')).toHaveCount(1);
      await expect(fieldSuggestion(desk, 'standfirst')).toHaveCount(1);

      // And in the body: a word typed after 'at seven', and 'for now' replaced.
      await selectInBody(desk, 'at seven');
      await desk.keyboard.press('ArrowRight');
      await desk.keyboard.type(INSERTED);
      await selectInBody(desk, REPLACED);
      await desk.keyboard.type(REPLACEMENT);
      await expect(inBody(desk, 'insertion', INSERTED.trim())).toHaveText(INSERTED);
      await expect(inBody(desk, 'deletion', REPLACED)).toHaveText(REPLACED);
      await expect(inBody(desk, 'insertion', REPLACEMENT)).toHaveText(REPLACEMENT);
      // Every word is still there: nothing of the reporter's text is gone until she decides.
      await expect(bodyEditor(desk)).toContainText(`at seven${INSERTED} with every seat taken.`);
      await expect(bodyEditor(desk)).toContainText(`Fares are unchanged ${REPLACED}${REPLACEMENT}.`);

      await chooseHandoff(desk, 'Return to reporter…');
      const dialog = desk.getByRole('dialog', { name: 'Return to reporter' });
      await expect(dialog.getByRole('radio', { name: /^Needs changes/ })).toBeChecked();
      await dialog.getByRole('textbox', { name: 'Message (optional)' }).fill('Suggestions and a question on the seats.');
      await fsp.mkdir(path.dirname(returned), { recursive: true });
      editor.dialogs.queueHandoffDestination(returned);
      await dialog.getByRole('button', { name: 'Return…' }).click();
      await expect(reviewStatus(desk)).toContainText('Returned to reporter');
    });

    // The reporter opens it: the three-way compare against the hand-off, with the editor's status and comment.
    await importDraftFile(reporter, returned);
    const compare = page.getByRole('dialog', { name: 'Compare with the returned copy' });
    await expect(compare).toContainText('Returned to reporter by Joseph Kamau');
    await expect(compare.getByRole('group', { name: 'Status, Incoming' })).toContainText('Needs changes');
    // Both paragraphs changed: the lede has the comment and a suggestion, the second paragraph a suggestion; both are flagged.
    const changedParagraphs = compare.getByRole('group', { name: /^Paragraph changed, Incoming/ });
    await expect(changedParagraphs).toHaveCount(2);
    await expect(changedParagraphs.nth(0)).toContainText('Comments');
    await expect(changedParagraphs.nth(0)).toContainText('Suggestions, to accept or reject in the draft');
    await expect(changedParagraphs.nth(1)).toContainText('Suggestions, to accept or reject in the draft');
    // Only what the editor changed since the hand-off shows: the headline and standfirst are suggestions in the fields, not changes.
    await expect(compare.getByRole('status')).toHaveText(/^3 incoming changes · 0 accepted/);
    await expectNoAxeViolations(page, 'compare of the returned copy, with comments');
    await shootLightAndDark(page, 'round-trip-compare');
    await compare.getByRole('button', { name: 'Accept all' }).click();
    await compare.getByRole('button', { name: 'Keep result' }).click();
    await expect(compare).toBeHidden();
    await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('needs-changes');

    // The body suggestions came with it, in the body and in the review panel.
    await expect(inBody(page, 'insertion', INSERTED.trim())).toHaveText(INSERTED);
    await expect(inBody(page, 'deletion', REPLACED)).toHaveText(REPLACED);
    await expect(inBody(page, 'insertion', REPLACEMENT)).toHaveText(REPLACEMENT);
    if (!(await reviewPanel(page).isVisible())) await page.getByRole('button', { name: 'Review', exact: true }).click();
    await expect(bodySuggestion(page, 'insertion').getByRole('insertion')).toHaveText(`[added: ${INSERTED.trim()}]`);
    await expect(bodySuggestion(page, 'replacement')).toContainText(REPLACEMENT);
    await expectNoAxeViolations(page, 'the returned draft with body and field suggestions');
    await inBody(page, 'insertion', REPLACEMENT).scrollIntoViewIfNeeded();
    await shootLightAndDark(page, 'round-trip-suggestions');
    // The insertion accepted from the panel; the replacement rejected at the caret (Review ▸ Reject Change).
    await bodySuggestion(page, 'insertion').getByRole('button', { name: `Accept body insertion by ${JOSEPH.name}` }).click();
    await expect(inBody(page, 'insertion', INSERTED.trim())).toHaveCount(0);
    await expect(bodyEditor(page)).toContainText(`at seven${INSERTED} with every seat taken.`);
    await inBody(page, 'insertion', REPLACEMENT).click();
    await page.keyboard.press('Control+Alt+R');
    await expect(bodyEditor(page).getByRole('insertion')).toHaveCount(0);
    await expect(bodyEditor(page).getByRole('deletion')).toHaveCount(0);
    await expect(bodyEditor(page)).toContainText(SECOND);
    await expect(bodySuggestion(page, 'replacement')).toHaveCount(0);

    // The suggestions sit beside the fields: the headline accepted, the standfirst rejected.
    await expect(headline(page)).toHaveValue(HEADLINE);
    await fieldSuggestion(page, 'headline').getByRole('button', { name: /^Accept / }).click();
    await expect(headline(page)).toHaveValue(SUGGESTED_HEADLINE);
    await fieldSuggestion(page, 'standfirst').getByRole('button', { name: /^Reject / }).click();
    await expect(page.getByRole('textbox', { name: 'Standfirst' })).toHaveValue(STANDFIRST);
    await expect(fieldSuggestion(page, 'headline')).toHaveCount(0);

    // The editor's comment: a reply, then resolved.
    const thread = reviewPanel(page).getByRole('list', { name: 'Open comments' }).getByRole('article').first();
    await expect(thread).toContainText(COMMENT);
    await expect(thread).toContainText('Joseph Kamau');
    await thread.click();
    await thread.getByRole('textbox', { name: 'Reply' }).fill(REPLY);
    await thread.getByRole('button', { name: 'Reply', exact: true }).click();
    await expect(thread).toContainText(REPLY);
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await expect(reviewPanel(page).getByRole('list', { name: 'Open comments' }).getByRole('article')).toHaveCount(0);
    await shootLightAndDark(page, 'round-trip-decided');

    // File ▸ Export ▸ HTML…: exactly the accepted text, no trace of the comment.
    const exported = path.join(reporter.dataDir, 'out', 'ferry.html');
    reporter.dialogs.queueExportDestination(exported);
    await reporter.emitHostEvent('menuCommand', { command: 'export-html' });
    const check = page.getByRole('dialog', { name: 'Pre-export check' });
    // Nothing pending, no open comment: nothing blocks.
    await expect(check.getByRole('button', { name: /^Export/ })).toBeEnabled();
    await expect(check.getByRole('region', { name: /Blockers/ })).toHaveCount(0);
    await check.getByRole('button', { name: /^Export/ }).click();
    await expect(page.getByRole('status', { name: 'Export status' })).toContainText('Exported HTML');
    const html = await fsp.readFile(exported, 'utf8');
    expect(html).toContain(`<h1>${SUGGESTED_HEADLINE}</h1>`);
    expect(html).toContain(STANDFIRST);
    expect(html).toContain(LEDE.replace('at seven', `at seven${INSERTED}`));
    expect(html).toContain(SECOND);
    expect(html).not.toContain(HEADLINE);
    for (const trace of ['KOALA', 'DINGO', 'QUOKKA', 'WOMBAT', 'Joseph', '<mark', '<ins', '<del', 'comment', 'suggest']) expect(html).not.toContain(trace);
  });
});
