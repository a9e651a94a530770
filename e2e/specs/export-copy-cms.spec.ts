// “Copy HTML for CMS”: the body as clean HTML on the clipboard, with a plain-text twin.
import { test, expect } from '../fixtures';
import { articleDetails, bodyEditor } from './editor-steps';

test('Copy HTML for CMS puts the body, as HTML without classes or styles, on the clipboard', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('Matatu fares rise as fuel prices climb');
  await articleDetails(page).getByRole('textbox', { name: 'Editor’s note' }).fill('Waiting on the NTSA statement');
  await bodyEditor(page).click();
  await page.keyboard.insertText('Fares rose by ');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.insertText('twenty shillings');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.insertText(' on Monday — “we have no choice,” one driver said.');
  await page.keyboard.press('Enter');
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('combobox', { name: 'Block type' }).selectOption({ label: 'Subhead (H2)' });
  await bodyEditor(page).focus();
  await page.keyboard.insertText('What commuters pay');

  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'Copy HTML for CMS' }).click();
  await expect(page.getByRole('status', { name: 'Export status' })).toContainText('Copied the body as HTML');

  expect(app.clipboard).toHaveLength(1);
  const [{ html, text }] = app.clipboard as [{ html: string; text: string }];
  expect(html).toBe('<p>Fares rose by <strong>twenty shillings</strong> on Monday — “we have no choice,” one driver said.</p>\n<h2>What commuters pay</h2>');
  expect(html).not.toMatch(/class=|style=/);
  expect(text).toContain('Fares rose by twenty shillings on Monday — “we have no choice,” one driver said.');
  expect(html + text).not.toContain('NTSA');
});

test('the Export menu works from the keyboard and Escape closes it', async ({ app }) => {
  const { page } = app;
  const button = page.getByRole('button', { name: 'Export…' });
  await button.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu.getByRole('menuitem', { name: 'HTML…' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Copy HTML for CMS' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
});
