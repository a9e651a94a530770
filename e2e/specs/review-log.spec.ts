// History ▸ Review log: status changes signed by who is working, newest first, kept with the draft,
// reached and left from the keyboard; its look and accessibility, light and dark.
import { test, expect } from '../fixtures';
import { expectNoAxeViolations } from '../rig/axe';
import { shootLightAndDark } from '../rig/screenshots';
import { savedArticle } from './autosave-disk';
import { clickAppBarCommand } from './app-bar-steps';

test.use({ user: { name: 'Amina Odhiambo', initials: 'AO' } });

test('each status change is logged with who and when, and History shows the log newest first', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 820 });
  await page.getByRole('textbox', { name: 'Headline' }).fill('Kisumu port handles record tonnage');
  const status = page.getByRole('combobox', { name: 'Status' });
  await status.selectOption({ label: 'In review' });
  await status.selectOption({ label: 'Needs changes' });
  await expect.poll(async () => (await savedArticle(app))?.review.log.map((entry) => [entry.action, entry.by.name, entry.summary])).toEqual([
    ['status', 'Amina Odhiambo', 'Status changed from Draft to In review.'],
    ['status', 'Amina Odhiambo', 'Status changed from In review to Needs changes.'],
  ]);

  await clickAppBarCommand(page, 'History');
  const history = page.getByRole('dialog', { name: 'History' });
  const openLog = history.getByRole('button', { name: 'Review log (2)' });
  await openLog.click();
  const dialog = page.getByRole('dialog', { name: 'Review log' });
  const entries = dialog.getByRole('list', { name: 'Review log' }).getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('Status changed from In review to Needs changes.');
  await expect(entries.nth(0)).toContainText('Amina Odhiambo');
  await expect(entries.nth(1)).toContainText('Status changed from Draft to In review.');
  await expect(dialog.getByRole('button', { name: '← Back to history' })).toBeFocused();
  await expectNoAxeViolations(page, 'history, review log');
  await shootLightAndDark(page, 'history-review-log');

  // Escape goes back to the versions, focus on the button that opened the log; Escape again closes History.
  await page.keyboard.press('Escape');
  await expect(history.getByRole('textbox', { name: 'Save version…' })).toBeVisible();
  await expect(openLog).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();

  await app.restart();
  await clickAppBarCommand(app.page, 'History');
  await app.page.getByRole('dialog', { name: 'History' }).getByRole('button', { name: 'Review log (2)' }).click();
  await expect(app.page.getByRole('list', { name: 'Review log' }).getByRole('listitem')).toHaveCount(2);
});

test('a draft with nothing logged says what the review log will hold', async ({ app }) => {
  const { page } = app;
  await clickAppBarCommand(page, 'History');
  await page.getByRole('dialog', { name: 'History' }).getByRole('button', { name: 'Review log' }).click();
  await expect(page.getByRole('dialog', { name: 'Review log' })).toContainText('Nothing in the review log yet.');
  await expectNoAxeViolations(page, 'history, empty review log');
});
