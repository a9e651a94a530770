import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { bodyToHtml } from '../../core/export/body-html';
import { bodyToMarkdown } from '../../core/export/markdown';
import { bodyToPlainText } from '../../core/export/plain-text';
import { countWords, bodyPlainText } from '../../core/text/text-stats';
import { bodyEditor, fillNewFactBox, save } from './editor-steps';
import { savedArticle } from './autosave-disk';

/**
 * The body's blocks end to end: inserted from the toolbar's Insert menu, edited by keyboard, saved,
 * exported; pictures also by drop; undo across caption edits. Screenshots of each block in light
 * and dark go to test-results/screenshots/.
 */
const IMAGE = fileURLToPath(new URL('../fixtures/images/turkana-dusk.png', import.meta.url));
const OUT = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

test.use({ viewport: { width: 1440, height: 1100 } });

async function insert(page: Page, item: string): Promise<void> {
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Insert' }).click();
  await page.getByRole('menu', { name: 'Insert' }).getByRole('menuitem', { name: item }).click();
}

test('every block goes in from the Insert menu, is edited from the keyboard, and reaches every export', async ({ app }) => {
  test.setTimeout(300_000);
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('Turnout tops 60 per cent in Kisumu by-election');
  await bodyEditor(page).click();
  await page.keyboard.insertText('Polling stations closed at 5pm.');

  app.dialogs.queueImage(IMAGE);
  await insert(page, 'Picture…');
  const picture = page.getByRole('group', { name: 'Picture' });
  await expect(picture.getByRole('img')).toBeVisible();
  await picture.getByRole('textbox', { name: 'Caption' }).fill('Voters queue at Kondele primary school.');
  await picture.getByRole('textbox', { name: 'Credit' }).fill('Photo: A. Oduya / Ledger');
  await picture.getByRole('textbox', { name: 'Alt text' }).fill('A long queue of voters outside a school gate at dusk.');
  // Backspace in a field edits the field; it does not delete the picture.
  await picture.getByRole('textbox', { name: 'Credit' }).press('End');
  await picture.getByRole('textbox', { name: 'Credit' }).press('Backspace');
  await expect(picture).toBeVisible();
  await picture.getByRole('textbox', { name: 'Credit' }).press('r');

  await insert(page, 'Pull quote');
  const quote = page.getByRole('group', { name: 'Pull quote' });
  await expect(quote.getByRole('textbox', { name: 'Quote' })).toBeFocused();
  await page.keyboard.type('“We counted every ballot twice.”');
  await quote.getByRole('textbox', { name: 'Attribution' }).fill('Fatuma Hassan, returning officer');

  await insert(page, 'Fact box');
  const factBox = await fillNewFactBox(page);

  // Out of the box again: the empty paragraph after it.
  await bodyEditor(page).getByRole('paragraph').last().click();
  await insert(page, 'Embed…');
  const embed = page.getByRole('group', { name: 'Embed' });
  const address = embed.getByRole('textbox', { name: 'Address of the post, video or chart' });
  await expect(address).toBeFocused();
  await address.fill('javascript:alert(1)');
  await address.press('Enter');
  await expect(embed.getByRole('alert')).toContainText('https, http or mailto');
  await address.fill('https://x.com/IEBCKenya/status/1790000000000000000');
  await address.press('Enter');
  await expect(embed).toContainText('X (Twitter)');
  await expect(embed).toContainText('https://x.com/IEBCKenya/status/1790000000000000000');

  await insert(page, 'Table');
  const table = bodyEditor(page).getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(3);
  for (const [index, cell] of ['Candidate', 'Party', 'Votes', 'Achieng’ Oduya', 'ODM', '41,200', 'Kiprono Rotich', 'UDA'].entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(cell);
  }
  await page.keyboard.press('Tab');
  await page.keyboard.type('38,950');
  // Tab in the last cell adds a row; Shift+Tab goes back.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type(' (UDA)');
  const tableMenu = page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Table' });
  const tableAction = async (name: string) => {
    await table.getByRole('cell', { name: 'UDA (UDA)' }).click();
    await tableMenu.click();
    await page.getByRole('menu', { name: 'Table' }).getByRole('menuitem', { name }).click();
  };
  await tableAction('Insert column right');
  await expect(table.getByRole('row').first().getByRole('columnheader')).toHaveCount(4);
  // The new, empty column is the third: delete it from its header.
  await table.getByRole('row').first().getByRole('columnheader').nth(2).click();
  await tableMenu.click();
  await page.getByRole('menu', { name: 'Table' }).getByRole('menuitem', { name: 'Delete column' }).click();
  await expect(table.getByRole('row').first().getByRole('columnheader')).toHaveCount(3);

  await save(page);
  const article = (await savedArticle(app))!;
  const types = article.body.root.children.map((node) => node.type);
  expect(types).toEqual(expect.arrayContaining(['paragraph', 'image', 'pullquote', 'factbox', 'embed', 'table']));

  const html = bodyToHtml(article.body);
  expect(html).toMatch(/<figure><img src="assets\/[0-9a-f]{32}\.png" alt="A long queue of voters outside a school gate at dusk\." width="\d+" height="\d+"><figcaption><span class="caption">Voters queue at Kondele primary school\.<\/span> <small class="credit">Photo: A\. Oduya \/ Ledger<\/small><\/figcaption><\/figure>/);
  expect(html).toContain('<figure class="pull-quote"><blockquote><p>“We counted every ballot twice.”</p></blockquote><figcaption>Fatuma Hassan, returning officer</figcaption></figure>');
  expect(html).toContain('<aside class="fact-box"><h2>How the count works</h2>\n<p>Ballots are counted at each station.</p>\n<ul><li>Agents sign the result form</li></ul>\n</aside>');
  expect(html).toContain('<blockquote class="twitter-tweet"><a href="https://x.com/IEBCKenya/status/1790000000000000000">');
  expect(html).toContain('<thead><tr><th scope="col">Candidate</th><th scope="col">Party</th><th scope="col">Votes</th></tr></thead>');
  expect(html).toContain('<tr><td>Kiprono Rotich</td><td>UDA (UDA)</td><td>38,950</td></tr>');
  expect(html).not.toMatch(/<script|<iframe/);
  expect(bodyToMarkdown(article.body)).toContain('| Candidate | Party | Votes |\n| --- | --- | --- |');
  expect(bodyToPlainText(article.body)).toContain('FACT BOX: How the count works');

  // The status bar counts what the exports count: captions, the pull quote, the fact box and the table.
  await expect(page.getByText(`${countWords(bodyPlainText(article.body))} words`, { exact: true })).toBeVisible();

  await page.getByRole('textbox', { name: 'Headline' }).focus();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const [name, block] of [
      ['picture', picture],
      ['pull-quote', quote],
      ['fact-box', factBox],
      ['embed', embed],
      ['table', table],
    ] as const) {
      await block.scrollIntoViewIfNeeded();
      await block.screenshot({ path: `${OUT}block-${name}-${colorScheme}.png`, animations: 'disabled' });
    }
    await page.screenshot({ path: `${OUT}blocks-editor-${colorScheme}.png` });
  }
});

