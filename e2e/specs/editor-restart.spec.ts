import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '../fixtures';
import { STORY, bodyEditor, expectStoryOnScreen, save, writeBody, writeMetadata } from './editor-steps';

const IMAGE = fileURLToPath(new URL('../fixtures/images/turkana-dusk.png', import.meta.url));

test('a saved article comes back exactly after the app restarts', async ({ app }) => {
  await writeMetadata(app.page, IMAGE, (file) => app.dialogs.queueImage(file));
  await writeBody(app.page);
  await save(app.page);

  await app.restart();
  await expectStoryOnScreen(app.page);
  await expect(app.page.getByRole('status', { name: 'Save status' })).toHaveText('No changes');

  const [draftId, ...others] = await fsp.readdir(app.draftsFolder);
  expect(others).toEqual([]);
  const saved = JSON.parse(await fsp.readFile(path.join(app.draftsFolder, draftId as string, 'article.json'), 'utf8'));
  expect(saved).toMatchObject({
    id: draftId,
    status: STORY.status.value,
    section: STORY.section,
    headline: STORY.headline,
    standfirst: STORY.standfirst,
    slug: STORY.slugTyped,
    slugEditedByHand: true,
    bylines: STORY.bylines,
    dateline: STORY.dateline,
    leadImage: { mediaType: 'image/png', ...STORY.image },
    relatedLinks: STORY.relatedLinks,
    tags: STORY.tags,
    editorsNote: STORY.editorsNote,
  });
  // The picked image was copied into the draft's own folder.
  await expect(fsp.stat(path.join(app.draftsFolder, draftId as string, saved.leadImage.file))).resolves.toBeTruthy();

  const blocks = saved.body.root.children as Array<{ type: string; tag?: string; listType?: string; children: Array<Record<string, unknown>> }>;
  expect(blocks.map((block) => block.listType ?? block.tag ?? block.type)).toEqual([
    'paragraph',
    'h2',
    'paragraph',
    'quote',
    'paragraph',
    'bullet',
    'paragraph',
    'paragraph',
    'paragraph',
  ]);
  expect(blocks[0]?.children).toContainEqual(expect.objectContaining({ type: 'text', text: STORY.body.ledeBold, format: 1 }));
  expect(blocks[4]?.children).toContainEqual(expect.objectContaining({ type: 'text', text: STORY.body.listIntroItalic, format: 2 }));
  expect(blocks[8]?.children).toContainEqual(
    expect.objectContaining({ type: 'link', url: STORY.body.linkUrl, children: [expect.objectContaining({ text: STORY.body.linkText })] }),
  );
});

test('changes are saved on their own a few seconds after typing, and survive a restart', async ({ app }) => {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Headline' }).fill('Matatu strike called off after late-night talks');
  await bodyEditor(page).click();
  await page.keyboard.type('Operators agreed to return to the roads on Monday.');
  // No Save pressed: the autosave runs after a short pause.
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved \d{1,2}:\d{2}/, { timeout: 15_000 });

  await app.restart();
  await expect(app.page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Matatu strike called off after late-night talks');
  await expect(bodyEditor(app.page)).toHaveText('Operators agreed to return to the roads on Monday.');
});
