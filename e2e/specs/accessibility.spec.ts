// axe-core on every screen and dialog, in the light and the dark theme (see e2e/rig/axe.ts). A screen
// added elsewhere gets its check with one line where its own spec opens it:
//   await expectNoAxeViolations(page, 'what is on screen');
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import type { Article } from '../../core/article/article-schema';
import { kenyaPoliticsArticle } from '../../core/testing/sample-articles';
import { test, expect, type CopydeskApp } from '../fixtures';
import { expectNoAxeViolations } from '../rig/axe';
import { changeHeadlineOnDisk, savedBodyText } from './autosave-disk';
import { articleDetails, bodyEditor, save } from './editor-steps';
import { clickAppBarCommand } from './app-bar-steps';

const IMAGE = fileURLToPath(new URL('../fixtures/images/turkana-dusk.png', import.meta.url));

async function chooseExport(page: Page, format: string) {
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: format }).click();
  return page.getByRole('dialog', { name: 'Pre-export check' });
}

test('empty editor, the empty library and trash, Settings, the export menu, the pre-export check with blockers', async ({ app }) => {
  const { page } = app;
  await expect(bodyEditor(page)).toBeVisible();
  await expectNoAxeViolations(page, 'empty editor');

  await page.getByRole('button', { name: 'Open…' }).click();
  const library = page.getByRole('dialog', { name: 'Open a draft' });
  await expect(library.getByText('No saved drafts yet.')).toBeVisible();
  await expectNoAxeViolations(page, 'empty library');
  await library.getByRole('button', { name: 'Trash', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Trash' }).getByText('The trash is empty.')).toBeVisible();
  await expectNoAxeViolations(page, 'empty trash');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByRole('region', { name: 'Pre-export checks' })).toBeVisible();
  await expectNoAxeViolations(page, 'Settings');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
  await expectNoAxeViolations(page, 'export menu open');
  await page.keyboard.press('Escape');

  const check = await chooseExport(page, 'HTML…');
  await expect(check.getByRole('region', { name: /Blockers/ })).toBeVisible();
  await check.getByText('Check settings').click();
  await expectNoAxeViolations(page, 'pre-export check with blockers, settings open');
});

/** A complete article on screen: the sample story saved through the host and opened, with a lead image chosen in the panel. */
async function openFullArticle(app: CopydeskApp): Promise<Article> {
  const { page } = app;
  const article: Article = { ...kenyaPoliticsArticle, id: randomUUID(), leadImage: null };
  expect((await page.evaluate((json) => window.copydesk.saveDraft({ article: json }), JSON.stringify(article))).ok).toBe(true);
  await app.emitHostEvent('openDraftRequested', { draftId: article.id });
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(article.headline);
  const details = articleDetails(page);
  app.dialogs.queueImage(IMAGE);
  await details.getByRole('button', { name: 'Choose image…' }).click();
  await details.getByRole('textbox', { name: 'Alt text' }).fill('A herder leads three thin goats past a dry riverbed at dusk.');
  await details.getByRole('textbox', { name: 'Caption' }).fill('Ekal Lomuria walks his last goats to the borehole.');
  await details.getByRole('group', { name: 'Lead image' }).getByRole('textbox', { name: 'Credit' }).fill('Amina Odhiambo / Copydesk');
  await save(page);
  return article;
}

test('a full article: editor, link popover, preview, pre-export check with warnings, export notice', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const article = await openFullArticle(app);
  await expectNoAxeViolations(page, 'editor with a full article');

  await bodyEditor(page).getByRole('link', { name: 'Katiba Institute', exact: true }).click();
  await page.keyboard.press('ControlOrMeta+k');
  await expect(page.getByRole('dialog', { name: 'Link' })).toBeVisible();
  await expectNoAxeViolations(page, 'link popover on a link');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const preview = page.getByRole('dialog', { name: 'Preview' });
  await expect(preview.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveText(article.headline);
  await expectNoAxeViolations(page, 'preview (with the exported page inside)');
  await page.keyboard.press('Escape');

  const check = await chooseExport(page, 'HTML…');
  await expect(check.getByRole('region', { name: /Warnings/ })).toBeVisible();
  await expectNoAxeViolations(page, 'pre-export check with warnings');
  app.dialogs.queueExportDestination(path.join(app.dataDir, 'talks.html'));
  await check.getByRole('button', { name: /^Export/ }).click();
  await expect(page.getByRole('status', { name: 'Export status' })).toContainText('Exported HTML');
  await expectNoAxeViolations(page, 'export notice');
});

test('history, a version’s preview and the restored notice with Undo', async ({ app }) => {
  const { page } = app;
  await openFullArticle(app);
  await clickAppBarCommand(page, 'History');
  const history = page.getByRole('dialog', { name: 'History' });
  await history.getByRole('textbox', { name: 'Save version…' }).fill('Filed to the desk');
  await history.getByRole('button', { name: 'Save version' }).click();
  await expect(history.getByRole('list', { name: 'Versions' }).getByRole('listitem').first()).toBeVisible();
  await expectNoAxeViolations(page, 'history');
  await history.getByRole('button', { name: /^Preview version of .*Filed to the desk$/ }).click();
  const version = page.getByRole('dialog', { name: /^Version of / });
  await expect(version.getByRole('button', { name: 'Restore this version' })).toBeVisible();
  await expectNoAxeViolations(page, 'version preview');
  await version.getByRole('button', { name: 'Restore this version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored the version' })).toBeVisible();
  await expectNoAxeViolations(page, 'restored notice with Undo');
});