test('Undo and Redo typed in a card’s field step back through its edits one at a time and keep the block', async ({ app }) => {
  const { page } = app;
  await bodyEditor(page).click();
  await page.keyboard.insertText('Polling stations closed at 5pm.');
  app.dialogs.queueImage(IMAGE);
  await insert(page, 'Picture…');
  const picture = page.getByRole('group', { name: 'Picture' });
  const caption = picture.getByRole('textbox', { name: 'Caption' });
  const credit = picture.getByRole('textbox', { name: 'Credit' });
  await caption.click();
  await page.keyboard.type('Voters queue.');
  await credit.click();
  await page.keyboard.type('Photo: A. Oduya');
  await caption.click();
  await caption.press('End');
  await page.keyboard.type(' At dusk.');

  // Each field's edit is its own step: Undo takes back the last one, not the picture.
  await page.keyboard.press('Control+z');
  await expect(caption).toHaveValue('Voters queue.');
  await expect(credit).toHaveValue('Photo: A. Oduya');
  await expect(caption).toBeFocused();
  await page.keyboard.press('Control+Shift+z');
  await expect(caption).toHaveValue('Voters queue. At dusk.');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(credit).toHaveValue('');
  await expect(caption).toHaveValue('Voters queue.');
  await page.keyboard.press('Control+y');
  await expect(credit).toHaveValue('Photo: A. Oduya');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(caption).toHaveValue('');
  await expect(picture.getByRole('img')).toBeVisible();
  // One more step back is the picture's insertion.
  await page.keyboard.press('Control+z');
  await expect(picture).toHaveCount(0);
  await bodyEditor(page).focus();
  await page.keyboard.press('Control+Shift+z');
  await expect(caption).toHaveValue('');
  await caption.click();
  await page.keyboard.type('Voters queue at dusk.');

  await insert(page, 'Pull quote');
  const quote = page.getByRole('group', { name: 'Pull quote' }).getByRole('textbox', { name: 'Quote' });
  await expect(quote).toBeFocused();
  await page.keyboard.type('“We counted every ballot.”');
  await page.getByRole('group', { name: 'Pull quote' }).getByRole('textbox', { name: 'Attribution' }).click();
  await quote.click();
  await quote.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(' twice.”');
  await page.keyboard.press('Control+z');
  await expect(quote).toHaveValue('“We counted every ballot.”');
  await expect(caption).toHaveValue('Voters queue at dusk.');
  await page.keyboard.press('Control+Shift+z');
  await expect(quote).toHaveValue('“We counted every ballot twice.”');

  // What Undo and Redo leave on screen is what is saved.
  await page.keyboard.press('Control+z');
  await save(page);
  const saved = (await savedArticle(app))!.body.root.children;
  expect(saved.find((node) => node.type === 'image')).toMatchObject({ caption: 'Voters queue at dusk.', credit: '' });
  expect(saved.find((node) => node.type === 'pullquote')).toMatchObject({ text: '“We counted every ballot.”' });
});

