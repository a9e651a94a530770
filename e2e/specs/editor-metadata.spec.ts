import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '../fixtures';
import { articleDetails } from './editor-steps';

const IMAGE = fileURLToPath(new URL('../fixtures/images/turkana-dusk.png', import.meta.url));

test('the slug follows the headline until edited, and Reset to headline puts it back', async ({ app }) => {
  const { page } = app;
  const headline = page.getByRole('textbox', { name: 'Headline' });
  const slug = articleDetails(page).getByRole('textbox', { name: 'Slug' });
  await headline.fill('Nairobi Expressway tolls rise by 10 per cent');
  await expect(slug).toHaveValue('nairobi-expressway-tolls-rise-by-10-per-cent');

  await slug.fill('');
  await slug.pressSequentially('Expressway tolls');
  await slug.press('Tab');
  await expect(slug).toHaveValue('expressway-tolls');
  await headline.fill('Nairobi Expressway tolls rise again');
  await expect(slug).toHaveValue('expressway-tolls');

  await articleDetails(page).getByRole('button', { name: 'Reset to headline' }).click();
  await expect(slug).toHaveValue('nairobi-expressway-tolls-rise-again');
  await expect(articleDetails(page).getByRole('button', { name: 'Reset to headline' })).toBeHidden();
  await expect(slug).toBeFocused();
});

test('the headline count shows the budgets set for the pre-export check, and follows them when they change', async ({ app }) => {
  const { page } = app;
  const headline = page.getByRole('textbox', { name: 'Headline' });
  const counter = page.getByRole('main').getByText(/^\d+ \/ /);
  await headline.fill('Kenya’s Treasury');
  await expect(counter).toHaveText('16 / 60 print · 70 web · 100 social');
  await expect(headline).toHaveAccessibleDescription('16 characters: within the print (60), web (70) and social (100) budgets');

  // Over the default print budget the check holds it to, within web and social.
  await headline.fill('Kenya’s Treasury raises the fuel levy again as the shilling slides');
  await expect(counter).toHaveText('66 / 60 print +6 · 70 web · 100 social');
  await expect(headline).toHaveAccessibleDescription('66 characters: 6 over the print budget (60); within web (70) and social (100)');
  await expect.poll(() => counter.getByText('60 print +6').evaluate((element) => getComputedStyle(element).color)).not.toBe(
    await counter.evaluate((element) => getComputedStyle(element).color),
  );

  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const checks = page.getByRole('dialog', { name: 'Settings' }).getByRole('region', { name: 'Pre-export checks' });
  await checks.getByRole('spinbutton', { name: 'Print headline budget' }).fill('');
  await checks.getByRole('spinbutton', { name: 'Web headline budget' }).fill('55');
  await page.keyboard.press('Escape');
  await expect(counter).toHaveText('66 / 55 web +11 · 100 social');
  await expect(headline).toHaveAccessibleDescription('66 characters: 11 over the web budget (55); within social (100)');

  // Stored settings are what the counter shows after a restart too.
  await app.restart();
  await app.page.getByRole('textbox', { name: 'Headline' }).fill('Kenya’s Treasury');
  await expect(app.page.getByRole('main').getByText(/^\d+ \/ /)).toHaveText('16 / 55 web · 100 social');
});

test('tags are added with Enter or a comma, once each, and removed with their button', async ({ app }) => {
  const details = articleDetails(app.page);
  const input = details.getByRole('textbox', { name: 'Tags' });
  await input.fill('Mombasa');
  await input.press('Enter');
  await input.pressSequentially('Ports,mombasa,');
  const tags = details.getByRole('list', { name: 'Tags' });
  await expect(tags.getByRole('listitem')).toHaveCount(2);
  await expect(input).toHaveAccessibleDescription('“mombasa” is already a tag.');

  await details.getByRole('button', { name: 'Remove tag Mombasa', exact: true }).click();
  await expect(tags.getByRole('listitem')).toHaveCount(1);
  await expect(input).toBeFocused();
  await expect(details.getByRole('button', { name: 'Remove tag Ports', exact: true })).toBeVisible();
});

test('bylines can be removed by name, and right-to-left names are shown right to left', async ({ app }) => {
  const details = articleDetails(app.page);
  await details.getByRole('button', { name: 'Add byline' }).click();
  const firstName = details.getByRole('textbox', { name: 'Name, byline 1' });
  await expect(firstName).toBeFocused();
  await expect(details.getByRole('combobox', { name: 'Role, byline 1' })).toHaveValue('Reporter');
  await firstName.fill('يوسف الأمين');
  await expect.poll(() => firstName.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');

  await details.getByRole('button', { name: 'Add byline' }).click();
  await details.getByRole('textbox', { name: 'Name, byline 2' }).fill('Wanjiru Kamau');
  await details.getByRole('button', { name: 'Remove byline يوسف الأمين' }).click();
  await expect(details.getByRole('textbox', { name: 'Name, byline 1' })).toHaveValue('Wanjiru Kamau');
  // Focus moves to the row that took the removed one's place.
  await expect(details.getByRole('textbox', { name: 'Name, byline 1' })).toBeFocused();
  await details.getByRole('button', { name: 'Remove byline Wanjiru Kamau' }).click();
  await expect(details.getByRole('button', { name: 'Add byline' })).toBeFocused();
  await expect(details.getByRole('textbox', { name: /^Name, byline/ })).toHaveCount(0);
});

test('the lead image can be chosen, the picker cancelled, a non-image refused, and the image removed', async ({ app }) => {
  const details = articleDetails(app.page);
  const choose = details.getByRole('button', { name: 'Choose image…' });
  // Nothing queued: the picker behaves as if cancelled.
  await choose.click();
  await expect(details.getByRole('textbox', { name: 'Alt text' })).toBeHidden();

  const notAnImage = path.join(app.dataDir, 'notes.png');
  await fsp.writeFile(notAnImage, 'These are interview notes, not a picture.');
  app.dialogs.queueImage(notAnImage);
  await choose.click();
  await expect(details.getByRole('alert')).toContainText('The image could not be added.');
  await expect(details.getByRole('alert')).toContainText('notes.png');

  app.dialogs.queueImage(IMAGE);
  await choose.click();
  await expect(details.getByRole('alert')).toBeHidden();
  await details.getByRole('textbox', { name: 'Alt text' }).fill('Goats at a dry borehole.');
  await expect(app.page.getByRole('main').getByRole('img', { name: 'Goats at a dry borehole.' })).toBeVisible();

  await details.getByRole('button', { name: 'Remove image' }).click();
  await expect(app.page.getByRole('main').getByRole('img')).toHaveCount(0);
  await expect(details.getByRole('button', { name: 'Choose image…' })).toBeFocused();
});
