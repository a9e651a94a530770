import * as fsp from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';
import type { HostFileSystem } from './file-system';

let folder: string;
let target: string;
beforeEach(async () => {
  folder = await fsp.mkdtemp(path.join(os.tmpdir(), 'copydesk-atomic-'));
  target = path.join(folder, 'article.json');
  await fsp.writeFile(target, 'old contents');
});
afterEach(() => fsp.rm(folder, { recursive: true, force: true }));

const crash = () => Promise.reject(Object.assign(new Error('simulated crash'), { code: 'EIO' }));

/** The real file system, except that one method of every file opened for writing fails. */
function failingHandle(method: 'writeFile' | 'sync'): HostFileSystem {
  return {
    ...fsp,
    open: (async (file: string, flags: string) => {
      const handle = await fsp.open(file, flags);
      if (flags === 'r') return handle;
      return new Proxy(handle, {
        get(real, key) {
          if (key === method) return crash;
          const value: unknown = Reflect.get(real, key);
          return typeof value === 'function' ? value.bind(real) : value;
        },
      }) as FileHandle;
    }) as HostFileSystem['open'],
  };
}

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    await writeFileAtomic(fsp, target, 'new contents');
    expect(await fsp.readFile(target, 'utf8')).toBe('new contents');
    expect(await fsp.readdir(folder)).toEqual(['article.json']);
  });

  it('creates the file when there was none', async () => {
    const fresh = path.join(folder, 'session.json');
    await writeFileAtomic(fsp, fresh, new Uint8Array([1, 2, 3]));
    expect([...(await fsp.readFile(fresh))]).toEqual([1, 2, 3]);
  });

  it.each([
    ['writing the temp file', failingHandle('writeFile')],
    ['flushing the temp file to disk', failingHandle('sync')],
    ['renaming it over the old file', { ...fsp, rename: crash }],
  ])('a crash while %s leaves the old file intact and no temp file', async (_step, fs) => {
    await expect(writeFileAtomic(fs, target, 'new contents')).rejects.toThrow('simulated crash');
    expect(await fsp.readFile(target, 'utf8')).toBe('old contents');
    expect(await fsp.readdir(folder)).toEqual(['article.json']);
  });

  it('flushes the folder after the rename, so the rename itself is durable', async () => {
    const opened: string[] = [];
    const spying: HostFileSystem = {
      ...fsp,
      open: ((file: string, flags: string) => {
        opened.push(`${path.basename(file)}:${flags}`);
        return fsp.open(file, flags);
      }) as HostFileSystem['open'],
    };
    await writeFileAtomic(spying, target, 'new contents');
    expect(opened.at(-1)).toBe(process.platform === 'win32' ? expect.stringMatching(/tmp:wx$/) : `${path.basename(folder)}:r`);
  });
});
