import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../test-support';
import { createRecentDocuments } from './recent-documents';

let root: string;
beforeEach(async () => {
  root = await makeTempFolder('recent');
});
afterEach(async () => {
  await fsp.rm(root, { recursive: true, force: true });
});

async function touch(name: string): Promise<string> {
  const file = path.join(root, name);
  await fsp.writeFile(file, '');
  return file;
}

describe('recent documents', () => {
  it('keeps the ten most recent, newest first, each once, across restarts', async () => {
    const recent = createRecentDocuments({ fs: fsp, stateFolder: path.join(root, 'state') });
    const files = await Promise.all(Array.from({ length: 12 }, (_, index) => touch(`draft-${index}.copydesk`)));
    for (const file of files) await recent.add(file);
    await recent.add(files[5]!);
    const again = createRecentDocuments({ fs: fsp, stateFolder: path.join(root, 'state') });
    const listed = await again.list();
    expect(listed).toHaveLength(10);
    expect(listed.slice(0, 3)).toEqual([files[5], files[11], files[10]]);
    expect(new Set(listed).size).toBe(10);
  });

  it('leaves out files that have gone, and forgets them', async () => {
    const recent = createRecentDocuments({ fs: fsp, stateFolder: root });
    const kept = await touch('kept.copydesk');
    const gone = await touch('gone.copydesk');
    await recent.add(kept);
    await recent.add(gone);
    await fsp.rm(gone);
    expect(await recent.list()).toEqual([kept]);
    expect(JSON.parse(await fsp.readFile(path.join(root, 'recent-documents.json'), 'utf8'))).toEqual([kept]);
  });

  it('clears, and treats a corrupt file as an empty list', async () => {
    const recent = createRecentDocuments({ fs: fsp, stateFolder: root });
    await recent.add(await touch('a.copydesk'));
    await recent.clear();
    expect(await recent.list()).toEqual([]);
    await fsp.writeFile(path.join(root, 'recent-documents.json'), '{"not": "a list"');
    expect(await recent.list()).toEqual([]);
  });
});
