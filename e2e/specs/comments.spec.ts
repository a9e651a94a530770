// Comments end to end: adding them on body text and on the headline (toolbar, shortcut, menu command),
// the thread's life (reply, edit, delete, resolve, reopen), detached threads and undo, the review
// panel from the keyboard, saving and reopening, and the panel's look and accessibility.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { expectNoAxeViolations } from '../rig/axe';
import { shootLightAndDark } from '../rig/screenshots';
import { bodyEditor, selectInBody } from './editor-steps';
import { savedArticle } from './autosave-disk';

const LEDE = 'The borehole at Nakwamekwi used to draw forty families by dawn.';
const SECOND = 'This week only nine came, and most had walked for more than three hours.';

const panel = (page: Page) => page.getByRole('complementary', { name: 'Review' });
const openList = (page: Page) => panel(page).getByRole('list', { name: 'Open comments' });
const cards = (list: Locator) => list.getByRole('article');
const formatting = (page: Page) => page.getByRole('toolbar', { name: 'Formatting' });

async function writeBody(page: Page, ...paragraphs: string[]): Promise<void> {
  await bodyEditor(page).click();
  await page.keyboard.insertText(paragraphs.join('\n'));
}

/** Selects part of a plain field's text, focused as the reporter's drag would leave it. */
async function selectInField(field: Locator, start: number, end: number): Promise<void> {
  await field.evaluate((control: HTMLTextAreaElement, [from, to]) => {
    control.focus();
    control.setSelectionRange(from!, to!);
  }, [start, end]);
}

async function writeComment(page: Page, text: string): Promise<void> {
  const form = panel(page).getByRole('form', { name: 'New comment' });
  await expect(form.getByRole('textbox', { name: 'Your comment' })).toBeFocused();
  await page.keyboard.insertText(text);
  await form.getByRole('button', { name: 'Comment', exact: true }).click();
}

/** A body comment on `words`, added from the toolbar. */
async function commentOnBody(page: Page, words: string, text: string): Promise<void> {
  await selectInBody(page, words);
  await formatting(page).getByRole('button', { name: 'Comment' }).click();
  await writeComment(page, text);
}

const marks = (page: Page) => bodyEditor(page).locator('mark');

test('a comment added from the toolbar marks the words and opens its thread in the panel', async ({ app }) => {
  const { page } = app;
  await writeBody(page, LEDE);
  await commentOnBody(page, 'forty families', 'Source for forty? The county said thirty.');

  await expect(marks(page)).toHaveText(['forty families']);
  const card = cards(openList(page)).first();
  await expect(card).toContainText('forty families');
  await expect(card).toContainText('Source for forty? The county said thirty.');
  await expect(card).toContainText('Copydesk user');
  // Back in the text where the reporter was, the new thread active.
  await expect(bodyEditor(page)).toBeFocused();
  await expect(card).toHaveAttribute('aria-current', 'true');
});

test('Ctrl+Alt+M comments on the selection; nothing selected says what to do', async ({ app }) => {
  const { page } = app;
  await writeBody(page, LEDE);
  await page.keyboard.press('Control+Alt+M');
  await expect(page.getByRole('alert')).toContainText('Select the words to comment on first');

  await selectInBody(page, 'borehole');
  await page.keyboard.press('Control+Alt+M');
  await writeComment(page, 'Name the borehole’s owner.');
  await expect(marks(page)).toHaveText(['borehole']);
  await expect(cards(openList(page))).toHaveCount(1);
});

test('Add Comment… from the context menu or the Review menu comments on the selection', async ({ app }) => {
  const { page } = app;
  await writeBody(page, LEDE);
  await selectInBody(page, 'Nakwamekwi');
  // What Electron's context menu and the application menu send for Add Comment….
  await app.emitHostEvent('menuCommand', { command: 'comment.add' });
  await writeComment(page, 'Spelling checked with the county map?');
  await expect(marks(page)).toHaveText(['Nakwamekwi']);

  await app.emitHostEvent('menuCommand', { command: 'view.reviewPanel' });
  await expect(panel(page)).toHaveCount(0);
  await app.emitHostEvent('menuCommand', { command: 'view.reviewPanel' });
  await expect(cards(openList(page))).toHaveCount(1);
});

