import { expect, type Locator, type Page } from '@playwright/test';

/** The app bar's More button: it holds the commands the bar has no room for at this window width. */
export const moreButton = (page: Page): Locator => page.getByRole('banner').getByRole('button', { name: 'More', exact: true });
export const moreMenu = (page: Page): Locator => page.getByRole('menu', { name: 'More' });

/**
 * Runs an app bar command with the mouse the way a user finds it at this window width: its button when
 * the bar shows it, else its item in More (History and Import… are there at 1280 pixels).
 */
export async function clickAppBarCommand(page: Page, name: string): Promise<void> {
  const banner = page.getByRole('banner');
  // Save never goes into More: once it shows, the bar has laid out which commands it has room for.
  await expect(banner.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
  const button = banner.getByRole('button', { name, exact: true });
  if (await button.isVisible()) return button.click();
  await moreButton(page).click();
  await moreMenu(page).getByRole('menuitem', { name, exact: true }).click();
}
