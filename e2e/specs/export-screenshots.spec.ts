import { fileURLToPath } from 'node:url';
import { test, expect } from '../fixtures';
import { STORY, articleDetails, writeBody, writeMetadata } from './editor-steps';

/**
 * Pictures of the export flow for design review: the Export menu, the pre-export check with
 * blockers and warnings, its settings, and the preview, in the light and dark themes.
 * Written to test-results/screenshots/.
 */
const IMAGE = fileURLToPath(new URL('../fixtures/images/turkana-dusk.png', import.meta.url));
const OUT = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const THEMES = ['light', 'dark'] as const;

test.use({ viewport: { width: 1440, height: 1024 } });

test('screenshots of the Export menu, the pre-export check and the preview', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await writeMetadata(page, IMAGE, (file) => app.dialogs.queueImage(file));
  await writeBody(page);
  const shoot = async (name: string) => {
    for (const colorScheme of THEMES) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: `${OUT}${name}-${colorScheme}.png` });
    }
  };

  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
  await shoot('export-menu');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('dialog', { name: 'Preview' }).locator('iframe').contentFrame().getByRole('heading', { level: 1 })).toHaveText(STORY.headline);
  await shoot('export-preview');
  await page.getByRole('dialog', { name: 'Preview' }).getByRole('button', { name: 'Close' }).first().click(); // the icon and the footer button both close it

  // Warnings: a placeholder and a missing credit; blockers: the bylines removed.
  const details = articleDetails(page);
  await details.getByRole('group', { name: 'Lead image' }).getByRole('textbox', { name: 'Credit' }).fill('');
  await page.getByRole('textbox', { name: 'Standfirst' }).fill(`${STORY.standfirst} Officials expect TK more trucks.`);
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('menuitem', { name: 'HTML…' }).click();
  const check = page.getByRole('dialog', { name: 'Pre-export check' });
  await expect(check.getByRole('region', { name: /Warnings/ })).toBeVisible();
  await shoot('export-check-warnings');
  await check.getByRole('button', { name: 'Cancel' }).click();

  await details.getByRole('button', { name: /^Remove byline/ }).first().click();
  await details.getByRole('button', { name: /^Remove byline/ }).first().click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('');
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('menuitem', { name: 'HTML…' }).click();
  await expect(check.getByRole('region', { name: /Blockers/ })).toBeVisible();
  await shoot('export-check-blockers');
  await check.getByText('Check settings').click();
  await check.getByRole('combobox', { name: 'No byline' }).scrollIntoViewIfNeeded();
  await shoot('export-check-settings');
});
