import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../core/article/load-article';
import { createHostServices } from '../host-handlers';
import { createFaultyFs, type FaultPoint } from '../storage/faulty-fs.testing';
import { makeTempFolder, sampleArticle, testHostDeps } from '../test-support';

let root: string;
beforeEach(async () => {
  root = await makeTempFolder('save-codes');
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

const CODES: [string, string, RegExp][] = [
  ['ENOSPC', 'disk-full', /^Not saved: disk is full\. Your text is kept and will be saved when space is free\.$/],
  ['EACCES', 'permission-denied', /^Not saved: Copydesk is not allowed to write to .*Your text is kept/],
  ['EROFS', 'read-only', /^Not saved: .* is on a read-only disk\. Your text is kept/],
  ['ENOENT', 'drafts-folder-missing', /^Not saved: the folder .* is gone .*Your text is kept/],
];
const POINTS: FaultPoint[] = ['write', 'fsync', 'rename'];

describe('a failed autosave, through the host handlers', () => {
  const article = sampleArticle();
  const edited = { ...article, headline: 'Typed while the disk said no' };

  for (const point of POINTS) {
    for (const [errno, code, message] of CODES) {
      it(`${errno} on ${point}: host error '${code}' in words, old file intact, recovery copy still written, saved once the disk recovers`, async () => {
        const faulty = createFaultyFs();
        const { handlers, flushWrites } = createHostServices(
          testHostDeps(root, { fs: faulty.fs, clock: () => new Date('2026-11-25T18:00:00.000Z'), watchFolder: () => null }),
        );
        const file = path.join(root, 'drafts', article.id, 'article.json');
        await handlers.saveDraft({ article });

        faulty.fail(point, errno);
        await expect(handlers.saveDraft({ article: edited })).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
        expect(await fsp.readFile(file, 'utf8')).toBe(serializeArticle(article));
        expect(await handlers.getSaveStatus({ draftId: article.id })).toMatchObject({ state: 'failed', message: expect.stringMatching(message) });

        faulty.clear();
        await handlers.writeRecovery({ draftId: article.id, article: edited, revision: 7 });
        expect(await flushWrites()).toEqual([]);
        expect(await fsp.readFile(file, 'utf8')).toBe(serializeArticle(edited));
        expect(await handlers.getSaveStatus({ draftId: article.id })).toMatchObject({ state: 'saved' });
        expect(await handlers.getRecovery({ draftId: article.id })).toBeNull();
      });
    }
  }
});