test('a picture dropped on the body is stored with the draft and becomes an inline picture', async ({ app }) => {
  const { page } = app;
  await bodyEditor(page).click();
  await page.keyboard.insertText('Dropped below.');
  const bytes = [...(await fsp.readFile(IMAGE))];
  await bodyEditor(page).evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], 'queue.png', { type: 'image/png' }));
    const box = element.getBoundingClientRect();
    element.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true, clientX: box.left + 5, clientY: box.bottom - 5 }));
  }, bytes);
  const picture = page.getByRole('group', { name: 'Picture' });
  await expect(picture.getByRole('img')).toBeVisible();
  await save(page);
  const article = (await savedArticle(app))!;
  const image = article.body.root.children.find((node) => node.type === 'image');
  expect(image?.file).toMatch(/^assets\/[0-9a-f]{32}\.png$/);
  expect(article.leadImage).toBeNull();
  const id = article.id;
  expect(await fsp.readFile(path.join(app.draftsFolder, id, image!.file as string))).toEqual(await fsp.readFile(IMAGE));

  // Bytes that are not a picture are refused by the host, whatever the page says they are.
  const refused = await page.evaluate((draftId) => window.copydesk.storeImage({ draftId, bytes: new TextEncoder().encode('<svg onload=alert(1)>'), name: 'x.png' }), id);
  expect(refused).toEqual({ ok: false, error: { code: 'bad-file', message: '“x.png” is not a JPEG, PNG, GIF, WebP or AVIF image.' } });
});
