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
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(saveStatus(page)).toHaveText(/^Saved \d{1,2}:\d{2}.* — the headline is empty; add one before export$/);
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await expect(headline).toHaveAttribute('aria-invalid', 'true');
  await expect(headline).toHaveAccessibleDescription(/The headline is empty; add one before export\./);

  const [saved] = await savedArticles(app.draftsFolder);
  expect(saved?.headline).toBe('');
  expect(JSON.stringify(saved?.body)).toContain('three people were arrested');

  await headline.fill('Three arrested after Mombasa port protest');
  await expect(headline).not.toHaveAttribute('aria-invalid');
  await expect(saveStatus(page)).not.toContainText('headline is empty');
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

test('a body this version cannot show is reported, locked, and saved back untouched', async ({ app }) => {
  const { page } = app;
  const id = '0b7d3c1e-5f2a-4e8b-9c6d-2a1f3e4b5c6d';
  const now = '2026-11-25T07:30:00.000Z';
  const body = {
    root: {
      type: 'root',
      version: 1,
      children: [
        { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Before the picture.', format: 0, detail: 0, mode: 'normal', style: '' }] },
        { type: 'pull-quote-from-the-future', version: 3, children: [], speaker: 'Wanjiru Kamau' },
      ],
    },
  };
  const article = {
    schemaVersion: 1, id, createdAt: now, updatedAt: now, publishedAt: null, status: 'draft', language: 'en',
    section: 'Business', headline: 'Draft from a newer Copydesk', standfirst: '', slug: 'draft-from-a-newer-copydesk', slugEditedByHand: false,
    bylines: [], dateline: '', leadImage: null, body, relatedLinks: [], tags: [], editorsNote: '',
  };
  await fsp.mkdir(path.join(app.draftsFolder, id), { recursive: true });
  await fsp.writeFile(path.join(app.draftsFolder, id, 'article.json'), JSON.stringify(article));

  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByRole('dialog', { name: 'Open a draft' }).getByRole('button', { name: /Draft from a newer Copydesk/ }).click();
  await expect(page.getByRole('alert')).toContainText('The body of this draft cannot be shown');
  await expect(page.getByRole('alert')).toContainText('pull-quote-from-the-future');
  await expect(bodyEditor(page)).toHaveAttribute('contenteditable', 'false');

  await page.getByRole('textbox', { name: 'Standfirst' }).fill('Edited around the body, which stays as it was.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveStatus(page)).toHaveText(/^Saved/);
  const [saved] = await savedArticles(app.draftsFolder);
  expect(saved?.standfirst).toBe('Edited around the body, which stays as it was.');
  expect(saved?.body).toEqual(body);
});
