// Suggesting mode in the body: the app bar's mode switch, typing, deleting and replacing become
// suggestions by the user (underlined / struck through, named), the word count counts the text as
// if they were rejected; accepting and rejecting at the caret; the export holds exactly the accepted
// text; axe and screenshots light and dark with suggestions showing.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { serializeArticle } from '../../core/article/load-article';
import { createArticle } from '../../core/article/new-article';
import { body, paragraph } from '../../core/testing/body-builders';
import { test, expect, type CopydeskApp } from '../fixtures';
import { expectNoAxeViolations } from '../rig/axe';
import { RIG_USER } from '../rig/launch-app';
import { shootLightAndDark } from '../rig/screenshots';
import { exportHtml } from './export-steps';
import { bodyEditor } from './editor-steps';
import { savedArticle } from './autosave-disk';

const ORIGINAL = 'The council met on Tuesday to vote.';

const modeButton = (page: Page, name: 'Editing' | 'Suggesting') => page.getByRole('group', { name: 'Mode' }).getByRole('button', { name, exact: true });
const insertion = (page: Page, text: string) => bodyEditor(page).getByRole('insertion').filter({ hasText: text });
const deletion = (page: Page, text: string) => bodyEditor(page).getByRole('deletion').filter({ hasText: text });
const wordCount = (page: Page) => page.getByRole('contentinfo').getByText(/^\d+ words?$/);

/** Puts the caret `offset` characters into the body's first paragraph. */
async function caretAt(page: Page, offset: number): Promise<void> {
  await bodyEditor(page).click();
  await page.keyboard.press('Control+Home');
  for (let step = 0; step < offset; step++) await page.keyboard.press('ArrowRight');
}

/** A draft ready to export but for what the user suggests in it. */
async function openDraft(app: CopydeskApp): Promise<void> {
  const draft = createArticle({ id: '8a2b4c6d-1e3f-4a5b-9c7d-0e1f2a3b4c5d', now: new Date('2026-12-03T08:00:00Z') });
  const file = path.join(app.dataDir, 'drafts-in', 'council.json');
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(
    file,
    serializeArticle({ ...draft, headline: 'Council vote', slug: 'council-vote', bylines: [{ name: 'Otieno Wafula', role: 'Reporter' }], body: body([paragraph(ORIGINAL)]) }),
  );
  await app.openFromOs(file);
  await expect(bodyEditor(app.page)).toHaveText(ORIGINAL);
}

