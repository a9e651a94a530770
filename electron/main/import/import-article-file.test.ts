import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../core/article/load-article';
import { createDraftStore, type DraftStore } from '../drafts/draft-store';
import { articleToHtmlDocument } from '../../../core/export/html-document';
import { base64Encode } from '../../../core/export/base64';
import { body, image, paragraph } from '../../../core/testing/body-builders';
import { pngImage } from '../images/test-images';
import { imageAsset } from '../images/import-image';
import { makeTempFolder, sampleArticle } from '../test-support';
import { importDraftFromFile } from './import-article-file';

let root: string;
let drafts: DraftStore;
let ids: string[];

beforeEach(async () => {
  root = await makeTempFolder('import');
  drafts = createDraftStore({ fs: fsp, draftsFolder: path.join(root, 'library'), log: () => undefined });
  ids = ['0b7e4c2a-5d1f-4e8a-9b3c-6d2e1f0a9b8c', '1c8f5d3b-6e2a-4f9b-8c4d-7e3f2a1b0c9d'];
});
afterEach(async () => {
  await fsp.rm(root, { recursive: true, force: true });
});

const deps = () => ({ fs: fsp, drafts, newId: () => ids.shift()!, clock: () => new Date('2026-11-25T10:00:00Z') });

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(root, name);
  await fsp.writeFile(file, content);
  return file;
}

describe('Import…', () => {
  it('saves a wire story as a new draft and notes the pictures it could not bring', async () => {
    const file = await write(
      'wire.json',
      JSON.stringify({
        uri: 'urn:x:1',
        type: 'text',
        language: 'sv',
        headlines: [{ role: 'main', value: 'Färjan till Åland går igen' }],
        bodies: [{ role: 'main', contenttype: 'text/html', value: '<p>Trafiken återupptogs på måndagen.</p>' }],
        associations: [{ name: 'featureimage', uri: 'urn:x:pic', type: 'picture', renditions: [{ href: 'https://img.example.se/a.jpg' }] }],
      }),
    );
    const imported = await importDraftFromFile(deps(), file);
    expect(imported.article).toMatchObject({ id: '0b7e4c2a-5d1f-4e8a-9b3c-6d2e1f0a9b8c', headline: 'Färjan till Åland går igen', language: 'sv' });
    expect(imported.notes.join(' ')).toContain('https://img.example.se/a.jpg');
    expect((await drafts.load(imported.article.id)).headline).toBe('Färjan till Åland går igen');
  });

  it('gives a native draft whose id is already in the library a new id, leaving the other untouched', async () => {
    const existing = sampleArticle();
    await drafts.save(existing);
    const file = await write('copy.json', serializeArticle({ ...existing, headline: 'Another story with the same id' }));
    const imported = await importDraftFromFile(deps(), file);
    expect(imported.article.id).not.toBe(existing.id);
    expect([...ids, existing.id]).not.toContain(imported.article.id); // a fresh id from newId
    expect(imported.article.headline).toBe('Another story with the same id');
    expect((await drafts.load(existing.id)).headline).toBe(existing.headline);
  });

  it('refuses, naming the file, what is not JSON, not UTF-8 or not there, and saves nothing', async () => {
    await expect(importDraftFromFile(deps(), await write('cut.json', '{"uri": "urn:x"'))).rejects.toMatchObject({ code: 'bad-file', message: expect.stringMatching(/^cut\.json: is not valid JSON/) });
    await expect(importDraftFromFile(deps(), await write('latin1.html', new Uint8Array([0x3c, 0x70, 0x3e, 0xe9, 0x3c])))).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining('latin1.html: is not valid UTF-8') });
    await expect(importDraftFromFile(deps(), path.join(root, 'gone.json'))).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining('gone.json') });
    await expect(importDraftFromFile(deps(), await write('notes.txt', 'just words'))).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining('notes.txt') });
    expect(await drafts.list()).toEqual([]);
  });

  it('brings an HTML export’s pictures into the new draft: linked beside the page or carried in it; none from the web or outside the folder', async () => {
    const beside = pngImage(4, 3, [10, 120, 200]);
    const carried = pngImage(2, 2, [250, 200, 0]);
    const picture = (file: string, caption: string) => image({ file, altText: `Alt ${caption}`, caption, credit: `Photo: ${caption}`, width: 4, height: 3 });
    const article = sampleArticle({
      leadImage: null,
      body: body([paragraph('Intro.'), picture('assets/beside.png', 'Beside'), picture('assets/web.png', 'Web'), picture('assets/out.png', 'Out'), paragraph('End.')]),
    });
    const html = articleToHtmlDocument(article)
      .replace('src="assets/web.png"', 'src="https://cdn.example/web.png"')
      .replace('src="assets/out.png"', 'src="../out.png"');
    await fsp.mkdir(path.join(root, 'export', 'assets'), { recursive: true });
    await fsp.writeFile(path.join(root, 'export', 'assets', 'beside.png'), beside);
    await fsp.writeFile(path.join(root, 'out.png'), beside);
    const page = path.join(root, 'export', 'story.html');
    await fsp.writeFile(page, html);

    const imported = await importDraftFromFile(deps(), page);
    const stored = imageAsset(beside, 'beside').file;
    const images = imported.article.body.root.children.filter((node) => node.type === 'image');
    expect(images).toEqual([image({ file: stored, altText: 'Alt Beside', caption: 'Beside', credit: 'Photo: Beside', width: 4, height: 3 })]);
    expect(await fsp.readFile(path.join(drafts.draftFolder(imported.article.id), stored))).toEqual(beside);
    // The header (kicker, bylines, dateline) is not body; the pictures left out keep their captions as text.
    expect(imported.article.body.root.children.map((node) => node.type)).toEqual(['paragraph', 'image', 'paragraph', 'paragraph', 'paragraph']);
    expect(imported.article.headline).toBe(article.headline);
    expect(imported.notes.join('\n')).toMatch(/https:\/\/cdn\.example\/web\.png is on the web and was not downloaded; its caption is kept as text/);
    expect(imported.notes.join('\n')).toMatch(/\.\.\/out\.png is not in the page’s folder/);

    const embedded = articleToHtmlDocument(sampleArticle({ leadImage: null, body: body([picture('assets/c.png', 'Carried')]) }), {
      images: { mode: 'embed', read: () => ({ bytes: carried, mediaType: 'image/png' }) },
    });
    const second = await importDraftFromFile(deps(), await write('embedded.html', embedded));
    const carriedFile = imageAsset(carried, 'carried').file;
    expect(second.article.body.root.children).toEqual([image({ file: carriedFile, altText: 'Alt Carried', caption: 'Carried', credit: 'Photo: Carried', width: 4, height: 3 })]);
    expect(await fsp.readFile(path.join(drafts.draftFolder(second.article.id), carriedFile))).toEqual(carried);
    expect(second.notes).toEqual([]);
    expect(base64Encode(carried)).not.toBe('');
  });
});
