// Help ▸ Keyboard Shortcuts: built from the command table, every key as this platform writes it, by
// menu, searchable; accessible in both themes; focus goes back where it was when it closes.
import type { Locator } from '@playwright/test';
import { acceleratorLabel } from '../../core/commands/accelerators';
import { COMMAND_TABLE, type CommandSpec } from '../../core/commands/command-table';
import { shortcutList } from '../../core/commands/shortcut-list';
import { test, expect } from '../fixtures';
import { expectNoAxeViolations } from '../rig/axe';
import { shootLightAndDark } from '../rig/screenshots';

const platform = process.platform;
const mod = platform === 'darwin' ? 'Meta' : 'Control';
const HIDDEN_UNTIL_HANDLED = new Set((COMMAND_TABLE as readonly CommandSpec[]).filter((spec) => spec.runs === 'page' && spec.hiddenUntilHandled).map((spec) => spec.id));

/** What the dialog shows: "Group: Label = Key" for each row, in order. */
async function rowsShown(dialog: Locator): Promise<string[]> {
  const rows: string[] = [];
  for (const group of await dialog.getByRole('region', { name: 'Shortcuts' }).getByRole('region').all()) {
    const name = await group.getByRole('heading').textContent();
    const labels = await group.getByRole('term').allTextContents();
    const keys = await group.getByRole('definition').allTextContents();
    rows.push(...labels.map((label, index) => `${name}: ${label} = ${keys[index]}`));
  }
  return rows;
}

test('Keyboard Shortcuts lists every key of the command table by menu, finds them by name or key, and gives focus back', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 820 });
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await headline.click();
  await page.keyboard.press(`${mod}+/`);
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  const search = dialog.getByRole('searchbox', { name: 'Search shortcuts' });
  await expect(search).toBeFocused();

  // Exactly the table's shortcuts on this platform; a feature's own keys show once it has registered them.
  const table = shortcutList(platform).flatMap(({ group, shortcuts }) =>
    shortcuts.map((shortcut) => ({ id: shortcut.id, row: `${group}: ${shortcut.label} = ${acceleratorLabel(shortcut.accelerator, platform)}` })),
  );
  const shown = await rowsShown(dialog);
  const alwaysShown = table.filter(({ id }) => !HIDDEN_UNTIL_HANDLED.has(id)).map(({ row }) => row);
  expect(shown.filter((row) => alwaysShown.includes(row))).toEqual(alwaysShown);
  expect(table.map(({ row }) => row).filter((row) => shown.includes(row))).toEqual(shown);
  if (platform === 'linux') {
    for (const row of ['File: Save = Ctrl+S', 'Edit: Paste as Plain Text = Ctrl+Shift+V', 'Review: Add Comment… = Ctrl+Alt+M', 'Review: Style Panel = F7', 'Insert: Picture… = Ctrl+Alt+P', 'Help: Keyboard Shortcuts = Ctrl+/']) {
      expect(shown).toContain(row);
    }
  }
  await expect(dialog.getByRole('status')).toHaveText(`${shown.length} shortcuts`);
  await expectNoAxeViolations(page, 'keyboard shortcuts');
  await shootLightAndDark(page, 'keyboard-shortcuts');

  // Found by words of the command or by its key.
  await search.fill('comment');
  expect(await rowsShown(dialog)).toEqual([`Review: Add Comment… = ${acceleratorLabel('CmdOrCtrl+Alt+M', platform)}`]);
  await expect(dialog.getByRole('status')).toHaveText(`1 of ${shown.length} shortcuts`);
  await search.fill(acceleratorLabel('CmdOrCtrl+S', platform).toLowerCase());
  expect(await rowsShown(dialog)).toContain(`File: Save = ${acceleratorLabel('CmdOrCtrl+S', platform)}`);
  await search.fill('insert table');
  expect(await rowsShown(dialog)).toEqual([`Insert: Table = ${acceleratorLabel('CmdOrCtrl+Alt+G', platform)}`]);
  await expectNoAxeViolations(page, 'keyboard shortcuts, searched');
  await shootLightAndDark(page, 'keyboard-shortcuts-searched');
  await search.fill('teleport');
  expect(await rowsShown(dialog)).toEqual([]);
  await expect(dialog.getByRole('status')).toHaveText('No shortcut matches “teleport”.');

  // Escape closes it (the search field's own Escape first clears what was typed), and focus is back in the headline.
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(headline).toBeFocused();

  // From Help ▸ Keyboard Shortcuts, closed with Done.
  await app.emitHostEvent('menuCommand', { command: 'keyboard-shortcuts' });
  await expect(search).toBeFocused();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expect(headline).toBeFocused();
});
