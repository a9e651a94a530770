import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { STORY, bodyEditor, save, writeBody, writeMetadata } from './specs/editor-steps';

/**
 * Pictures of the editor for people to look at (design review, the README): a full article in the
 * light and dark themes, the link popover and the Open dialog. Written to test-results/screenshots/.
 */
const IMAGE = fileURLToPath(new URL('./fixtures/images/turkana-dusk.png', import.meta.url));
const OUT = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const THEMES = ['light', 'dark'] as const;

test.use({ viewport: { width: 1440, height: 1024 } });

test('screenshots of the editor with a full article, the link popover and the Open dialog', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await writeMetadata(page, IMAGE, (file) => app.dialogs.queueImage(file));
  await writeBody(page);
  await save(page);
  const scrollToTop = async () => {
    await page.getByRole('main').evaluate((element) => element.scrollTo(0, 0));
    await page.getByRole('complementary', { name: 'Article details' }).evaluate((element) => element.scrollTo(0, 0));
  };

  await page.getByRole('textbox', { name: 'Headline' }).blur();
  await scrollToTop();
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${OUT}editor-${colorScheme}.png` });
  }

  // Caret inside the linked word, then Ctrl+K.
  const link = bodyEditor(page).getByRole('link', { name: STORY.body.linkText, exact: true });
  await link.click();
  await page.keyboard.press('ControlOrMeta+k');
  await expect(page.getByRole('dialog', { name: 'Link' })).toBeVisible();
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${OUT}link-popover-${colorScheme}.png` });
  }
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'New' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Kisumu port handles record tonnage as lake traffic recovers');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/);
  await page.getByRole('button', { name: 'New' }).click();
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page.getByRole('dialog', { name: 'Open a draft' }).getByRole('list', { name: 'Drafts' }).getByRole('button')).toHaveCount(2);
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${OUT}open-dialog-${colorScheme}.png` });
  }
});
