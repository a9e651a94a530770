import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Article, ArticleStatus } from '../../core/article/article-schema';
import { createArticle } from '../../core/article/new-article';
import { test, expect, type CopydeskApp } from '../fixtures';

function draft(headline: string, body: string, status: ArticleStatus = 'draft', byline = 'Amina Odhiambo', at = new Date()): Article {
  const article = createArticle({ id: randomUUID(), now: at });
  return {
    ...article,
    headline,
    status,
    bylines: [{ name: byline, role: 'Reporter' }],
    body: {
      root: {
        type: 'root',
        version: 1,
        children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: body, format: 0, detail: 0, mode: 'normal', style: '' }] }],
      },
    } as Article['body'],
  };
}

/** Saves drafts through the host, as the app does. */
async function saveThroughHost(app: CopydeskApp, articles: Article[]): Promise<void> {
  for (const article of articles) {
    const reply = await app.page.evaluate((json) => window.copydesk.saveDraft({ article: json }), JSON.stringify(article));
    expect(reply.ok).toBe(true);
  }
}

function library(app: CopydeskApp) {
  return app.page.getByRole('dialog', { name: 'Open a draft' });
}

const rows = (app: CopydeskApp) => library(app).getByRole('list', { name: 'Drafts' }).getByRole('button');

test('the library searches body text, filters by status, and a deleted draft goes to the trash and comes back', async ({ app }) => {
  const { page } = app;
  await saveThroughHost(app, [
    draft('Coffee prices rise for a third month', 'Growers in Nyeri were paid more per kilo.', 'in-review'),
    draft('Ferry services resume on Lake Victoria', 'The first boat left Kisumu at six.', 'draft', 'Otieno Were'),
    draft('Matatu strike called off', 'Operators return to the roads on Monday.', 'approved'),
  ]);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(rows(app)).toHaveCount(3);
  await expect(library(app).getByRole('button', { name: /Ferry services resume/ })).toContainText('Otieno Were');
  await expect(library(app).getByRole('button', { name: /Ferry services resume/ })).toContainText('7 words');

  // Search matches words in the body, not only the headline.
  await library(app).getByRole('searchbox', { name: 'Search drafts' }).fill('kisumu boat');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText('Ferry services resume on Lake Victoria');
  await library(app).getByRole('searchbox', { name: 'Search drafts' }).fill('');
  await expect(rows(app)).toHaveCount(3);

  await library(app).getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Approved' });
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText('Matatu strike called off');
  await library(app).getByRole('combobox', { name: 'Status' }).selectOption({ label: 'All' });

  await library(app).getByRole('combobox', { name: 'Sort' }).selectOption({ label: 'Headline' });
  await expect(rows(app).first()).toContainText('Coffee prices');
  await expect(rows(app).last()).toContainText('Matatu strike');

  // Delete from the keyboard: the row goes, the draft waits in the trash (never erased on the spot).
  await library(app).getByRole('button', { name: /Ferry services resume/ }).focus();
  await page.keyboard.press('Delete');
  await expect(library(app).getByRole('status').filter({ hasText: 'Moved “Ferry services resume on Lake Victoria” to the trash.' })).toBeVisible();
  await expect(rows(app)).toHaveCount(2);
  await library(app).getByRole('button', { name: 'Undo' }).click();
  await expect(rows(app)).toHaveCount(3);
});

