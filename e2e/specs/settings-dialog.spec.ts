// The Settings dialog against the real host handlers: what it changes is stored and survives a
// restart, and a corrupt settings file is reset with a notice while the bad file is kept.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, type CopydeskApp } from '../fixtures';

const OUT = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

const settingsDialog = (page: Page) => page.getByRole('dialog', { name: 'Settings' });

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = settingsDialog(page);
  await expect(dialog.getByRole('group', { name: 'Theme' })).toBeVisible();
  return dialog;
}

/** What the host stored, once it has reached the disk (a restart does not wait for queued writes). */
async function storedSettings(app: CopydeskApp): Promise<Record<string, unknown>> {
  const text = await fsp.readFile(path.join(app.stateFolder, 'settings.json'), 'utf8').catch(() => '{}');
  return JSON.parse(text) as Record<string, unknown>;
}

const prefersDark = (page: Page) => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);

test('the theme chosen in Settings is applied and still chosen after a restart', async ({ app }) => {
  let dialog = await openSettings(app.page);
  await expect(dialog.getByRole('radio', { name: 'Match system' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(async () => (await storedSettings(app)).theme).toBe('dark');
  expect(await prefersDark(app.page)).toBe(true);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  await app.restart();
  expect(await prefersDark(app.page)).toBe(true);
  dialog = await openSettings(app.page);
  await expect(dialog.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Light' })).not.toBeChecked();
});

test('check severities and headline budgets changed in Settings are stored and shown again after a restart', async ({ app }) => {
  let dialog = await openSettings(app.page);
  const checks = () => dialog.getByRole('region', { name: 'Pre-export checks' });
  await checks().getByRole('combobox', { name: 'Empty headline' }).selectOption({ label: 'Warns' });
  await checks().getByRole('spinbutton', { name: 'Web headline budget' }).fill('55');
  await expect.poll(async () => (await storedSettings(app)).preExport).toEqual({ severities: { 'headline-empty': 'warning' }, headlineBudgets: { web: 55 } });
  await app.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await app.restart();
  dialog = await openSettings(app.page);
  await expect(checks().getByRole('combobox', { name: 'Empty headline' })).toHaveValue('warning');
  await expect(checks().getByRole('spinbutton', { name: 'Web headline budget' })).toHaveValue('55');
  await expect(checks().getByRole('spinbutton', { name: 'Print headline budget' })).toHaveValue('60');
});

test('Settings opens from Ctrl+, and from the menu, and says when the system has no spelling dictionaries', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).click();
  await page.keyboard.press(process.platform === 'darwin' ? 'Meta+Comma' : 'Control+Comma');
  const dialog = settingsDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Spelling' })).toContainText('This system offers no spelling dictionaries');
  await expect(dialog.getByRole('region', { name: 'Drafts folder' }).getByRole('group', { name: 'Drafts folder' })).toContainText(app.draftsFolder);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await app.emitHostEvent('menuCommand', { command: 'settings' });
  await expect(dialog).toBeVisible();
});

test('a corrupt settings file is reset to the defaults with a notice, and kept beside them', async ({ app }) => {
  await fsp.mkdir(app.stateFolder, { recursive: true });
  await fsp.writeFile(path.join(app.stateFolder, 'settings.json'), '{"theme": "dark", "zoomLevel": ');
  await app.restart();

  await expect(app.page.getByRole('alert')).toContainText('Your settings file was unreadable');
  await expect(app.page.getByRole('alert')).toContainText('has been reset');
  const kept = (await fsp.readdir(app.stateFolder)).filter((name) => /^settings\.corrupt-.+\.json$/.test(name));
  expect(kept).toHaveLength(1);
  expect(await fsp.readFile(path.join(app.stateFolder, kept[0] as string), 'utf8')).toBe('{"theme": "dark", "zoomLevel": ');

  const dialog = await openSettings(app.page);
  await expect(dialog.getByRole('radio', { name: 'Match system' })).toBeChecked();
});

test('screenshots of the Settings dialog in the light and dark themes', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 900 });
  await openSettings(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${OUT}settings-${colorScheme}.png` });
  }
});
