import { fileURLToPath } from 'node:url';
import { test, expect } from '../fixtures';
import { STORY, bodyEditor, expectStoryOnScreen, save, writeBody, writeMetadata } from './editor-steps';

const IMAGE = fileURLToPath(new URL('../fixtures/images/turkana-dusk.png', import.meta.url));

test('a reporter writes a full article through the editor and saves it', async ({ app }) => {
  const { page } = app;
  await writeMetadata(page, IMAGE, (file) => app.dialogs.queueImage(file));
  await writeBody(page);

  await expectStoryOnScreen(page);
  // The counter shows the headline against each budget the pre-export check uses (deliberate since 2f5ebc6).
  await expect(page.getByText('67 / 60 print +7 · 70 web · 100 social')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveAccessibleDescription('67 characters: 7 over the print budget (60); within web (70) and social (100)');
  // Counts are for the body, refreshed once typing pauses.
  await expect(page.getByRole('contentinfo')).toContainText(/1\d\d words/);
  await expect(page.getByRole('contentinfo')).toContainText('1 min read');

  await save(page);
  await expect(page.getByRole('status', { name: 'Save status' })).not.toContainText('—');
  await expect(page).toHaveTitle(`${STORY.headline} — Copydesk`);
});

test('the link popover edits, opens and removes an existing link', async ({ app }) => {
  const { page } = app;
  const url = STORY.body.linkUrl;
  await bodyEditor(page).click();
  await page.keyboard.type('See the bulletin');
  await expect(bodyEditor(page)).toContainText('See the bulletin');
  for (let i = 0; i < 'bulletin'.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Link' }).click();

  const dialog = page.getByRole('dialog', { name: 'Link' });
  await dialog.getByRole('textbox', { name: 'Link address' }).fill(url);
  await dialog.getByRole('textbox', { name: 'Link address' }).press('Enter');
  const link = bodyEditor(page).getByRole('link', { name: 'bulletin', exact: true });
  await expect(link).toHaveAttribute('href', url);
  await expect(page.getByRole('button', { name: 'Link', pressed: true })).toBeVisible();

  // With the caret inside the link, Ctrl+K opens the popover filled with its address.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ControlOrMeta+k');
  await expect(dialog.getByRole('textbox', { name: 'Link address' })).toHaveValue(url);
  await expect(dialog.getByRole('textbox', { name: 'Link address' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Open' }).click();
  expect(app.externalOpened).toEqual([url]);

  await dialog.getByRole('textbox', { name: 'Link address' }).fill('https://www.ndma.example.org/bulletins/november');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(link).toHaveAttribute('href', 'https://www.ndma.example.org/bulletins/november');

  await page.keyboard.press('ControlOrMeta+k');
  await dialog.getByRole('button', { name: 'Remove link' }).click();
  await expect(dialog).toBeHidden();
  await expect(bodyEditor(page).getByRole('link')).toHaveCount(0);
  await expect(bodyEditor(page)).toHaveText('See the bulletin');
  await expect(bodyEditor(page)).toBeFocused();
});
