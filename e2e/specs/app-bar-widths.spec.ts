// The app bar at desktop and laptop widths: one row, what does not fit in More (least used first),
// every command reachable and working from the keyboard, focus back where it was; axe and screenshots.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { expectNoAxeViolations } from '../rig/axe';
import { shootLightAndDark } from '../rig/screenshots';
import { moreButton, moreMenu } from './app-bar-steps';
import { bodyEditor } from './editor-steps';

const WIRE_STORY = fileURLToPath(new URL('../fixtures/wire/muenchen-tram.ninjs.json', import.meta.url));
const COMMANDS = ['New', 'Open…', 'Save', 'History', 'Import…', 'Preview', 'Export…', 'Review', 'Settings'];

/** What More holds at each width, in bar order: Import… and History go first, Save and Export… never. */
const WIDTHS = [
  { width: 1600, inMore: [] },
  { width: 1280, inMore: ['History', 'Import…'] },
  { width: 1024, inMore: ['New', 'Open…', 'History', 'Import…', 'Preview'] },
];

/**
 * The banner is one row: its parts share a centre line and it is as tall as its tallest part and its padding.
 * Retried: after a resize the bar settles once its ResizeObserver has run (a frame later).
 */
async function expectOneRow(page: Page): Promise<void> {
  await expect(async () => {
    const row = await page.getByRole('banner').evaluate((bar) => {
      const parts = [...bar.children].filter((part) => part.checkVisibility({ visibilityProperty: true }) && getComputedStyle(part).position !== 'absolute');
      const boxes = parts.map((part) => part.getBoundingClientRect());
      const centres = boxes.map((box) => box.top + box.height / 2);
      const style = getComputedStyle(bar);
      const oneRow = Math.max(...boxes.map((box) => box.height)) + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth);
      return { centreSpread: Math.max(...centres) - Math.min(...centres), height: bar.getBoundingClientRect().height, oneRow, parts: parts.length };
    });
    expect(row.parts).toBeGreaterThan(5);
    expect(row.centreSpread).toBeLessThan(1);
    expect(row.height).toBeCloseTo(row.oneRow, 0);
  }).toPass({ timeout: 5_000 });
}

/** More holds exactly these commands, in this order (each item's text starts with its name; a shortcut may follow). */
async function expectInMore(page: Page, names: readonly string[]): Promise<void> {
  await moreButton(page).click();
  await expect(moreMenu(page).getByRole('menuitem')).toHaveText(names.map((name) => new RegExp(`^${name}`)));
  await page.keyboard.press('Escape');
  await expect(moreMenu(page)).toBeHidden();
}

/**
 * Runs an app bar command from the keyboard: Enter on its button, or ArrowDown on More and the arrows to its
 * item, then Enter. Returns the control focus belongs back on once what it opened closes.
 */
