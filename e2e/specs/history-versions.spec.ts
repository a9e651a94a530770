import { test, expect } from '../fixtures';
import { bodyEditor } from './editor-steps';
import { savedBodyText } from './autosave-disk';
import { clickAppBarCommand } from './app-bar-steps';

const FIRST = 'The first boat left Kisumu at six.';
const EDITED = ' By noon three more had sailed for Homa Bay.';

test('save a labelled version, edit, restore it, then undo the restore', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('Ferry services resume on Lake Victoria');
  await bodyEditor(page).click();
  await page.keyboard.type(FIRST);

  // Save version… saves the text on screen first, so the version holds it even before the autosave ran.
  await clickAppBarCommand(page, 'History');
  const history = page.getByRole('dialog', { name: 'History' });
  await history.getByRole('textbox', { name: 'Save version…' }).fill('Filed to the desk');
  await history.getByRole('button', { name: 'Save version' }).click();
  const versions = history.getByRole('list', { name: 'Versions' }).getByRole('listitem');
  await expect(versions.filter({ hasText: 'Filed to the desk' })).toHaveCount(1);
  await expect(versions.filter({ hasText: 'Filed to the desk' })).toContainText('7 words');
  await expect(versions.filter({ hasText: 'Filed to the desk' })).toContainText('Saved by hand');
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();

  await bodyEditor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(EDITED);
  await expect.poll(() => savedBodyText(app)).toBe(FIRST + EDITED);

  // Preview is read-only and shows the version's text.
  await clickAppBarCommand(page, 'History');
  await history.getByRole('button', { name: /^Preview version of .*Filed to the desk$/ }).click();
  const preview = page.getByRole('dialog', { name: /^Version of / });
  await expect(preview.getByRole('region', { name: 'Filed to the desk' })).toContainText(FIRST);
  await expect(preview.getByRole('region', { name: 'Filed to the desk' })).not.toContainText('Homa Bay');
  await expect(preview.getByRole('textbox')).toHaveCount(0);
  await preview.getByRole('button', { name: 'Restore this version' }).click();

  await expect(bodyEditor(page)).toHaveText(FIRST);
  await expect.poll(() => savedBodyText(app)).toBe(FIRST);
  const notice = page.getByRole('status').filter({ hasText: 'Restored the version of' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(bodyEditor(page)).toHaveText(FIRST + EDITED);
  await expect.poll(() => savedBodyText(app)).toBe(FIRST + EDITED);

  // Both restores left their "before" copies in the history.
  await clickAppBarCommand(page, 'History');
  await expect(history.getByRole('list', { name: 'Versions' }).getByRole('listitem').filter({ hasText: 'Before a restore' })).toHaveCount(2);
});

test('Save a copy as… writes the draft as one file where the user chose, and Import draft file… brings it back as a draft of its own', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('Portable copy for the Nakuru bureau');
  await bodyEditor(page).click();
  await page.keyboard.type('Carry this on a stick.');
  const destination = `${app.dataDir}/nakuru.copydesk`;
  app.dialogs.queueCopyDestination(destination);
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByRole('dialog', { name: 'Open a draft' }).getByRole('button', { name: 'Save a copy as…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved a copy of the open draft as' })).toContainText('nakuru.copydesk');
  await page.keyboard.press('Escape');

  // The draft goes on changing here; the copy keeps the text it was saved with.
  await bodyEditor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Edited after the copy.');
  await expect.poll(() => savedBodyText(app)).toBe('Carry this on a stick. Edited after the copy.');

  app.dialogs.queuePortableDraftFile(destination);
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByRole('dialog', { name: 'Open a draft' }).getByRole('button', { name: 'Import draft file…' }).click();
  await expect(page.getByRole('dialog', { name: 'Open a draft' })).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Portable copy for the Nakuru bureau/);
  await expect(bodyEditor(page)).toHaveText('Carry this on a stick.');
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(page.getByRole('dialog', { name: 'Open a draft' }).getByRole('list', { name: 'Drafts' }).getByRole('button')).toHaveCount(2);
});
