// Paragraph breaks while suggesting: Enter suggests a new paragraph (a pilcrow in the author's
// colour, named for screen readers), Backspace at a paragraph's start suggests a join; the word
// count and the export show the text as if they were rejected; accept and reject them at the caret
// and from the review panel; formatting is refused with a message instead of applied untracked.
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

const FIRST = 'The council met on Tuesday to vote.';
const SECOND = 'The mayor spoke first.';

const modeButton = (page: Page, name: 'Editing' | 'Suggesting') => page.getByRole('group', { name: 'Mode' }).getByRole('button', { name, exact: true });
const newParagraph = (page: Page) => bodyEditor(page).getByRole('img', { name: `Suggested new paragraph by ${RIG_USER.name}` });
const join = (page: Page) => bodyEditor(page).getByRole('img', { name: `Suggested join of paragraphs by ${RIG_USER.name}` });
const paragraphs = (page: Page) => bodyEditor(page).getByRole('paragraph');
const wordCount = (page: Page) => page.getByRole('contentinfo').getByText(/^\d+ words?$/);

/** Puts the caret `offset` characters into the body's `index`th paragraph. */
async function caretAt(page: Page, index: number, offset: number): Promise<void> {
  // By keys only: the popover beside a suggestion may cover the text.
  await bodyEditor(page).focus();
  await page.keyboard.press('Control+Home');
  for (let step = 0; step < index; step++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  for (let step = 0; step < offset; step++) await page.keyboard.press('ArrowRight');
}

async function openDraft(app: CopydeskApp): Promise<void> {
  const draft = createArticle({ id: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a', now: new Date('2026-12-03T08:00:00Z') });
  const file = path.join(app.dataDir, 'drafts-in', 'council.json');
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(
    file,
    serializeArticle({ ...draft, headline: 'Council vote', slug: 'council-vote', bylines: [{ name: 'Otieno Wafula', role: 'Reporter' }], body: body([paragraph(FIRST), paragraph(SECOND)]) }),
  );
  await app.openFromOs(file);
  await expect(paragraphs(app.page)).toHaveText([FIRST, SECOND]);
}

test('Enter and Backspace at a paragraph start while suggesting are suggested breaks and joins, decided like other suggestions', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await openDraft(app);
  await expect(wordCount(page)).toHaveText('11 words');
  await modeButton(page, 'Suggesting').click();

  // Enter splits the paragraph there, with a pilcrow saying who suggested the new paragraph.
  await caretAt(page, 0, 'The council met on Tues'.length);
  await page.keyboard.press('Enter');
  await expect(paragraphs(page)).toHaveText(['The council met on Tues¶', 'day to vote.', SECOND]);
  await expect(newParagraph(page)).toBeVisible();
  // Counted as if rejected: "Tuesday" is still one word.
  await expect(wordCount(page)).toHaveText('11 words');

  // Typing in the new paragraph is an insertion as usual.
  await page.keyboard.type('Next ');
  await expect(bodyEditor(page).getByRole('insertion').filter({ hasText: 'Next' })).toHaveText('Next ');

  // Backspace at the start of a paragraph suggests joining it to the one before; nothing is joined yet.
  await caretAt(page, 2, 0);
  await page.keyboard.press('Backspace');
  await expect(join(page)).toBeVisible();
  await expect(paragraphs(page)).toHaveCount(3);

  await shootLightAndDark(page, 'suggesting-paragraph-marks');
  await expectNoAxeViolations(page, 'suggested paragraph breaks and joins');

  // Formatting can't be suggested: the text is left as it is and the user is told.
  await caretAt(page, 2, 3);
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Control+B');
  await expect(page.getByRole('alert')).toContainText('Formatting can’t be suggested — switch to Editing');
  await expect(bodyEditor(page).locator('strong, b')).toHaveCount(0);
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();

  // At the mark the popover offers the decision; rejecting the new paragraph joins the text back.
  await caretAt(page, 0, 'The council met on Tues'.length);
  const popover = page.getByRole('group', { name: `Suggested new paragraph by ${RIG_USER.name}` });
  await expect(popover).toBeVisible();
  await page.keyboard.press('Control+Alt+R');
  await expect(newParagraph(page)).toHaveCount(0);
  await expect(paragraphs(page).first()).toHaveText('The council met on TuesNext day to vote.¶');

  // The rest from the review panel: accept all (the insertion, the join).
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  const suggestions = page.getByRole('complementary', { name: 'Review' }).getByRole('region', { name: /^Suggestions/ });
  await expect(suggestions.getByRole('group', { name: `Suggested body paragraph join by ${RIG_USER.name}` })).toBeVisible();
  await suggestions.getByRole('button', { name: /^Accept all/ }).click();
  await expect(paragraphs(page)).toHaveText([`The council met on TuesNext day to vote.${SECOND}`]);
  await expect(join(page)).toHaveCount(0);

  // One Undo takes the decision back.
  await bodyEditor(page).click();
  await page.keyboard.press('Control+Z');
  await expect(join(page)).toBeVisible();
  await page.keyboard.press('Control+Shift+Z');
  await expect(join(page)).toHaveCount(0);

  await modeButton(page, 'Editing').click();
  const html = await exportHtml(app, 'council.html');
  expect(html).toContain(`The council met on TuesNext day to vote.${SECOND}`);
  expect(html).not.toContain('¶');
});
