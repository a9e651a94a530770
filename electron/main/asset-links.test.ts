import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../core/article/load-article';
import { createHostHandlers } from './host-handlers';
import { pngImage } from './images/test-images';
import { makeTempFolder, sampleArticle, testHostDeps } from './test-support';

/** A link in a draft folder to a file outside it is never packed, embedded or copied: the call names the file and says why. */
const LEAD = 'assets/linked.png';
const article = sampleArticle({ leadImage: { file: LEAD, mediaType: 'image/png', altText: 'A street', caption: 'Mombasa', credit: 'AFP' } });
let root: string;

function host() {
  return createHostHandlers(
    testHostDeps(root, {
      watchFolder: () => () => undefined,
      dialogs: {
        chooseCopyDestination: async () => path.join(root, 'out', 'copy.copydesk'),
        chooseExportDestination: async (name) => path.join(root, 'out', name),
      },
    }),
  );
}

beforeEach(async () => {
  root = await makeTempFolder('asset-links');
  const folder = path.join(root, 'drafts', article.id);
  await fsp.mkdir(path.join(folder, 'assets'), { recursive: true });
  await fsp.mkdir(path.join(root, 'out'));
  await fsp.writeFile(path.join(folder, 'article.json'), serializeArticle(article));
  await fsp.writeFile(path.join(root, 'secret.png'), pngImage(2, 2));
  await fsp.symlink(path.join(root, 'secret.png'), path.join(folder, LEAD));
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

describe('links inside a draft folder', () => {
  const refusal = expect.stringMatching(/The draft’s image “assets\/linked\.png” is a link to a file outside the draft folder .+\./);

  it('Save a copy as… refuses to pack the outside file and writes no copy', async () => {
    await expect(host().saveCopyAs({ draftId: article.id })).rejects.toMatchObject({ code: 'bad-file', message: refusal });
    expect(await fsp.readdir(path.join(root, 'out'))).toEqual([]);
  });

  it.each(['html', 'markdown'] as const)('export to %s refuses to embed or copy it and writes nothing', async (format) => {
    await expect(host().exportDraft({ draftId: article.id, format, images: 'assets' })).rejects.toMatchObject({ code: 'bad-file', message: refusal });
    await expect(host().exportDraft({ draftId: article.id, format })).rejects.toMatchObject({ code: 'bad-file', message: refusal });
    expect(await fsp.readdir(path.join(root, 'out'))).toEqual([]);
  });
});