test('trash: restore one draft, then empty the trash after confirming', async ({ app }) => {
  const { page } = app;
  await saveThroughHost(app, [draft('Kisumu port handles record tonnage', 'Lake traffic recovers.'), draft('Nairobi water rationing eased', 'Dams are fuller.')]);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(rows(app)).toHaveCount(2);

  for (const headline of ['Kisumu port handles record tonnage', 'Nairobi water rationing eased']) {
    await library(app).getByRole('button', { name: new RegExp(headline) }).focus();
    await library(app).getByRole('group', { name: 'Selected draft' }).getByRole('button', { name: 'Move to trash' }).click();
    await expect(library(app).getByRole('button', { name: new RegExp(headline) })).toHaveCount(0);
  }
  await expect(library(app).getByRole('status').filter({ hasText: 'No saved drafts yet.' })).toBeVisible();

  await library(app).getByRole('button', { name: 'Trash', exact: true }).click();
  const trash = page.getByRole('dialog', { name: 'Trash' });
  await expect(trash.getByRole('list', { name: 'Drafts in the trash' }).getByRole('listitem')).toHaveCount(2);
  await trash.getByRole('button', { name: 'Restore Kisumu port handles record tonnage' }).click();
  await expect(trash.getByRole('list', { name: 'Drafts in the trash' }).getByRole('listitem')).toHaveCount(1);

  await trash.getByRole('button', { name: 'Empty trash…' }).click();
  await expect(trash.getByRole('alert')).toContainText('Erase the draft in the trash for good?');
  await trash.getByRole('button', { name: 'Keep them' }).click();
  await expect(trash.getByRole('list', { name: 'Drafts in the trash' }).getByRole('listitem')).toHaveCount(1);
  await trash.getByRole('button', { name: 'Empty trash…' }).click();
  await trash.getByRole('button', { name: 'Erase for good' }).click();
  await expect(trash.getByText('The trash is empty.')).toBeVisible();

  await trash.getByRole('button', { name: '← Back to drafts' }).click();
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText('Kisumu port handles record tonnage');
});

test('duplicate makes a copy; an unreadable draft is listed with its problem', async ({ app }) => {
  const { page } = app;
  await saveThroughHost(app, [draft('Election results delayed in two counties', 'Tallying resumes tomorrow.')]);
  const broken = randomUUID();
  await fsp.mkdir(path.join(app.draftsFolder, broken), { recursive: true });
  await fsp.writeFile(path.join(app.draftsFolder, broken, 'article.json'), '{"schemaVersion": 1, "headline": ');

  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(rows(app)).toHaveCount(2);
  const unreadable = library(app).getByRole('button', { name: /Unreadable draft/ });
  await expect(unreadable).toContainText('article.json');
  await unreadable.click();
  await expect(library(app).getByRole('status').filter({ hasText: 'This draft cannot be opened' })).toBeVisible();

  await library(app).getByRole('button', { name: /Election results delayed/ }).focus();
  await library(app).getByRole('button', { name: 'Duplicate' }).click();
  await expect(rows(app)).toHaveCount(3);
  await expect(library(app).getByRole('button', { name: /Copy of Election results delayed/ })).toBeVisible();
});

test('with 2,000 drafts the library shows the rows in view and search still finds one by its body', async ({ app }) => {
  const { page } = app;
  const start = Date.parse('2026-01-01T08:00:00Z');
  for (let i = 0; i < 2000; i += 1) {
    const article = draft(`Council bulletin number ${i + 1}`, `Routine notice ${i + 1} about roads and markets.`, 'draft', 'Desk', new Date(start + i * 60_000));
    const body = i === 1234 ? { ...article, body: draft('', 'The hippopotamus census found forty animals.').body } : article;
    await fsp.mkdir(path.join(app.draftsFolder, article.id), { recursive: true });
    await fsp.writeFile(path.join(app.draftsFolder, article.id, 'article.json'), JSON.stringify(body));
  }
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(library(app).getByRole('status').filter({ hasText: '2,000 drafts' })).toBeVisible({ timeout: 30_000 });
  // Only the rows in view exist; the newest is first and focused.
  const rendered = await rows(app).count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);
  await expect(rows(app).first()).toContainText('Council bulletin number 2000');
  await expect(rows(app).first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(library(app).getByRole('button', { name: /^Council bulletin number 1(?!\d)/ })).toBeFocused();

  await library(app).getByRole('searchbox', { name: 'Search drafts' }).fill('hippopotamus');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText('Council bulletin number 1235');
  await page.keyboard.press('ArrowDown');
  await expect(rows(app).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(library(app)).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Council bulletin number 1235');
});
