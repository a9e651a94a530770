// Paste from Google Docs, Word (Windows and Mac) and as plain text, through a real ClipboardEvent
// carrying a DataTransfer, as the browser delivers it; then every export of the saved draft.
// The fixture (e2e/fixtures.ts) fails the test on any CSP violation, so the paste must never hand
// the clipboard HTML to the browser's parser.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, type CopydeskApp } from '../fixtures';
import { loadArticleText } from '../../core/article/load-article';
import type { Article } from '../../core/article/article-schema';
import { articleToHtmlDocument } from '../../core/export/html-document';
import { articleToMarkdown } from '../../core/export/markdown';
import { articleToPlainText } from '../../core/export/plain-text';
import { articleToNinjs } from '../../core/export/ninjs';
import { articleToNativeJson } from '../../core/export/native-json';
import { bodyEditor, save } from './editor-steps';

const FIXTURES = fileURLToPath(new URL('../fixtures/paste/', import.meta.url));
const fixture = (name: string) => fsp.readFile(path.join(FIXTURES, name), 'utf8');
const PICTURE = fileURLToPath(new URL('../fixtures/images/turkana-dusk.png', import.meta.url));

/** A file on the clipboard, as an image viewer or a screenshot tool puts it there. */
interface ClipboardFile {
  name: string;
  type: string;
  bytes: number[];
}

/** Fires a paste at the focused body exactly as the browser does: a ClipboardEvent whose clipboardData holds each type (and file). */
async function paste(page: Page, data: Record<string, string>, files: ClipboardFile[] = []): Promise<void> {
  await bodyEditor(page).focus();
  await page.evaluate(
    ({ entries, files }) => {
      const clipboardData = new DataTransfer();
      for (const [type, value] of Object.entries(entries)) clipboardData.setData(type, value);
      for (const file of files) clipboardData.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    },
    { entries: data, files },
  );
}

async function savedArticle(app: CopydeskApp): Promise<Article> {
  await save(app.page);
  const [draftId] = await fsp.readdir(app.draftsFolder);
  return loadArticleText(await fsp.readFile(path.join(app.draftsFolder, draftId as string, 'article.json'), 'utf8'), 'article.json').article;
}

/** Every export of the saved draft, from core's exporters: HTML, Markdown, plain text, ninjs' HTML body, native JSON. */
function exportsOf(article: Article) {
  const ninjsHtml = articleToNinjs(article).bodies?.find((entry) => entry.contenttype === 'text/html')?.value ?? '';
  return {
    html: articleToHtmlDocument(article),
    markdown: articleToMarkdown(article),
    text: articleToPlainText(article),
    ninjsHtml,
    native: JSON.parse(articleToNativeJson(article)) as { body: unknown },
  };
}

async function preExportCheck(page: Page) {
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'HTML…' }).click();
  return page.getByRole('dialog', { name: 'Pre-export check' });
}