async function runFromKeyboard(page: Page, name: string, inMore: readonly string[]): Promise<Locator> {
  if (!inMore.includes(name)) {
    const button = page.getByRole('banner').getByRole('button', { name, exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    return button;
  }
  const more = moreButton(page);
  await more.focus();
  await page.keyboard.press('ArrowDown');
  for (let press = 0; press < inMore.indexOf(name); press += 1) await page.keyboard.press('ArrowDown');
  await expect(moreMenu(page).getByRole('menuitem', { name, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(moreMenu(page)).toBeHidden();
  return more;
}

async function expectDialogClosesOntoOpener(page: Page, dialogName: string, opener: Locator): Promise<void> {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
}

for (const { width, inMore } of WIDTHS) {
  test(`at ${width} pixels the app bar is one row and every command works from the keyboard, from its button or More`, async ({ app }) => {
    test.setTimeout(90_000);
    const { page } = app;
    await page.setViewportSize({ width, height: 800 });
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('combobox', { name: 'Status' })).toBeVisible();
    await expect(banner.getByRole('group', { name: 'Mode' }).getByRole('button')).toHaveText(['Editing', 'Suggesting']);
    await expectOneRow(page);

    // Each command once: a button in the bar, or an item in More.
    for (const name of COMMANDS) {
      const button = banner.getByRole('button', { name, exact: true });
      if (inMore.includes(name)) await expect(button).toBeHidden();
      else await expect(button).toBeVisible();
    }
    await shootLightAndDark(page, `app-bar-${width}`);
    await expectNoAxeViolations(page, `app bar at ${width} pixels`);
    if (inMore.length === 0) {
      await expect(moreButton(page)).toBeHidden();
    } else {
      await moreButton(page).focus();
      await page.keyboard.press('ArrowDown');
      await expect(moreMenu(page).getByRole('menuitem')).toHaveText(inMore.map((name) => new RegExp(`^${name}`)));
      await expect(moreMenu(page).getByRole('menuitem').first()).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(moreMenu(page).getByRole('menuitem').last()).toBeFocused();
      await shootLightAndDark(page, `app-bar-${width}-more`);
      await expectNoAxeViolations(page, `app bar at ${width} pixels, More open`);
      await page.keyboard.press('Escape');
      await expect(moreMenu(page)).toBeHidden();
      await expect(moreButton(page)).toBeFocused();
      await expectOneRow(page);
    }

    await expectDialogClosesOntoOpener(page, 'History', await runFromKeyboard(page, 'History', inMore));
    await expectDialogClosesOntoOpener(page, 'Preview', await runFromKeyboard(page, 'Preview', inMore));
    await expectDialogClosesOntoOpener(page, 'Settings', await runFromKeyboard(page, 'Settings', inMore));
    await expectDialogClosesOntoOpener(page, 'Open a draft', await runFromKeyboard(page, 'Open…', inMore));

    const exportButton = banner.getByRole('button', { name: 'Export…' });
    await exportButton.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'HTML…' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(exportButton).toBeFocused();

    const review = banner.getByRole('button', { name: 'Review', exact: true });
    const reviewShown = await review.getAttribute('aria-pressed');
    await runFromKeyboard(page, 'Review', inMore);
    await expect(review).not.toHaveAttribute('aria-pressed', reviewShown ?? '');
    await runFromKeyboard(page, 'Review', inMore);
    await expect(review).toHaveAttribute('aria-pressed', reviewShown ?? '');

    const headline = page.getByRole('textbox', { name: 'Headline' });
    await headline.fill('Ferry resumes service after two-week halt');
    await runFromKeyboard(page, 'Save', inMore);
    await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/);

    app.dialogs.queueImportFile(path.resolve(WIRE_STORY));
    await runFromKeyboard(page, 'Import…', inMore);
    await expect(headline).toHaveValue(/^Münchens Tram-Westtangente/);

    await runFromKeyboard(page, 'New', inMore);
    await expect(headline).toHaveValue('');
    await expectOneRow(page);
  });
}

test('the bar measures again when its content or the window changes: Suggesting with a Review count, narrower, wider', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  const banner = page.getByRole('banner');
  await banner.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Suggesting' }).click();
  await bodyEditor(page).click();
  await page.keyboard.insertText('The ferry left at seven.');
  await expect(banner.getByRole('button', { name: 'Review', exact: true })).toHaveAccessibleDescription('1 pending suggestion');
  await expectOneRow(page);
  await expectInMore(page, ['History', 'Import…']);

  await page.setViewportSize({ width: 1024, height: 800 });
  await expectOneRow(page);
  await expectInMore(page, ['New', 'Open…', 'History', 'Import…', 'Preview']);

  await page.setViewportSize({ width: 1600, height: 800 });
  await expectOneRow(page);
  await expect(moreButton(page)).toBeHidden();
  for (const name of COMMANDS) await expect(banner.getByRole('button', { name, exact: true })).toBeVisible();
});

test('at the window’s narrowest (720 pixels) the bar may wrap, but More opens inside the window with every collapsed command', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 720, height: 800 });
  await moreButton(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(moreMenu(page).getByRole('menuitem')).toHaveText([/^New/, /^Open…/, /^History/, /^Import…/, /^Preview/, /^Settings/]);
  const box = await moreMenu(page).boundingBox();
  expect(box?.x).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(720);
  await shootLightAndDark(page, 'app-bar-720-more');
  await page.keyboard.press('Escape');
  await expect(moreButton(page)).toBeFocused();
});
