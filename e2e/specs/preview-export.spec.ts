// Preview: the HTML export shown in a sandboxed frame, scripts off and nothing fetched.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { pngImage } from '../../electron/main/images/test-images';
import { test, expect } from '../fixtures';
import { articleDetails, bodyEditor } from './editor-steps';

const HEADLINE = 'Lake Victoria water hyacinth clears from Kisumu bay';
const HOSTILE = '<script>parent.document.title = "ran"; document.title = "ran"</script><img src="https://tracker.example.net/p.gif" onerror="document.title=\'ran\'">';

test('Preview shows the HTML export in a sandboxed frame: headline, picture inside, hostile markup as text, no script, no network', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill(HEADLINE);
  await page.getByRole('textbox', { name: 'Standfirst' }).fill('Fishermen return to the water after three months.');
  const details = articleDetails(page);
  await details.getByRole('button', { name: 'Add byline' }).click();
  await details.getByRole('textbox', { name: 'Name, byline 1' }).fill('Akinyi Ochieng');
  await details.getByRole('textbox', { name: 'Editor’s note' }).fill('Internal: confirm the county figures with the fisheries office');
  const picture = path.join(app.dataDir, 'bay.png');
  await fsp.writeFile(picture, pngImage(30, 20));
  app.dialogs.queueImage(picture);
  await details.getByRole('group', { name: 'Lead image' }).getByRole('button', { name: 'Choose image…' }).click();
  await details.getByRole('group', { name: 'Lead image' }).getByRole('textbox', { name: 'Alt text' }).fill('Boats moored in clear water');
  await bodyEditor(page).click();
  await page.keyboard.insertText(`Readers wrote in with this: ${HOSTILE}`);
  const titleBefore = await page.title();

  await page.getByRole('button', { name: 'Preview' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preview' });
  const frameElement = dialog.locator('iframe');
  await expect(frameElement).toHaveAttribute('sandbox', '');
  const frame = frameElement.contentFrame();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
  await expect(frame.getByRole('article')).toContainText('Akinyi Ochieng');
  // The hostile markup is text in a paragraph, not elements.
  await expect(frame.getByRole('paragraph').filter({ hasText: 'Readers wrote in' })).toContainText(HOSTILE);
  await expect(frame.getByRole('img', { name: 'Boats moored in clear water' })).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect(frame.locator('article')).not.toContainText('confirm the county figures');

  const scripts = await frame.locator('script').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('type')));
  expect(scripts).toEqual(['application/ld+json']);
  expect(await frame.locator('img[onerror]').count()).toBe(0);
  expect(await page.title()).toBe(titleBefore);

  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toBeHidden();
  // The fixture then fails the test if anything reached past the app's origin or broke a CSP.
  expect(app.problems.foreignRequests).toEqual([]);
  expect(app.problems.cspViolations).toEqual([]);
});