test('a Google Docs copy keeps its formatting, subheads, nested lists and links, resolves suggestions, and says which picture it left out', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('Harbour council count goes to a second day');
  await bodyEditor(page).click();
  await page.keyboard.insertText('Typed before the paste.');
  await page.keyboard.press('Enter');
  await paste(page, {
    'text/html': await fixture('google-docs-story.html'),
    'text/plain': 'Harbour council count goes to a second day\nTurnout\n…',
    'application/x-vnd.google-docs-document-slice-clip+wrapped': await fixture('google-docs-story.slice-clip.json'),
  });

  const body = bodyEditor(page);
  await expect(body.getByRole('heading', { level: 2 })).toHaveText(['Harbour council count goes to a second day', 'Turnout', 'Who won']);
  await expect(body.getByRole('heading', { level: 3 })).toHaveText(['Ward by ward']);
  // Not every word bold: only the run Docs set at weight 700.
  await expect(body.getByRole('paragraph').filter({ hasText: 'Turnout reached' }).getByRole('strong')).toHaveText(['61 per cent']);
  await expect(body.getByRole('heading').getByRole('strong')).toHaveCount(0);
  await expect(body.getByRole('paragraph').filter({ hasText: 'The count resumes' }).getByRole('strong')).toHaveCount(0);
  await expect(body.getByRole('emphasis')).toHaveText(['highest']);
  await expect(body.getByRole('subscript')).toHaveText(['2']);
  await expect(body.getByRole('superscript')).toHaveText(['3']);
  await expect(body.getByRole('link', { name: 'returning officer' })).toHaveAttribute('href', 'https://elections.harbour.gov.uk/results/2026');
  // Three levels, each inside the one above: numbered, bullets, numbered.
  await expect(body.getByRole('list')).toHaveCount(3);
  await expect(body.getByRole('list').first().getByRole('list').first().getByRole('listitem').first()).toHaveText('Margin of 14 votes');
  await expect(body.getByRole('list').nth(1).getByRole('list').getByRole('listitem')).toHaveText(['Second recount on Monday']);
  await expect(body).toContainText('The count resumes on Friday, officials said.');
  await expect(body).not.toContainText('endedresumes');
  await expect(page.getByRole('alert')).toContainText('Pasted without a picture: “Counting staff at the sports hall” (https://lh7-rt.googleusercontent.com/');
  await expect(page.getByRole('alert')).toContainText('is on the web and was not downloaded');
  // The results table is a table, its bold first row the header row.
  const table = body.getByRole('table');
  await expect(table).toHaveCount(1);
  // By name: an empty heading's placeholder (on screen only) is in the cell's text but not its name.
  for (const [index, heading] of ['Candidate', 'Votes'].entries()) await expect(table.getByRole('columnheader').nth(index)).toHaveAccessibleName(heading);
  await expect(table.getByRole('columnheader')).toHaveCount(2);
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText(['Morag Ellis', '4,112']);
  // No empty paragraphs between the blocks: every paragraph has words.
  for (const text of await body.getByRole('paragraph').allInnerTexts()) expect(text.trim()).not.toBe('');

  const article = await savedArticle(app);
  const out = exportsOf(article);
  for (const html of [out.html, out.ninjsHtml]) {
    expect(html).toContain('Turnout reached <strong>61 per cent</strong>, the <em>highest</em> since 1998');
    expect(html).toContain('<a href="https://elections.harbour.gov.uk/results/2026">returning officer</a>');
    expect(html).toContain('<u>hand-counted</u>');
    expect(html).toContain('<s>the first tally</s>');
    expect(html).toContain('CO<sub>2</sub> at 10<sup>3</sup> ppm.');
    expect(html).toMatch(/<ol><li>North ward: recount requested<ul><li>Margin of 14 votes<ol><li>Second recount on Monday<\/li><\/ol><\/li><\/ul><\/li><li>South ward: declared<\/li><\/ol>/);
    expect(html).not.toMatch(/docs-internal-guid|font-weight|google\.com\/url|endedresumes/);
    expect(html).toMatch(/<table>.*<th scope="col">Candidate<\/th><th scope="col">Votes<\/th>.*<td>Morag Ellis<\/td><td>4,112<\/td>.*<\/table>/s);
  }
  expect(out.markdown).toContain('Turnout reached **61 per cent**, the *highest* since 1998');
  expect(out.markdown).toContain('## Turnout');
  expect(out.markdown).toContain('### Ward by ward');
  expect(out.markdown).toMatch(/1\. North ward: recount requested\n\s+- Margin of 14 votes\n\s+1\. Second recount on Monday\n2\. South ward: declared/);
  expect(out.text).toContain('Turnout reached 61 per cent, the highest since 1998, according to the returning officer <https://elections.harbour.gov.uk/results/2026>.');
  expect(out.text).toMatch(/1\. North ward: recount requested\n\s+• Margin of 14 votes\n\s+1\. Second recount on Monday\n2\. South ward: declared/);
  expect(out.text).toContain('The count resumes on Friday, officials said.');
  expect(out.native.body).toEqual(article.body);

  // The link to the reporter's Google Doc is named by the pre-export check.
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  const check = await preExportCheck(page);
  await expect(check).toContainText('The link on “reporting notes” in the body goes to a Google Docs document (“https://docs.google.com/document/d/');

  // The whole paste is one undo step.
  await page.keyboard.press('Escape');
  await bodyEditor(page).focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(body).toHaveText('Typed before the paste.');
});

