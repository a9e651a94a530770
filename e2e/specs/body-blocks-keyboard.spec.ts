import { fileURLToPath } from 'node:url';
import { test, expect } from '../fixtures';
import { bodyToHtml } from '../../core/export/body-html';
import { expectNoAxeViolations } from '../rig/axe';
import { bodyEditor, fillNewFactBox, save } from './editor-steps';
import { savedArticle } from './autosave-disk';

/**
 * Each body block from its key (Ctrl+Alt, ⌘⌥ on a Mac, with P, Q, B, E or G), from the caret in the
 * body and from inside a fact box, where a block goes after the box instead of into it.
 */
const IMAGE = fileURLToPath(new URL('../fixtures/images/turkana-dusk.png', import.meta.url));

test('every block goes in from its key and reaches the body and the export', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await bodyEditor(page).click();
  await page.keyboard.insertText('Polling stations closed at 5pm.');

  // The toolbar's Insert menu offers each block with the key that inserts it.
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Insert' }).click();
  const insertMenu = page.getByRole('menu', { name: 'Insert' });
  for (const [item, key] of [['Picture…', 'P'], ['Pull quote', 'Q'], ['Fact box', 'B'], ['Embed…', 'E'], ['Table', 'G']] as const) {
    await expect(insertMenu.getByRole('menuitem', { name: item, exact: true })).toHaveAttribute('aria-keyshortcuts', new RegExp(`^(Control|Meta)\\+Alt\\+${key}$`));
  }
  await page.keyboard.press('Escape');
  await expect(insertMenu).toBeHidden();
  await bodyEditor(page).getByRole('paragraph').last().click();

  app.dialogs.queueImage(IMAGE);
  await page.keyboard.press('ControlOrMeta+Alt+P');
  const picture = page.getByRole('group', { name: 'Picture' });
  await expect(picture.getByRole('img')).toBeVisible();
  await picture.getByRole('textbox', { name: 'Alt text' }).fill('Voters queue outside a school gate.');

  await bodyEditor(page).getByRole('paragraph').last().click();
  await expect(bodyEditor(page)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+Alt+Q');
  const quote = page.getByRole('group', { name: 'Pull quote' }).getByRole('textbox', { name: 'Quote' });
  await expect(quote).toBeFocused();
  await page.keyboard.type('“We counted every ballot twice.”');

  await bodyEditor(page).getByRole('paragraph').last().click();
  await expect(bodyEditor(page)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+Alt+B');
  await page.keyboard.type('How the count works');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ballots are counted at each station.');
  const factBox = bodyEditor(page).getByRole('complementary', { name: 'Fact box' });
  await expect(factBox.getByRole('paragraph')).toHaveText(['How the count works', 'Ballots are counted at each station.']);

  await bodyEditor(page).getByRole('paragraph').last().click();
  await expect(bodyEditor(page)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+Alt+E');
  const address = page.getByRole('group', { name: 'Embed' }).getByRole('textbox', { name: 'Address of the post, video or chart' });
  await expect(address).toBeFocused();
  await page.keyboard.type('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Embed' })).toContainText('YouTube');

  await bodyEditor(page).getByRole('paragraph').last().click();
  await expect(bodyEditor(page)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+Alt+G');
  const table = bodyEditor(page).getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(3);
  await page.keyboard.type('Candidate');
  // The empty headings show a placeholder, which names them for screen readers too.
  await expect(table.getByRole('columnheader', { name: 'Column heading' })).toHaveCount(2);
  await expect(table.getByRole('columnheader', { name: 'Candidate', exact: true })).toBeVisible();
  await page.getByRole('textbox', { name: 'Headline' }).focus();
  await expectNoAxeViolations(page, 'body with every block');

  await save(page);
  const body = (await savedArticle(app))!.body;
  expect(body.root.children.map((node) => node.type)).toEqual(['paragraph', 'image', 'paragraph', 'pullquote', 'paragraph', 'factbox', 'paragraph', 'embed', 'paragraph', 'table', 'paragraph']);
  const html = bodyToHtml(body);
  expect(html).toContain('alt="Voters queue outside a school gate."');
  expect(html).toContain('<blockquote><p>“We counted every ballot twice.”</p></blockquote>');
  expect(html).toContain('<aside class="fact-box"><h2>How the count works</h2>\n<p>Ballots are counted at each station.</p>\n</aside>');
  expect(html).toContain('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  expect(html).toContain('<thead><tr><th scope="col">Candidate</th><th scope="col"></th><th scope="col"></th></tr></thead>');
  expect(JSON.stringify(body)).not.toContain('Column heading');
  expect(JSON.stringify(body)).toContain('"type":"tablecell"');
});

test('a block inserted with the caret in a fact box goes after the box; paragraphs and lists stay in it', async ({ app }) => {
  const { page } = app;
  await bodyEditor(page).click();
  await page.keyboard.insertText('Polling stations closed at 5pm.');
  await page.keyboard.press('ControlOrMeta+Alt+B');
  const factBox = await fillNewFactBox(page);

  // With the caret still in the box's list: a pull quote, then (from the box's title) a table.
  await page.keyboard.press('ControlOrMeta+Alt+Q');
  const quote = page.getByRole('group', { name: 'Pull quote' });
  await expect(quote.getByRole('textbox', { name: 'Quote' })).toBeFocused();
  await page.keyboard.type('“Every ballot, twice.”');
  await factBox.getByRole('paragraph').first().click();
  await expect(bodyEditor(page)).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('ControlOrMeta+Alt+G');
  await expect(factBox.getByRole('table')).toHaveCount(0);
  await expect(factBox.getByRole('group')).toHaveCount(0);
  await page.keyboard.type('Station');

  await save(page);
  const children = (await savedArticle(app))!.body.root.children;
  expect(children.map((node) => node.type)).toEqual(['paragraph', 'factbox', 'table', 'pullquote', 'paragraph']);
  const box = children[1] as { children: { type: string }[] };
  expect(box.children.map((node) => node.type)).toEqual(['factbox-title', 'paragraph', 'list']);
  const html = bodyToHtml((await savedArticle(app))!.body);
  expect(html).toMatch(/<\/aside>\n?<table>/);
  expect(html).toContain('<th scope="col">Station</th>');
});
