import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../core/article/article-schema';
import { MAX_DRAFT_BYTES } from '../../core/article/draft-bytes';
import { serializeArticle } from '../../core/article/load-article';
import { packPortableDraft } from '../../core/portable/portable-draft';
import { createHostHandlers } from './host-handlers';
import { makeTempFolder, sampleArticle, testHostDeps } from './test-support';

/**
 * One size rule, applied to the exact bytes to be written, before they are: the app never writes a
 * draft it would then refuse to open, and the refused text is kept in the recovery store.
 */
const article = sampleArticle();
const NEW_ID = '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d';
let root: string;
let picked: string | null = null;

function host() {
  return createHostHandlers(
    testHostDeps(root, {
      newId: () => NEW_ID,
      watchFolder: () => () => undefined,
      dialogs: { pickPortableDraftFile: async () => picked, pickDraftFile: async () => picked, pickImportFile: async () => picked },
    }),
  );
}

/** One paragraph holding `characters` letters (the schema limits fields like the headline, not body text). */
function articleWithBodyText(characters: number, overrides: Partial<Article> = {}): Article {
  const text = { type: 'text', version: 1, text: 'x'.repeat(characters), format: 0, detail: 0, mode: 'normal', style: '' };
  return { ...article, ...overrides, body: { root: { ...article.body.root, children: [{ type: 'paragraph', version: 1, children: [text] }] } } };
}

/** A body of many one-letter paragraphs: about 40% of the limit written compactly, over it once indented as saving writes it. */
function articleCompactlyUnderIndentedOver(): Article {
  const paragraph = { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'a', format: 0, detail: 0, mode: 'normal', style: '' }] };
  const count = Math.ceil((MAX_DRAFT_BYTES * 0.4) / JSON.stringify(paragraph).length);
  return { ...article, body: { root: { ...article.body.root, children: Array.from({ length: count }, () => paragraph) } } };
}

const libraryFile = () => path.join(root, 'drafts', article.id, 'article.json');
const libraryFolders = () => fsp.readdir(path.join(root, 'drafts')).catch(() => []);

beforeEach(async () => {
  root = await makeTempFolder('draft-size');
  await fsp.mkdir(path.dirname(libraryFile()), { recursive: true });
  await fsp.writeFile(libraryFile(), serializeArticle(article));
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

describe('a draft the app accepts is a draft the app can open', { timeout: 120_000 }, () => {
  it('refuses to save a 50 MB article, writes nothing and keeps the text in recovery', async () => {
    const handlers = host();
    const saved = await fsp.readFile(libraryFile(), 'utf8');
    const huge = articleWithBodyText(MAX_DRAFT_BYTES);
    await expect(handlers.saveDraft({ article: huge, revision: 2 })).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/article\.json: is 50\.\d MB, more than the 50 MB a draft may be; it was not saved\. Your text is kept as a recovery copy/),
    });
    expect(await fsp.readFile(libraryFile(), 'utf8')).toBe(saved);
    const recovered = await handlers.getRecovery({ draftId: article.id });
    expect(recovered?.recovered.article.body).toEqual(huge.body);
    expect(await handlers.loadDraft({ id: article.id })).toMatchObject({ article: { headline: article.headline } });
  });

  it('refuses to save a compact draft that indented would be over the limit, and will not import it either', async () => {
    const big = articleCompactlyUnderIndentedOver();
    const compact = `${JSON.stringify(big)}\n`;
    expect(compact.length).toBeLessThan(MAX_DRAFT_BYTES);
    expect(serializeArticle(big).length).toBeGreaterThan(MAX_DRAFT_BYTES);
    await fsp.writeFile(libraryFile(), compact);
    const handlers = host();
    const { article: loaded } = await handlers.loadDraft({ id: article.id });
    await expect(handlers.saveDraft({ article: loaded, revision: 3 })).rejects.toMatchObject({ code: 'too-large', message: expect.stringContaining('it was not saved') });
    expect(await fsp.readFile(libraryFile(), 'utf8')).toBe(compact);

    picked = path.join(root, 'compact.json');
    await fsp.writeFile(picked, compact.replace(article.id, NEW_ID));
    await expect(handlers.openDraftFile({})).rejects.toMatchObject({ code: 'bad-file', message: expect.stringMatching(/compact\.json: is \d+\.\d MB, more than the 50 MB a draft may be; it was not imported\./) });
    await expect(handlers.importArticleFile({})).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining('it was not imported.') });
    expect(await libraryFolders()).toEqual([article.id]);
  });

  it('refuses a .copydesk holding a 60 MB article with the message the library gives, bringing nothing in', async () => {
    picked = path.join(root, 'huge.copydesk');
    await fsp.writeFile(picked, packPortableDraft(articleWithBodyText(60 * 1024 * 1024, { id: NEW_ID }), new Map(), 'Copydesk test'));
    await expect(host().importPortableDraft({})).rejects.toMatchObject({
      code: 'bad-file',
      message: expect.stringMatching(/“huge\.copydesk” › article\.json: is 60\.0 MB, more than the 50 MB a draft may be; it was not opened\./),
    });
    expect(await libraryFolders()).toEqual([article.id]);
  });
});
