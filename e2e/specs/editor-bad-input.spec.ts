import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from '../fixtures';
import { articleDetails, bodyEditor } from './editor-steps';

const saveStatus = (page: import('@playwright/test').Page) => page.getByRole('status', { name: 'Save status' });

async function savedArticles(draftsFolder: string): Promise<Array<Record<string, unknown>>> {
  const ids = await fsp.readdir(draftsFolder);
  return Promise.all(ids.map(async (id) => JSON.parse(await fsp.readFile(path.join(draftsFolder, id, 'article.json'), 'utf8'))));
}

test('a related link that is not a full web address is explained at the field', async ({ app }) => {
  const details = articleDetails(app.page);
  await details.getByRole('button', { name: 'Add related link' }).click();
  await details.getByRole('textbox', { name: 'Title, related link 1' }).fill('Budget statement');
  const url = details.getByRole('textbox', { name: 'URL, related link 1' });
  await url.fill('htp:/bad');
  // Nothing is said while typing; leaving the field checks it.
  await expect(url).not.toHaveAttribute('aria-invalid');
  await url.press('Tab');
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(url).toHaveAccessibleDescription('Links may only use https, http or mailto, not “htp”.');

  await url.fill('treasury budget 2026');
  await expect(url).toHaveAccessibleDescription('“treasury budget 2026” is not a full web address. Start it with https:// (or mailto: for email).');

  await url.fill('https://www.treasury.example.org/budget/2026');
  await expect(url).not.toHaveAttribute('aria-invalid');
  await expect(url).toHaveAccessibleDescription('');
});

test('an invalid link is still saved, then flagged at the field and in the save status', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('Treasury publishes the budget statement');
  const details = articleDetails(page);
  await details.getByRole('button', { name: 'Add related link' }).click();
  const url = details.getByRole('textbox', { name: 'URL, related link 1' });
  await url.fill('javascript:alert(1)');
  // Saved straight from the field, without leaving it.
  await url.press('ControlOrMeta+s');

  await expect(saveStatus(page)).toHaveText(/^Saved \d{1,2}:\d{2}.* — one related link needs a full web address$/);
  await expect(url).toHaveAccessibleDescription('Links may only use https, http or mailto, not “javascript”.');
  const [saved] = await savedArticles(app.draftsFolder);
  expect(saved?.relatedLinks).toEqual([{ title: '', url: 'javascript:alert(1)' }]);
});

test('an empty headline does not stop a save, and says what to do', async ({ app }) => {
  const { page } = app;
  await bodyEditor(page).click();
  await page.keyboard.type('Police in Mombasa say three people were arrested after the port protest.');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(saveStatus(page)).toHaveText(/^Saved \d{1,2}:\d{2}.* — the headline is empty; add one before export$/);
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await expect(headline).toHaveAttribute('aria-invalid', 'true');
  await expect(headline).toHaveAccessibleDescription(/The headline is empty; add one before export\./);

  const [saved] = await savedArticles(app.draftsFolder);
  expect(saved?.headline).toBe('');
  expect(JSON.stringify(saved?.body)).toContain('three people were arrested');

  await headline.fill('Three arrested after Mombasa port protest');
  await expect(headline).not.toHaveAttribute('aria-invalid');
  await expect(saveStatus(page)).toHaveText(/^Unsaved changes/);
});

test('the link popover refuses an address it cannot link to and says why', async ({ app }) => {
  const { page } = app;
  await bodyEditor(page).click();
  await page.keyboard.type('Read the ruling');
  await expect(bodyEditor(page)).toContainText('Read the ruling');
  for (let i = 0; i < 'ruling'.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('ControlOrMeta+k');

  const dialog = page.getByRole('dialog', { name: 'Link' });
  const address = dialog.getByRole('textbox', { name: 'Link address' });
  await address.fill('file:///etc/passwd');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeVisible();
  await expect(address).toHaveAccessibleDescription('Links may only use https, http or mailto, not “file”.');
  await expect(bodyEditor(page).getByRole('link')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(bodyEditor(page)).toBeFocused();
});