test('the library with drafts, a draft moved to the trash with Undo, the trash with a draft and its confirmation', async ({ app }) => {
  const { page } = app;
  for (const headline of ['Kisumu port handles record tonnage', 'Ferry resumes after two-week halt']) {
    await page.getByRole('button', { name: 'New' }).click();
    await page.getByRole('textbox', { name: 'Headline' }).fill(headline);
    await save(page);
  }
  await page.getByRole('button', { name: 'New' }).click();
  await page.getByRole('button', { name: 'Open…' }).click();
  const library = page.getByRole('dialog', { name: 'Open a draft' });
  await expect(library.getByRole('list', { name: 'Drafts' }).getByRole('button')).toHaveCount(2);
  await expectNoAxeViolations(page, 'library with two drafts');
  await library.getByRole('group', { name: 'Selected draft' }).getByRole('button', { name: 'Move to trash' }).click();
  await expect(library.getByRole('button', { name: 'Undo' })).toBeVisible();
  await expectNoAxeViolations(page, 'library after moving a draft to the trash');
  await library.getByRole('button', { name: 'Trash', exact: true }).click();
  const trash = page.getByRole('dialog', { name: 'Trash' });
  await trash.getByRole('button', { name: 'Empty trash…' }).click();
  await expect(trash.getByRole('button', { name: 'Erase for good' })).toBeVisible();
  await expectNoAxeViolations(page, 'trash with a draft, asking to erase it');
});

test('problems on screen: an invalid related link, a missing headline after a save, a headline over budget, an app alert', async ({ app }) => {
  const { page } = app;
  const details = articleDetails(page);
  await details.getByRole('button', { name: 'Add related link' }).click();
  await details.getByRole('textbox', { name: 'URL, related link 1' }).fill('treasury budget 2026');
  await details.getByRole('textbox', { name: 'Title, related link 1' }).fill('The budget');
  await bodyEditor(page).click();
  await page.keyboard.insertText('The Treasury published its statement on Thursday.');
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByText('The headline is empty; add one before export.')).toBeVisible();
  await expectNoAxeViolations(page, 'field problems');

  await page.getByRole('textbox', { name: 'Headline' }).fill('Kenya’s Treasury raises the fuel levy again as the shilling slides against the dollar');
  await expect(page.getByRole('main').getByText('+25')).toBeVisible();
  await expectNoAxeViolations(page, 'headline over its budgets');

  await fsp.writeFile(path.join(app.stateFolder, 'settings.json'), '{"theme": ');
  await app.restart();
  await expect(app.page.getByRole('alert')).toContainText('Your settings file was unreadable');
  await expectNoAxeViolations(app.page, 'app alert');
});

test('changed on disk (with the comparison) and recovery after a crash', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('Council delays vote');
  await bodyEditor(page).click();
  await page.keyboard.type('Traders packed the gallery.');
  await expect.poll(() => savedBodyText(app)).toBe('Traders packed the gallery.');
  await changeHeadlineOnDisk(app, 'Council approves levy');
  const prompt = page.getByRole('alertdialog', { name: 'This draft changed on disk' });
  await expect(prompt).toBeVisible();
  await expectNoAxeViolations(page, 'changed on disk');
  await prompt.getByRole('button', { name: 'Compare' }).click();
  await expect(prompt.getByRole('region', { name: 'On disk now' })).toContainText('Council approves levy');
  await expectNoAxeViolations(page, 'changed on disk, compared');
  await prompt.getByRole('button', { name: 'Keep mine' }).click();
  await expect(prompt).toBeHidden();

  // Saves stop answering: the recovery copy is written, the draft is not saved again; then a crash.
  app.holdSaves();
  await bodyEditor(page).click();
  const recoveryFolder = path.join(app.stateFolder, 'recovery');
  const recoveryWritten = async () => (await fsp.readdir(recoveryFolder).catch(() => [])).length > 0;
  for (let typed = 0; typed < 200 && !(typed > 0 && (await recoveryWritten())); typed += 1) await page.keyboard.type(' Then more.', { delay: 20 });
  await app.crash();
  await app.restart();
  const recovery = app.page.getByRole('dialog', { name: 'Recover unsaved text' });
  await expect(recovery).toBeVisible();
  await expectNoAxeViolations(app.page, 'recovery');
});