test('typing, deleting and replacing while suggesting become suggestions; accept one, reject one; the export holds the accepted text', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await openDraft(app);
  await expect(wordCount(page)).toHaveText('7 words');

  await expect(modeButton(page, 'Editing')).toHaveAttribute('aria-pressed', 'true');
  await modeButton(page, 'Suggesting').click();
  await expect(modeButton(page, 'Suggesting')).toHaveAttribute('aria-pressed', 'true');

  // Typing: one insertion that grows as the user types.
  await caretAt(page, 'The council met'.length);
  await page.keyboard.type(' quietly');
  await expect(insertion(page, 'quietly')).toHaveText(' quietly');
  await expect(insertion(page, 'quietly')).toHaveAttribute('title', `Suggested insertion by ${RIG_USER.name}`);

  // Replacing a selection: the word struck through, the new one underlined after it.
  await caretAt(page, 'The council met quietly on '.length);
  for (let step = 0; step < 'Tuesday'.length; step++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type('Monday');
  await expect(deletion(page, 'Tuesday')).toHaveText('Tuesday');
  await expect(insertion(page, 'Monday')).toHaveText('Monday');

  // Deleting: Backspace keeps the words, struck through, and the caret goes before them.
  await caretAt(page, 'The council met quietly on TuesdayMonday to vote'.length);
  for (let step = 0; step < ' to vote'.length; step++) await page.keyboard.press('Backspace');
  await expect(deletion(page, 'vote')).toHaveText(' to vote');

  // Every word is still there, and the count is the text as if every suggestion were rejected.
  await expect(bodyEditor(page)).toHaveText('The council met quietly on TuesdayMonday to vote.');
  await expect(wordCount(page)).toHaveText('7 words');

  await shootLightAndDark(page, 'suggesting-body');
  await expectNoAxeViolations(page, 'body suggestions in Suggesting mode');

  // Accept the insertion and the replacement at the caret, reject the deletion.
  // The popover beside the suggestion at the caret: Tab from the body reaches its Accept.
  await insertion(page, 'quietly').click();
  const popover = page.getByRole('group', { name: `Suggested insertion by ${RIG_USER.name}` });
  await expect(popover).toBeVisible();
  await shootLightAndDark(page, 'suggesting-popover');
  await expectNoAxeViolations(page, 'the accept / reject popover beside a suggestion');
  await page.keyboard.press('Tab');
  await expect(popover.getByRole('button', { name: 'Accept' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(insertion(page, 'quietly')).toHaveCount(0);
  await expect(popover).toBeHidden();
  await insertion(page, 'Monday').click();
  await page.keyboard.press('Control+Alt+A');
  await expect(deletion(page, 'Tuesday')).toHaveCount(0);
  await deletion(page, 'vote').click();
  await page.keyboard.press('Control+Alt+R');
  await expect(bodyEditor(page).getByRole('insertion')).toHaveCount(0);
  await expect(bodyEditor(page).getByRole('deletion')).toHaveCount(0);
  await expect(bodyEditor(page)).toHaveText('The council met quietly on Monday to vote.');

  // One Undo brings the last decision back; Redo makes it again.
  await page.keyboard.press('Control+Z');
  await expect(deletion(page, 'vote')).toHaveText(' to vote');
  await page.keyboard.press('Control+Shift+Z');
  await expect(deletion(page, 'vote')).toHaveCount(0);

  await modeButton(page, 'Editing').click();
  await expect(modeButton(page, 'Editing')).toHaveAttribute('aria-pressed', 'true');
  const html = await exportHtml(app, 'council.html');
  expect(html).toContain('The council met quietly on Monday to vote.');
  expect(html).not.toContain('Tuesday');
  // The review log says who decided each one, however it was decided (popover, keys).
  await expect
    .poll(async () => ((await savedArticle(app))?.review.log ?? []).map((entry) => `${entry.action} by ${entry.by.name}`))
    .toEqual([`accepted by ${RIG_USER.name}`, `accepted by ${RIG_USER.name}`, `rejected by ${RIG_USER.name}`]);
});

test('while suggesting, the body’s cards are read-only, so nothing in them changes unattributed', async ({ app }) => {
  const { page } = app;
  await openDraft(app);
  await caretAt(page, ORIGINAL.length);
  await page.keyboard.press('ControlOrMeta+Alt+q');
  const card = page.getByRole('group', { name: 'Pull quote' });
  const quote = card.getByRole('textbox', { name: 'Quote' });
  await quote.fill('We will vote.');

  await modeButton(page, 'Suggesting').click();
  await expect(quote).not.toBeEditable();
  await expect(card).toContainText('Read-only while suggesting');
  await expect(card.getByRole('button', { name: 'Remove pull quote' })).toHaveCount(0);
  await quote.focus();
  await page.keyboard.type(' Soon.');
  await expect(quote).toHaveValue('We will vote.');
  await shootLightAndDark(page, 'suggesting-card-read-only');
  await expectNoAxeViolations(page, 'a body card while suggesting');
  // Selected, the card is not deleted either.
  await card.getByText('Pull quote', { exact: true }).click();
  await page.keyboard.press('Delete');
  await expect(card).toHaveCount(1);

  await modeButton(page, 'Editing').click();
  await expect(quote).toBeEditable();
  await quote.press('End');
  await page.keyboard.type(' Soon.');
  await expect(quote).toHaveValue('We will vote. Soon.');
  await expect(card.getByRole('button', { name: 'Remove pull quote' })).toBeVisible();
});