test('Escape in a new comment cancels it and puts the selection back', async ({ app }) => {
  const { page } = app;
  await writeBody(page, LEDE);
  await selectInBody(page, 'by dawn');
  await page.keyboard.press('Control+Alt+M');
  await page.keyboard.insertText('Half-written');
  await page.keyboard.press('Escape');
  await expect(panel(page).getByRole('form', { name: 'New comment' })).toHaveCount(0);
  await expect(bodyEditor(page)).toBeFocused();
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('by dawn');
  await expect(marks(page)).toHaveCount(0);
});

test('a thread takes replies, and its author edits and deletes their own comments', async ({ app }) => {
  const { page } = app;
  await writeBody(page, LEDE);
  await commentOnBody(page, 'forty families', 'Source?');
  const card = cards(openList(page)).first();

  await card.getByRole('textbox', { name: 'Reply' }).fill('The borehole committee’s register.');
  await card.getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(card).toContainText('The borehole committee’s register.');

  await card.getByRole('button', { name: 'Edit comment: Source?' }).click();
  const editBox = card.getByRole('textbox', { name: 'Edit your comment' });
  await expect(editBox).toBeFocused();
  await editBox.fill('Source for forty?');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card).toContainText('Source for forty?');
  await expect(card).toContainText('edited');

  await card.getByRole('button', { name: /^Delete reply: The borehole/ }).click();
  await expect(card).not.toContainText('register');

  // Deleting the thread asks first; Keep keeps it.
  await card.getByRole('button', { name: 'Delete thread…' }).click();
  const confirm = card.getByRole('group', { name: 'Delete this thread and its replies?' });
  await expect(confirm.getByRole('button', { name: 'Keep' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Keep' }).click();
  await expect(card.getByRole('button', { name: 'Delete thread…' })).toBeFocused();
  await card.getByRole('button', { name: 'Delete thread…' }).click();
  await confirm.getByRole('button', { name: 'Delete thread' }).click();
  await expect(cards(openList(page))).toHaveCount(0);
  await expect(marks(page)).toHaveCount(0);
  await expect(bodyEditor(page)).toHaveText(LEDE);
});

test('resolving folds a thread away and logs it; reopening brings it back', async ({ app }) => {
  const { page } = app;
  await writeBody(page, LEDE);
  await commentOnBody(page, 'forty families', 'Source?');
  await cards(openList(page)).first().getByRole('button', { name: 'Resolve' }).click();
  await expect(cards(openList(page))).toHaveCount(0);
  // A resolved thread's words are no longer highlighted.
  await expect(marks(page).first()).not.toHaveClass(/comment-mark-open/);

  await panel(page).getByText('Resolved (1)').click();
  const resolved = panel(page).getByRole('list', { name: 'Resolved comments' });
  await expect(cards(resolved).first()).toContainText('Resolved by Copydesk user');
  await cards(resolved).first().click();
  await cards(resolved).first().getByRole('button', { name: 'Reopen' }).click();
  await expect(cards(openList(page))).toHaveCount(1);
  await expect(marks(page).first()).toHaveClass(/comment-mark-open/);

  await expect.poll(async () => (await savedArticle(app))?.review.log.map((entry) => entry.action)).toEqual(['resolved', 'reopened']);
});

test('deleting the commented words detaches the thread; Undo puts the mark back', async ({ app }) => {
  const { page } = app;
  await writeBody(page, LEDE, SECOND);
  await commentOnBody(page, 'only nine came', 'Nine families or nine people?');
  await selectInBody(page, 'This week only nine came, and most');
  await page.keyboard.press('Delete');

  const detached = panel(page).getByRole('list', { name: 'Detached comments' });
  await expect(cards(detached)).toHaveCount(1);
  await expect(cards(detached).first()).toContainText('only nine came');
  await expect(cards(openList(page))).toHaveCount(0);

  await page.keyboard.press('Control+Z');
  await expect(marks(page)).toHaveText(['only nine came']);
  await expect(cards(openList(page))).toHaveCount(1);
  await expect(detached).toHaveCount(0);
});

test('a comment on a range of the headline highlights it, with a count beside the label', async ({ app }) => {
  const { page } = app;
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await headline.fill('Turkana herders count their losses as the rains fail');
  await selectInField(headline, 8, 15);
  await page.keyboard.press('Control+Alt+M');
  await writeComment(page, 'Pastoralists?');

  const card = cards(openList(page)).first();
  await expect(card).toContainText('Headline');
  await expect(card).toContainText('herders');
  await expect(page.getByRole('button', { name: '1 comment on the headline' })).toBeVisible();
  await expect(page.locator('.field-comment-mark')).toHaveText('herders');
  // Back in the headline with the words selected.
  await expect(headline).toBeFocused();
  expect(await headline.evaluate((field: HTMLTextAreaElement) => [field.selectionStart, field.selectionEnd])).toEqual([8, 15]);

  // Typing before the words moves the highlight with them; deleting them detaches the thread.
  await headline.fill('Kenya: Turkana herders count their losses as the rains fail');
  await expect(page.locator('.field-comment-mark')).toHaveText('herders');
  await headline.fill('Kenya: Turkana farmers count their losses');
  await expect(cards(panel(page).getByRole('list', { name: 'Detached comments' }))).toHaveCount(1);
});

test('the panel works from the keyboard: arrows between threads, Enter selects, Escape goes back to the text', async ({ app }) => {
  const { page } = app;
  await writeBody(page, LEDE, SECOND);
  // Made out of order: the panel lists them as the text runs.
  await commentOnBody(page, 'three hours', 'Walked or drove?');
  await commentOnBody(page, 'forty families', 'Source?');
  await expect(cards(openList(page))).toHaveText([/forty families/, /three hours/]);

  // The caret in marked words makes their thread the active one.
  await selectInBody(page, 'three');
  await page.keyboard.press('ArrowRight');
  await expect(cards(openList(page)).nth(1)).toHaveAttribute('aria-current', 'true');

  // Past the panel's Close button, the list is one tab stop: the active thread.
  await page.keyboard.press('Tab');
  await expect(panel(page).getByRole('button', { name: 'Close review panel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(cards(openList(page)).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(cards(openList(page)).nth(0)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cards(openList(page)).nth(0)).toHaveAttribute('aria-current', 'true');
  await expect(cards(openList(page)).nth(0).getByRole('textbox', { name: 'Reply' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(bodyEditor(page)).toBeFocused();
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('forty families');

  // The review panel hides and shows from the app bar.
  const toggle = page.getByRole('button', { name: 'Review', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(panel(page)).toHaveCount(0);
  await toggle.click();
  await expect(cards(openList(page))).toHaveCount(2);
});

test('comments survive saving and reopening the draft', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('Turkana herders count their losses');
  await writeBody(page, LEDE);
  await commentOnBody(page, 'forty families', 'Source?');
  await cards(openList(page)).first().getByRole('textbox', { name: 'Reply' }).fill('NDMA bulletin.');
  await cards(openList(page)).first().getByRole('button', { name: 'Reply', exact: true }).click();
  await expect.poll(async () => (await savedArticle(app))?.review.threads[0]?.comments.length).toBe(2);

  await app.restart();
  await expect(marks(app.page)).toHaveText(['forty families']);
  await app.page.getByRole('button', { name: 'Review', exact: true }).click();
  const card = cards(openList(app.page)).first();
  await expect(card).toContainText('Source?');
  await expect(card).toContainText('1 reply');
});

test('screenshots and accessibility: the review panel with threads, light and dark', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await headline.fill('Turkana herders count their losses as the rains fail a fifth season');
  await page.getByRole('textbox', { name: 'Standfirst' }).fill('Aid agencies say 1.2 million people in northern Kenya need food help.');
  await writeBody(page, LEDE, SECOND, 'County officials list what is needed now: water trucking, cash transfers and feed.');
  await selectInField(headline, 8, 15);
  await page.keyboard.press('Control+Alt+M');
  await writeComment(page, 'Pastoralists? The desk style guide prefers it.');
  await commentOnBody(page, 'forty families', 'Source for forty? The county briefing said thirty-two.');
  const first = cards(openList(page)).nth(1);
  await first.getByRole('textbox', { name: 'Reply' }).fill('The borehole committee’s register, 3 November.');
  await first.getByRole('button', { name: 'Reply', exact: true }).click();
  await commentOnBody(page, 'three hours', 'Walked or drove? Worth saying.');
  await commentOnBody(page, 'cash transfers', 'Which agency pays these?');
  await cards(openList(page)).nth(3).click();
  await cards(openList(page)).nth(3).getByRole('button', { name: 'Resolve' }).click();
  await cards(openList(page)).nth(1).click();
  await expect(cards(openList(page)).nth(1)).toHaveAttribute('aria-current', 'true');

  await shootLightAndDark(app.page, 'comments-panel');
  await expectNoAxeViolations(page, 'review panel with comment threads');

  await selectInBody(page, 'nine came');
  await page.keyboard.press('Control+Alt+M');
  await page.keyboard.insertText('Nine families, or nine herders?');
  await shootLightAndDark(app.page, 'comments-new');
  await expectNoAxeViolations(page, 'review panel writing a new comment');
});