test('a Word copy (Windows) becomes real nested lists without markers, with its subheads, formatting and accepted changes', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('Ferry strike ends after nine days');
  await paste(page, { 'text/html': await fixture('word-windows-story.html'), 'text/plain': 'Ferry strike ends after nine days' });

  const body = bodyEditor(page);
  await expect(body.getByRole('heading', { level: 2 })).toHaveText(['Ferry strike ends after nine days', 'What the deal includes', 'Still unresolved']);
  await expect(body.getByRole('paragraph').filter({ hasText: 'Crews on the' }).getByRole('strong')).toHaveText(['Tuesday']);
  await expect(body.getByRole('listitem').getByRole('strong')).toHaveText(['retraining']);
  await expect(body.getByRole('emphasis')).toHaveText(['late']);
  await expect(body.getByRole('list')).toHaveCount(6);
  await expect(body.getByRole('list').first().getByRole('list').first().getByRole('listitem').first()).toHaveText('Backdated to April');
  await expect(body.getByRole('list').nth(1).getByRole('list').getByRole('listitem')).toHaveText(['Paid in the December wage run']);
  await expect(body).not.toContainText('·');
  await expect(body).not.toContainText('§');
  await expect(body.getByRole('listitem').first()).toHaveText('A 6 per cent rise this year');
  await expect(body).toContainText('The operator welcomed the vote.');
  await expect(body).toContainText('Crews on the Harwich route voted to return on Tuesday, the union said, after a late offer on pay. The vote was narrow: 312 298 to 281.');
  const table = body.getByRole('table');
  // By name: an empty heading's placeholder (on screen only) is in the cell's text but not its name.
  for (const [index, heading] of ['Route', 'First sailing'].entries()) await expect(table.getByRole('columnheader').nth(index)).toHaveAccessibleName(heading);
  await expect(table.getByRole('columnheader')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText(['Harwich–Hook', '06:15']);

  const out = exportsOf(await savedArticle(app));
  for (const html of [out.html, out.ninjsHtml]) {
    expect(html).toMatch(/<ol><li>A 6 per cent rise this year<ol><li>Backdated to April<ol><li>Paid in the December wage run<\/li><\/ol><\/li><\/ol><\/li><li>A review of night rosters<\/li><\/ol>/);
    expect(html).toMatch(/<ul><li>Agency staff contracts<ul><li>Who pays for <strong>retraining<\/strong><ul><li>Only for deck crew<\/li><\/ul><\/li><\/ul><\/li><li>Holiday cover<\/li><\/ul>/);
    expect(html).toContain('<u>narrow</u>: <s>312</s> 298 to 281. Tides at 10<sup>4</sup> and H<sub>2</sub>O readings');
    expect(html).not.toMatch(/mso-|MsoList|o:p|st1:|supportLists|[·§]|&nbsp;|\u00a0/);
    expect(html).toMatch(/<table>.*<th scope="col">Route<\/th><th scope="col">First sailing<\/th>.*<td>Harwich–Hook<\/td><td>06:15<\/td>.*<\/table>/s);
  }
  expect(out.markdown).toMatch(/1\. A 6 per cent rise this year\n\s+1\. Backdated to April\n\s+1\. Paid in the December wage run\n2\. A review of night rosters/);
  expect(out.markdown).toMatch(/- Agency staff contracts\n\s+- Who pays for \*\*retraining\*\*\n\s+- Only for deck crew\n- Holiday cover/);
  expect(out.markdown + out.text).not.toMatch(/[·§]|\u00a0/);

  const check = await preExportCheck(page);
  await expect(check).toContainText('The link on “the desk SharePoint” in the body goes to a SharePoint document');
});

test('a Word copy from a Mac (comment-style conditionals) becomes the same kind of nested list', async ({ app }) => {
  const { page } = app;
  await paste(page, { 'text/html': await fixture('word-mac-lists.html'), 'text/plain': 'Bridge closed to lorries' });
  const body = bodyEditor(page);
  await expect(body.getByRole('list').first().locator(':scope > li')).toHaveCount(3);
  await expect(body.getByRole('list').nth(1).getByRole('listitem')).toHaveText(['From 6 a.m. Monday', 'Until the spring inspection']);
  await expect(body).not.toContainText('·');
  const out = exportsOf(await savedArticle(app));
  expect(out.html).toMatch(/<ul><li>Bridge closed to lorries<ol><li>From 6 a\.m\. Monday<\/li><li>Until the spring inspection<\/li><\/ol><\/li><li>Buses divert via Ashgate<\/li><\/ul>/);
});

test('Paste as Plain Text keeps paragraphs and nothing else', async ({ app }) => {
  const { page } = app;
  // Chromium's Paste as Plain Text (Ctrl/Cmd+Shift+V, Edit ▸ Paste as Plain Text) hands the page only text/plain.
  await paste(page, { 'text/plain': 'Harbour council count goes to a second day\n\nTurnout reached 61 per cent, the highest since 1998.\r\n  • North ward: recount requested  \n' });
  const body = bodyEditor(page);
  await expect(body.getByRole('paragraph')).toHaveText(['Harbour council count goes to a second day', 'Turnout reached 61 per cent, the highest since 1998.', '• North ward: recount requested']);
  await expect(body.getByRole('heading')).toHaveCount(0);
  await expect(body.getByRole('strong')).toHaveCount(0);
  await expect(body.getByRole('list')).toHaveCount(0);
});

