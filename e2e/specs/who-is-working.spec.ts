// Who is working: the first-run prompt (Save and Skip), the name asked once more by the first comment
// after a skip (Cancel cancels it), Settings ▸ Who is working, and the prompt's look and accessibility.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type CopydeskApp } from '../fixtures';
import { expectNoAxeViolations } from '../rig/axe';
import { shootLightAndDark } from '../rig/screenshots';
import { bodyEditor, expectBodySelection } from './editor-steps';
import { clickAppBarCommand } from './app-bar-steps';

const prompt = (page: Page) => page.getByRole('dialog', { name: 'Who is working?' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Review' });

async function storedSettings(app: CopydeskApp): Promise<Record<string, unknown>> {
  return JSON.parse(await fsp.readFile(path.join(app.stateFolder, 'settings.json'), 'utf8').catch(() => '{}')) as Record<string, unknown>;
}

/** Writes a paragraph, selects it and opens a new comment on it, then types the comment and posts it. */
async function commentOnParagraph(page: Page, text: string): Promise<void> {
  await bodyEditor(page).click();
  await page.keyboard.insertText('The borehole at Nakwamekwi used to draw forty families by dawn.');
  await page.keyboard.press('Shift+Home');
  await expectBodySelection(page, 'The borehole at Nakwamekwi used to draw forty families by dawn.');
  await page.keyboard.press('Control+Alt+M');
  const form = panel(page).getByRole('form', { name: 'New comment' });
  await expect(form.getByRole('textbox', { name: 'Your comment' })).toBeFocused();
  await page.keyboard.insertText(text);
  await form.getByRole('button', { name: 'Comment', exact: true }).click();
}

test.describe('on the first start', () => {
  test.use({ user: null });

  test('asks who is working; Save stores the name and initials with the settings, and the next start does not ask', async ({ app }) => {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    const dialog = prompt(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('signs your comments, suggestions, status changes and hand-offs');
    const name = dialog.getByRole('textbox', { name: 'Your name' });
    const initials = dialog.getByRole('textbox', { name: 'Initials' });
    await expect(name).toBeFocused();
    await expectNoAxeViolations(page, 'who is working, first start');

    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(name).toHaveAccessibleDescription('Enter your name.');
    await expect(name).toBeFocused();
    await expectNoAxeViolations(page, 'who is working, no name given');

    await name.fill('Amina Odhiambo');
    await expect(initials).toHaveValue('AO');
    await shootLightAndDark(page, 'who-is-working');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect.poll(() => storedSettings(app)).toMatchObject({ user: { name: 'Amina Odhiambo', initials: 'AO' }, userPromptAnswered: true });

    await app.restart();
    await expect(bodyEditor(app.page)).toBeVisible();
    await app.page.getByRole('button', { name: 'Settings', exact: true }).click();
    const settings = app.page.getByRole('dialog', { name: 'Settings' });
    await expect(settings.getByRole('textbox', { name: 'Your name' })).toHaveValue('Amina Odhiambo');
    await expect(prompt(app.page)).toHaveCount(0);
  });

  test('Skip is remembered; the first comment asks once more, Cancel cancels it and Save signs it with the name', async ({ app }) => {
    const { page } = app;
    await prompt(page).getByRole('button', { name: 'Skip' }).click();
    await expect(prompt(page)).toBeHidden();
    await expect.poll(() => storedSettings(app)).toMatchObject({ user: null, userPromptAnswered: true });
    await app.restart();
    await expect(bodyEditor(app.page)).toBeVisible();
    await expect(prompt(app.page)).toHaveCount(0);

    await commentOnParagraph(app.page, 'Source for forty? The county said thirty.');
    const asked = prompt(app.page);
    await expect(asked).toContainText('This is signed with your name');
    await expectNoAxeViolations(app.page, 'who is working, asked by a comment');
    await asked.getByRole('button', { name: 'Cancel' }).click();
    await expect(asked).toBeHidden();
    const post = panel(app.page).getByRole('form', { name: 'New comment' }).getByRole('button', { name: 'Comment', exact: true });
    // Focus is back where it was, and nothing was posted.
    await expect(post).toBeFocused();
    await expect(bodyEditor(app.page).locator('mark')).toHaveCount(0);

    await post.click();
    await asked.getByRole('textbox', { name: 'Your name' }).fill('Joseph Kamau');
    await asked.getByRole('textbox', { name: 'Initials' }).fill('JMK');
    await asked.getByRole('button', { name: 'Save' }).click();
    await expect(asked).toBeHidden();
    const thread = panel(app.page).getByRole('list', { name: 'Open comments' }).getByRole('article').first();
    await expect(thread).toContainText('Joseph Kamau');
    await expect(thread).toContainText('JMK');
    await expect(thread).toContainText('Source for forty? The county said thirty.');
    await expect.poll(() => storedSettings(app)).toMatchObject({ user: { name: 'Joseph Kamau', initials: 'JMK' } });
  });

  test('after a skip, changing the status asks for the name; Cancel keeps the status, Save changes and signs it', async ({ app }) => {
    const { page } = app;
    await prompt(page).getByRole('button', { name: 'Skip' }).click();
    const status = page.getByRole('combobox', { name: 'Status' });
    // As a reporter's Tab to the list, then a choice from it.
    await status.focus();
    await status.selectOption({ label: 'In review' });
    await prompt(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(prompt(page)).toBeHidden();
    await expect(status).toHaveValue('draft');
    await expect(status).toBeFocused();

    await status.selectOption({ label: 'In review' });
    await prompt(page).getByRole('textbox', { name: 'Your name' }).fill('Lars Øvergaard');
    await expect(prompt(page).getByRole('textbox', { name: 'Initials' })).toHaveValue('LØ');
    await prompt(page).getByRole('button', { name: 'Save' }).click();
    await expect(status).toHaveValue('in-review');
    await clickAppBarCommand(page, 'History');
    await page.getByRole('dialog', { name: 'History' }).getByRole('button', { name: 'Review log (1)' }).click();
    const entry = page.getByRole('list', { name: 'Review log' }).getByRole('listitem');
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('Lars Øvergaard');
    await expect(entry).toContainText('Status changed from Draft to In review.');
  });
});

test('Settings ▸ Who is working changes the name; the initials follow it until typed, and a blank name is refused', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const section = page.getByRole('dialog', { name: 'Settings' }).getByRole('region', { name: 'Who is working' });
  const name = section.getByRole('textbox', { name: 'Your name' });
  const initials = section.getByRole('textbox', { name: 'Initials' });
  await expect(name).toHaveValue('Copydesk user');
  await expect(initials).toHaveValue('CU');

  await name.fill('Wanjiru Njeri');
  await expect(initials).toHaveValue('WN');
  await expect.poll(() => storedSettings(app)).toMatchObject({ user: { name: 'Wanjiru Njeri', initials: 'WN' } });
  await initials.fill('WaN');
  await name.fill('Wanjiru Njeri-Otieno');
  await expect(initials).toHaveValue('WaN');
  await expect.poll(() => storedSettings(app)).toMatchObject({ user: { name: 'Wanjiru Njeri-Otieno', initials: 'WaN' } });

  await name.fill('   ');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Enter your name.');
  await expectNoAxeViolations(page, 'settings, who is working with a blank name');
  await expect.poll(() => storedSettings(app)).toMatchObject({ user: { name: 'Wanjiru Njeri-Otieno' } });
});
