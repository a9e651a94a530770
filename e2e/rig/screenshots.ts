import * as fsp from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

/** Where screenshot specs write the pictures people look at (test-results/screenshots/). */
export const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** `<name>-light.png` and `<name>-dark.png` of the page as it is, then back to light. */
export async function shootLightAndDark(page: Page, name: string): Promise<void> {
  await fsp.mkdir(SCREENSHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${SCREENSHOTS}${name}-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
