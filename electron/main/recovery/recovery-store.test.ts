import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECOVERY_LIMIT } from '../../../core/article/draft-bytes';
import { makeTempFolder, sampleArticle } from '../test-support';
import { createRecoveryStore } from './recovery-store';

let root: string;
let logged: string[];
const article = sampleArticle();
const store = () => createRecoveryStore({ fs: fsp, stateFolder: path.join(root, 'state'), clock: () => new Date('2026-11-25T18:00:00.000Z'), log: (line) => logged.push(line) });
const recoveryFile = () => path.join(root, 'state', 'recovery', `${article.id}.json`);

beforeEach(async () => {
  root = await makeTempFolder('recovery-store');
  logged = [];
  await fsp.mkdir(path.join(root, 'state', 'recovery'), { recursive: true });
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

describe('recovery store: reading keeps to the draft file rule', () => {
  it('reads back what it wrote', async () => {
    await store().write(article.id, article, 3);
    expect(await store().read(article.id)).toMatchObject({ draftId: article.id, revision: 3, article });
  });

  it('ignores a recovery copy that is not valid UTF-8, naming the file and the byte, instead of offering text with replacement characters', async () => {
    const text = JSON.stringify({ draftId: article.id, revision: 2, writtenAt: '2026-11-25T18:00:00.000Z', article: { ...article, headline: 'Caf~' } });
    const bytes = Buffer.from(text, 'utf8');
    const at = bytes.indexOf('Caf~') + 'Caf'.length;
    bytes[at] = 0xe9; // a Latin-1 “é”: not UTF-8
    await fsp.writeFile(recoveryFile(), bytes);
    expect(await store().read(article.id)).toBeNull();
    expect(await store().list()).toEqual([]);
    expect(logged.at(-1)).toContain(`${recoveryFile()}: is not valid UTF-8 text (byte ${at})`);
  });

  it('ignores a recovery copy over the recovery size limit without reading it', async () => {
    const handle = await fsp.open(recoveryFile(), 'w');
    await handle.truncate(RECOVERY_LIMIT.bytes + 1);
    await handle.close();
    expect(await store().read(article.id)).toBeNull();
    expect(logged.at(-1)).toMatch(/more than the 200 MB a recovery copy may be/);
  });
});