test('dropping a selection dragged from Word goes through the same cleaning as pasting it', async ({ app }) => {
  const { page } = app;
  await bodyEditor(page).click();
  await page.keyboard.insertText('Dropped after this.');
  await page.keyboard.press('Enter');
  const html = await fixture('word-mac-lists.html');
  const box = await bodyEditor(page).boundingBox();
  await bodyEditor(page).evaluate(
    (target, { html, x, y }) => {
      const dataTransfer = new DataTransfer();
      dataTransfer.setData('text/html', html);
      dataTransfer.setData('text/plain', 'Bridge closed to lorries');
      target.dispatchEvent(new DragEvent('drop', { dataTransfer, clientX: x, clientY: y, bubbles: true, cancelable: true }));
    },
    { html, x: (box?.x ?? 0) + (box?.width ?? 0) - 4, y: (box?.y ?? 0) + (box?.height ?? 0) - 4 },
  );
  const body = bodyEditor(page);
  await expect(body.getByRole('list').nth(1).getByRole('listitem')).toHaveText(['From 6 a.m. Monday', 'Until the spring inspection']);
  await expect(body).not.toContainText('·');
  await expect(body.getByRole('paragraph').first()).toHaveText('Dropped after this.');
});

test('a copy from a Copydesk body pastes back as the same nodes; another editor’s JSON does not', async ({ app }) => {
  const { page } = app;
  const heading = { type: 'heading', tag: 'h3', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'text', version: 1, text: 'From the other draft', detail: 0, format: 0, mode: 'normal', style: '' }] };
  await paste(page, {
    'application/x-lexical-editor': JSON.stringify({ namespace: 'copydesk-article-body', nodes: [heading] }),
    'text/html': '<p>From the other draft</p>',
    'text/plain': 'From the other draft',
  });
  await expect(bodyEditor(page).getByRole('heading', { level: 3 })).toHaveText('From the other draft');

  await paste(page, {
    'application/x-lexical-editor': JSON.stringify({ namespace: 'some-other-app', nodes: [{ ...heading, children: [{ ...heading.children[0], text: 'Foreign' }] }] }),
    'text/html': '<p><b>Foreign</b> text</p>',
    'text/plain': 'Foreign text',
  });
  await expect(bodyEditor(page).getByRole('heading', { level: 3 })).toHaveCount(1);
  await expect(bodyEditor(page).getByRole('strong')).toHaveText(['Foreign']);
});

test('pasted pictures (clipboard image data, data: URIs in HTML) are stored in the draft’s assets and become pictures; a refused one keeps its alt text and says why', async ({ app }) => {
  const { page } = app;
  const png = await fsp.readFile(PICTURE);
  await bodyEditor(page).click();
  await page.keyboard.insertText('Pictures from the count.');
  await page.keyboard.press('Enter');

  await paste(page, {}, [{ name: 'screenshot.png', type: 'image/png', bytes: [...png] }]);
  const body = bodyEditor(page);
  await expect(body.getByRole('group', { name: 'Picture' }).getByRole('img', { name: 'Picture without alt text' })).toBeVisible();

  await paste(page, {
    'text/html': `<meta charset="utf-8"><p>The ward map <img alt="Map of the north ward" src="data:image/png;base64,${png.toString('base64')}"> was updated at noon.</p>`,
    'text/plain': 'The ward map was updated at noon.',
  });
  await expect(body.getByRole('img', { name: 'Map of the north ward' })).toBeVisible();
  await expect(body.getByRole('paragraph').filter({ hasText: 'was updated at noon.' })).toHaveText(/^was updated at noon\.$/);

  // Bytes that only claim to be a PNG are refused by the host: the alt text stays and the reporter is told.
  await page.keyboard.press('Enter');
  await paste(page, { 'text/html': `<p>Logo: <img alt="Harbour council crest" src="data:image/png;base64,${Buffer.from('<svg onload=alert(1)>').toString('base64')}"></p>` });
  await expect(page.getByRole('alert')).toContainText('Pasted without a picture: “Harbour council crest” (a pasted image/png) was not stored');
  await expect(page.getByRole('alert')).toContainText('is not a JPEG, PNG, GIF, WebP or AVIF image');
  await expect(body.getByRole('paragraph').filter({ hasText: 'Logo:' })).toHaveText('Logo: Harbour council crest');
  await expect(body.getByRole('group', { name: 'Picture' })).toHaveCount(2);

  const article = await savedArticle(app);
  const images = article.body.root.children.filter((node) => node.type === 'image');
  expect(images.map((node) => node.altText)).toEqual(['', 'Map of the north ward']);
  for (const node of images) {
    expect(node.file).toMatch(/^assets\/[0-9a-f]{32}\.png$/);
    expect(await fsp.readFile(path.join(app.draftsFolder, article.id, node.file as string))).toEqual(png);
  }
  const out = exportsOf(article);
  expect(out.html).toMatch(/<figure><img src="assets\/[0-9a-f]{32}\.png" alt="Map of the north ward" width="\d+" height="\d+">/);
  expect(out.html).not.toContain('data:image');
});
