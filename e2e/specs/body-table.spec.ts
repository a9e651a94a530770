import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, type CopydeskApp } from '../fixtures';
import type { Article } from '../../core/article/article-schema';
import { bodyToHtml } from '../../core/export/body-html';
import { bodyEditor, save } from './editor-steps';

const OUT = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** A results table written from the keyboard: Tab and Shift+Tab between cells, arrows between rows, the Table menu's row and column actions. */

async function savedArticle(app: CopydeskApp): Promise<Article> {
  const [id] = (await fsp.readdir(app.draftsFolder)).filter((name) => /^[0-9a-f-]{36}$/.test(name));
  return JSON.parse(await fsp.readFile(path.join(app.draftsFolder, id!, 'article.json'), 'utf8')) as Article;
}

async function tableAction(page: Page, name: string): Promise<void> {
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Table' }).click();
  await page.getByRole('menu', { name: 'Table' }).getByRole('menuitem', { name }).click();
}

test('a table is written from the keyboard, grows and shrinks from the Table menu, and exports with th scope', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await bodyEditor(page).click();
  await page.keyboard.insertText('Provisional results, Kisumu Central.');
  await page.keyboard.press('ControlOrMeta+Alt+G');
  const table = bodyEditor(page).getByRole('table');
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3);
  // A new table's empty headings, as the writer first sees them.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await table.screenshot({ path: `${OUT}block-table-new-${colorScheme}.png`, animations: 'disabled' });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Tab moves cell to cell, row to row; Tab in the last cell adds a row.
  const cells = ['Candidate', 'Party', 'Votes', 'Achieng’ Oduya', 'ODM', '41,200', 'Kiprono Rotich', 'UDA', '38,950'];
  for (const [index, cell] of cells.entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(cell);
  }
  await page.keyboard.press('Tab');
  await expect(rows).toHaveCount(4);
  await page.keyboard.type('Rejected');
  // Shift+Tab goes back: to the last cell of the row above.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('End');
  await page.keyboard.type(' (provisional)');
  await expect(rows.nth(2).getByRole('cell').nth(2)).toHaveText('38,950 (provisional)');

  // Arrows move between rows in the same column.
  await rows.nth(3).getByRole('cell').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Home');
  await page.keyboard.type('Hon. ');
  await expect(rows.nth(2).getByRole('cell').first()).toHaveText('Hon. Kiprono Rotich');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.type(' ballots');
  await expect(rows.nth(3).getByRole('cell').first()).toHaveText('Rejected ballots');

  // Rows and columns from the Table menu, beside the caret's row or column; the caret stays in its cell.
  await tableAction(page, 'Insert row above');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(3).getByRole('cell').first()).toHaveText('');
  await expect(rows.nth(4).getByRole('cell').first()).toHaveText('Rejected ballots');
  await rows.nth(3).getByRole('cell').first().click();
  await page.keyboard.type('Turnout');
  await tableAction(page, 'Insert row below');
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(4).getByRole('cell').first()).toHaveText('');
  await tableAction(page, 'Delete row');
  await expect(rows).toHaveCount(5);
  await expect(table.getByRole('cell', { name: 'Turnout' })).toHaveCount(0);
  await rows.nth(3).getByRole('cell').first().click();
  await tableAction(page, 'Delete row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(3).getByRole('cell').first()).toHaveText('Rejected ballots');

  await rows.first().getByRole('columnheader', { name: 'Party' }).click();
  await tableAction(page, 'Insert column left');
  await expect(rows.first().getByRole('columnheader')).toHaveCount(4);
  await page.keyboard.type('Ward');
  await tableAction(page, 'Insert column right');
  await expect(rows.first().getByRole('columnheader')).toHaveCount(5);
  await tableAction(page, 'Delete column');
  await expect(rows.first().getByRole('columnheader')).toHaveCount(4);
  // By name, as a screen reader hears them: a heading with text no longer shows the empty heading's placeholder.
  for (const [index, heading] of ['Candidate', 'Ward', 'Party', 'Votes'].entries()) await expect(rows.first().getByRole('columnheader').nth(index)).toHaveAccessibleName(heading);
  await rows.nth(1).getByRole('cell').nth(1).click();
  await page.keyboard.type('Central');

  await save(page);
  const html = bodyToHtml((await savedArticle(app)).body);
  expect(html).toContain(
    [
      '<table>',
      '<thead><tr><th scope="col">Candidate</th><th scope="col">Ward</th><th scope="col">Party</th><th scope="col">Votes</th></tr></thead>',
      '<tbody>',
      '<tr><td>Achieng’ Oduya</td><td>Central</td><td>ODM</td><td>41,200</td></tr>',
      '<tr><td>Hon. Kiprono Rotich</td><td></td><td>UDA</td><td>38,950 (provisional)</td></tr>',
      '<tr><td>Rejected ballots</td><td></td><td></td><td></td></tr>',
      '</tbody>',
      '</table>',
    ].join(''),
  );
});
