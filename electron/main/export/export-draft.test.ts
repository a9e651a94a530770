import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../../core/host-api/contract';
import { createDraftStore, type DraftStore } from '../drafts/draft-store';
import { importImage } from '../images/import-image';
import { pngImage } from '../images/test-images';
import { makeTempFolder, sampleArticle } from '../test-support';
import { exportDraft, withExportExtension } from './export-draft';

let root: string;
let drafts: DraftStore;
let destinations: Array<string | null>;
let suggested: string[];

beforeEach(async () => {
  root = await makeTempFolder('export');
  drafts = createDraftStore({ fs: fsp, draftsFolder: path.join(root, 'library'), log: () => undefined });
  destinations = [];
  suggested = [];
});
afterEach(async () => {
  await fsp.rm(root, { recursive: true, force: true });
});

const article = sampleArticle({ slug: 'floodwaters-recede' });
const dialogs = {
  chooseExportDestination: async (name: string) => {
    suggested.push(name);
    return destinations.shift() ?? null;
  },
};
const run = (format: ExportFormat) => exportDraft({ fs: fsp, drafts, dialogs }, article.id, format);

async function saveWithLeadImage(): Promise<string> {
  const source = path.join(root, 'photo.png');
  await fsp.writeFile(source, pngImage(12, 8));
  const image = await importImage(fsp, source, drafts.assetsFolder(article.id));
  await drafts.save({ ...article, leadImage: { ...image, altText: 'Flooded street', caption: 'Mombasa, Sunday', credit: 'A. Wanjiru' } });
  return image.file;
}

describe('File ▸ Export', () => {
  it('writes one HTML file with the draft as saved and its images inside', async () => {
    await saveWithLeadImage();
    destinations.push(path.join(root, 'out', 'flood'));
    await fsp.mkdir(path.join(root, 'out'));
    expect(await run('html')).toEqual({ file: path.join(root, 'out', 'flood.html') });
    expect(suggested).toEqual(['floodwaters-recede.html']);
    const html = await fsp.readFile(path.join(root, 'out', 'flood.html'), 'utf8');
    expect(html).toContain('Floodwaters recede in Mombasa as rebuilding begins');
    expect(html).toMatch(/<img[^>]+src="data:image\/png;base64,/);
    expect(html).not.toContain('assets/');
  });

  it('writes HTML with its images in an assets folder beside it when asked', async () => {
    const asset = await saveWithLeadImage();
    destinations.push(path.join(root, 'out', 'flood.html'));
    await fsp.mkdir(path.join(root, 'out'));
    await exportDraft({ fs: fsp, drafts, dialogs }, article.id, 'html', { images: 'assets' });
    const html = await fsp.readFile(path.join(root, 'out', 'flood.html'), 'utf8');
    expect(html).toContain(`<img src="${asset}"`);
    expect(html).not.toContain('data:image');
    expect(await fsp.readFile(path.join(root, 'out', asset))).toEqual(pngImage(12, 8));
  });

  it('tells afterExport which article it wrote, only once the file is there', async () => {
    await drafts.save(article);
    destinations.push(path.join(root, 'story.txt'));
    const exported: Array<{ id: string; fileThere: boolean }> = [];
    const afterExport = async (written: typeof article) => {
      exported.push({ id: written.id, fileThere: await fsp.stat(path.join(root, 'story.txt')).then(() => true, () => false) });
    };
    await exportDraft({ fs: fsp, drafts, dialogs, afterExport }, article.id, 'text');
    expect(exported).toEqual([{ id: article.id, fileThere: true }]);
    await exportDraft({ fs: fsp, drafts, dialogs, afterExport }, article.id, 'text');
    expect(exported).toHaveLength(1); // cancelled: nothing exported, nothing told
  });

  it('writes Markdown with its images copied beside it', async () => {
    const asset = await saveWithLeadImage();
    destinations.push(path.join(root, 'flood.md'));
    await run('markdown');
    expect(await fsp.readFile(path.join(root, 'flood.md'), 'utf8')).toContain(`](${asset})`);
    expect(await fsp.readFile(path.join(root, asset))).toEqual(pngImage(12, 8));
  });

  it('writes JSON, ninjs and plain text, adding the extension only when missing', async () => {
    await drafts.save(article);
    destinations.push(path.join(root, 'a'), path.join(root, 'b.json'), path.join(root, 'c.TXT'));
    expect(await run('json')).toEqual({ file: path.join(root, 'a.json') });
    expect(await run('ninjs')).toEqual({ file: path.join(root, 'b.json') });
    expect(await run('text')).toEqual({ file: path.join(root, 'c.TXT') });
    expect(JSON.parse(await fsp.readFile(path.join(root, 'a.json'), 'utf8'))).toMatchObject({ id: article.id });
    expect(JSON.parse(await fsp.readFile(path.join(root, 'b.json'), 'utf8'))).toHaveProperty('uri');
    expect(await fsp.readFile(path.join(root, 'c.TXT'), 'utf8')).toContain('Residents returned on Sunday.');
  });

  it('writes nothing when cancelled', async () => {
    await drafts.save(article);
    expect(await run('html')).toBeNull();
    expect(await fsp.readdir(root)).toEqual(['library']);
  });

  it('refuses, naming it, when an image of the draft is missing', async () => {
    const asset = await saveWithLeadImage();
    await fsp.rm(path.join(drafts.assetsFolder(article.id), path.basename(asset)));
    destinations.push(path.join(root, 'flood.html'));
    await expect(run('html')).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining(`“${asset}” is missing`) });
    await expect(fsp.stat(path.join(root, 'flood.html'))).rejects.toThrow();
  });

  it('knows each format’s extension', () => {
    expect(withExportExtension('/x/story', 'ninjs')).toBe('/x/story.ninjs.json');
    expect(withExportExtension('/x/story.md', 'markdown')).toBe('/x/story.md');
    expect(withExportExtension('/x/story.html', 'text')).toBe('/x/story.html.txt');
  });
});
