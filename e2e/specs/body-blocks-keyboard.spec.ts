import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { test, expect, type CopydeskApp } from '../fixtures';
import type { Article } from '../../core/article/article-schema';
import { bodyToHtml } from '../../core/export/body-html';
import { bodyEditor, save } from './editor-steps';

/**
 * Each body block from its key (Ctrl+Alt, ⌘⌥ on a Mac, with P, Q, B, E or G), from the caret in the
 * body and from inside a fact box, where a block goes after the box instead of into it.
 */

async function savedArticle(app: CopydeskApp): Promise<Article> {
  const [id] = (await fsp.readdir(app.draftsFolder)).filter((name) => /^[0-9a-f-]{36}$/.test(name));
  return JSON.parse(await fsp.readFile(path.join(app.draftsFolder, id!, 'article.json'), 'utf8')) as Article;
}

test('a block inserted with the caret in a fact box goes after the box; paragraphs and lists stay in it', async ({ app }) => {
  const { page } = app;
  await bodyEditor(page).click();
  await page.keyboard.insertText('Polling stations closed at 5pm.');
  await page.keyboard.press('ControlOrMeta+Alt+B');
  await page.keyboard.type('How the count works');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ballots are counted at each station.');
  await page.keyboard.press('Enter');
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('combobox', { name: 'Block type' }).selectOption('bullet');
  await page.keyboard.type('Agents sign the result form');
  const factBox = bodyEditor(page).getByRole('complementary', { name: 'Fact box' });
  await expect(factBox.getByRole('listitem')).toHaveText('Agents sign the result form');

  // With the caret still in the box's list: a pull quote, then (from the box's title) a table.
  await page.keyboard.press('ControlOrMeta+Alt+Q');
  const quote = page.getByRole('group', { name: 'Pull quote' });
  await expect(quote.getByRole('textbox', { name: 'Quote' })).toBeFocused();
  await page.keyboard.type('“Every ballot, twice.”');
  await factBox.getByRole('paragraph').first().click();
  await page.keyboard.press('ControlOrMeta+Alt+G');
  await expect(factBox.getByRole('table')).toHaveCount(0);
  await expect(factBox.getByRole('group')).toHaveCount(0);
  await page.keyboard.type('Station');

  await save(page);
  const children = (await savedArticle(app)).body.root.children;
  expect(children.map((node) => node.type)).toEqual(['paragraph', 'factbox', 'table', 'pullquote', 'paragraph']);
  const box = children[1] as { children: { type: string }[] };
  expect(box.children.map((node) => node.type)).toEqual(['factbox-title', 'paragraph', 'list']);
  const html = bodyToHtml((await savedArticle(app)).body);
  expect(html).toMatch(/<\/aside>\n?<table>/);
  expect(html).toContain('<th scope="col">Station</th>');
});
