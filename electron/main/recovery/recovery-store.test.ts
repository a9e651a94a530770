import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECOVERY_LIMIT } from '../../../core/article/draft-bytes';
import { HostError } from '../../../core/host-api/contract';
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

describe('recovery store: reading and writing keep to the draft file rule', () => {
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

  it('refuses to write a copy over the recovery size limit, which it could not read back, and keeps the older copy', async () => {
    await store().write(article.id, article, 3);
    // Under the IPC argument's cap in characters, but three UTF-8 bytes each: over the limit on disk.
    const huge = { ...article, headline: '€'.repeat(Math.ceil(RECOVERY_LIMIT.bytes / 3) + 1) };
    const refused = await store().write(article.id, huge, 4).then(() => null, (error: unknown) => error);
    expect(refused).toBeInstanceOf(HostError);
    expect((refused as HostError).code).toBe('too-large');
    expect((refused as HostError).message).toContain(`${recoveryFile()}: is 200.0 MB, more than the 200 MB a recovery copy may be; it was not written`);
    expect(await store().read(article.id)).toMatchObject({ revision: 3, article });
  });
});
