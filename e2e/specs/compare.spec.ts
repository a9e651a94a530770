import { test, expect } from '../fixtures';
import { expectNoAxeViolations } from '../rig/axe';
import { shootLightAndDark } from '../rig/screenshots';
import { bodyEditor } from './editor-steps';
import { clickAppBarCommand } from './app-bar-steps';

test('History ▸ Compare with… shows a read-only redline of a version against the text now, fields and body', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 820 });
  await page.getByRole('textbox', { name: 'Headline' }).fill('Ferry services resume on Lake Victoria');
  await bodyEditor(page).click();
  await page.keyboard.type('The first boat left Kisumu at six on Monday.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Fares are unchanged for now.');

  await clickAppBarCommand(page, 'History');
  const history = page.getByRole('dialog', { name: 'History' });
  await history.getByRole('textbox', { name: 'Save version…' }).fill('Filed to the desk');
  await history.getByRole('button', { name: 'Save version' }).click();
  await expect(history.getByRole('list', { name: 'Versions' }).getByRole('listitem').filter({ hasText: 'Filed to the desk' })).toHaveCount(1);
  await page.keyboard.press('Escape');

  await page.getByRole('textbox', { name: 'Headline' }).fill('Ferry services resume on Lake Victoria after a week');
  await bodyEditor(page).getByText('The first boat').click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('The first boat left Kisumu at six on Tuesday.');
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Three more boats sailed for Homa Bay by noon.');

  await clickAppBarCommand(page, 'History');
  const compareWith = history.getByRole('form', { name: 'Compare with…' });
  await expect(compareWith.getByRole('combobox', { name: 'Version to compare' })).toHaveValue(/.+/);
  await expect(compareWith.getByRole('combobox', { name: 'Compare it with' })).toHaveValue('now');
  await compareWith.getByRole('button', { name: 'Compare' }).click();

  const compare = page.getByRole('dialog', { name: 'Compare versions' });
  await expect(compare).toBeVisible();
  await expect(compare.getByRole('status')).toHaveText(/^4 changes/);
  const headline = compare.getByRole('group', { name: 'Headline' });
  await expect(headline.getByRole('insertion')).toHaveText('[added: after a week]');
  await expect(headline).toBeFocused();
  const edited = compare.getByRole('group', { name: 'Paragraph changed' });
  await expect(edited.getByRole('deletion')).toHaveText('[removed: Monday]');
  await expect(edited.getByRole('insertion')).toHaveText('[added: Tuesday]');
  await expect(compare.getByRole('group', { name: 'Paragraph added' })).toContainText('Three more boats sailed for Homa Bay by noon.');
  await expect(compare.getByRole('region', { name: 'Changes' })).toContainText('Fares are unchanged for now.');
  // Read-only: nothing to accept, nothing to keep.
  await expect(compare.getByRole('button', { name: /^Accept/ })).toHaveCount(0);
  await expect(compare.getByRole('button', { name: 'Keep result' })).toHaveCount(0);

  // N and P move between changes.
  await page.keyboard.press('n');
  await expect(compare.getByRole('group', { name: 'Slug' })).toBeFocused();
  await page.keyboard.press('n');
  await expect(edited).toBeFocused();
  await page.keyboard.press('p');
  // Review ▸ Next Change / Previous Change act on the compare view while it is open.
  await app.emitHostEvent('menuCommand', { command: 'review.previousChange' });
  await expect(headline).toBeFocused();
  await expectNoAxeViolations(page, 'compare versions, redline');
  await shootLightAndDark(app.page, 'compare-history-redline');

  await compare.getByRole('button', { name: 'Side by side' }).click();
  await expect(compare.getByRole('button', { name: 'Side by side' })).toHaveAttribute('aria-pressed', 'true');
  await expect(edited.getByRole('paragraph')).toHaveCount(2);
  await expectNoAxeViolations(page, 'compare versions, side by side');
  await shootLightAndDark(app.page, 'compare-history-side-by-side');

  await compare.getByRole('button', { name: 'Close' }).first().click();
  await expect(compare).toBeHidden();
  await expect(history).toBeVisible();
  await expect(compareWith.getByRole('button', { name: 'Compare' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();

  // Review ▸ Compare Versions… opens History on Compare with….
  await app.emitHostEvent('menuCommand', { command: 'history.compare' });
  await expect(compareWith.getByRole('combobox', { name: 'Version to compare' })).toBeFocused();
  await page.keyboard.press('Escape');
  // The draft is untouched.
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Ferry services resume on Lake Victoria after a week');
});
