import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFaultyFs, manualTimers, type FaultPoint } from './faulty-fs.testing';
import { backupPathOf, createWriteQueue, type WriteQueueOptions } from './write-queue';
import type { DescribedFsError } from './describe-fs-error';

let folder: string;
let target: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'copydesk-queue-'));
  target = path.join(folder, 'article.json');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function setup(extra: Partial<WriteQueueOptions> = {}) {
  const faulty = createFaultyFs();
  const timers = manualTimers();
  const failures: { target: string; error: DescribedFsError; retryInMs: number }[] = [];
  const saves: string[] = [];
  let attemptEnded: () => void = () => undefined;
  const queue = createWriteQueue({
    fs: faulty.fs,
    setTimer: timers.setTimer,
    onFailed: (file, error, retryInMs) => {
      failures.push({ target: file, error, retryInMs });
      attemptEnded();
    },
    onSaved: (file) => {
      saves.push(file);
      attemptEnded();
    },
    ...extra,
  });
  /** Fires the due retries and waits for the attempt they start to end. */
  const retry = async () => {
    const ended = new Promise<void>((resolve) => (attemptEnded = resolve));
    timers.fireAll();
    await ended;
  };
  return { faulty, timers, failures, saves, queue, retry };
}

describe('write queue: order and coalescing', () => {
  it('writes the first content, then only the newest of those that queued up behind it', async () => {
    const { queue, faulty } = setup();
    const first = queue.write(target, 'A');
    const coalesced = [queue.write(target, 'B'), queue.write(target, 'C'), queue.write(target, 'D')];
    expect(queue.unsaved(target)).toBe('D');
    const outcomes = await Promise.all([first, ...coalesced]);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(faulty.calls.filter((call) => call === 'write')).toHaveLength(2); // A, then D; B and C never hit the disk
    expect(await readFile(target, 'utf8')).toBe('D');
    expect(queue.unsaved(target)).toBeUndefined();
  });

  it('never runs two writes to the same file at once, but different files proceed independently', async () => {
    const { queue } = setup();
    const other = path.join(folder, 'other.json');
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 30; i += 1) {
      writes.push(queue.write(target, `article ${i}`));
      writes.push(queue.write(other, `other ${i}`));
      if (i % 7 === 0) await writes.at(-1);
    }
    await Promise.all(writes);
    expect(await readFile(target, 'utf8')).toBe('article 29');
    expect(await readFile(other, 'utf8')).toBe('other 29');
    expect((await readdir(folder)).sort()).toEqual(['article.json', 'other.json']);
  });
});

describe('write queue: disk and permission faults', () => {
  const EXPECTED: Record<string, RegExp> = {
    ENOSPC: /^Not saved: disk is full\. Your text is kept and will be saved when space is free\.$/,
    EACCES: /^Not saved: Copydesk is not allowed to write to .*copydesk-queue-.*Your text is kept/,
    EPERM: /^Not saved: Copydesk is not allowed to write to .*copydesk-queue-.*Your text is kept/,
    EROFS: /^Not saved: .*copydesk-queue-.* is on a read-only disk\. Your text is kept/,
    ENOENT: /^Not saved: the folder .*copydesk-queue-.* is gone.*Your text is kept/,
  };
  const POINTS: FaultPoint[] = ['write', 'fsync', 'rename'];

  for (const point of POINTS) {
    for (const code of Object.keys(EXPECTED)) {
      it(`${code} on ${point}: old file intact, text held, message in words, retry saves it`, async () => {
        const { queue, faulty, timers, failures, saves, retry } = setup({ keepBackup: true });
        await writeFile(target, 'old good text');

        faulty.fail(point, code);
        const outcome = await queue.write(target, 'new text');
        expect(outcome).toEqual({ ok: false, error: { code, message: expect.stringMatching(EXPECTED[code]!) } });
        expect(await readFile(target, 'utf8')).toBe('old good text');
        expect(queue.unsaved(target)).toBe('new text');
        expect(failures.map((failure) => failure.error.code)).toEqual([code]);
        expect(timers.waiting).toEqual([500]);
        expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

        // Still failing: the content is kept and the wait grows.
        await retry();
        expect(await readFile(target, 'utf8')).toBe('old good text');
        expect(timers.waiting).toEqual([1000]);

        faulty.clear();
        await retry();
        expect(await readFile(target, 'utf8')).toBe('new text');
        expect(await readFile(backupPathOf(target), 'utf8')).toBe('old good text');
        expect(queue.unsaved(target)).toBeUndefined();
        expect(saves).toEqual([target]);
        expect(timers.waiting).toEqual([]);
      });
    }
  }

  it('a failed fsync of the folder after the rename leaves the new file whole and retries until it is durable', async () => {
    const { queue, faulty, retry } = setup();
    await writeFile(target, 'old');
    faulty.fail('folder-fsync', 'EIO');
    const outcome = await queue.write(target, 'new');
    expect(outcome.ok).toBe(false);
    expect(['old', 'new']).toContain(await readFile(target, 'utf8'));
    expect(queue.unsaved(target)).toBe('new');
    faulty.clear();
    await retry();
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(queue.unsaved(target)).toBeUndefined();
  });

  it('text typed while a save is failing replaces the held text and is tried at once, not after the backoff', async () => {
    const { queue, faulty, timers } = setup();
    faulty.fail('write', 'ENOSPC');
    await queue.write(target, 'first');
    expect(timers.waiting).toEqual([500]);
    const second = queue.write(target, 'second');
    expect(timers.waiting).toEqual([]); // the waiting retry was cancelled in favour of trying now
    expect((await second).ok).toBe(false);
    expect(queue.unsaved(target)).toBe('second');
    expect(timers.waiting).toEqual([1000]);
    faulty.clear();
    expect((await queue.write(target, 'third')).ok).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('third');
  });

  it('flush tries everything now and names what could not be saved', async () => {
    const { queue, faulty } = setup();
    faulty.fail('rename', 'EROFS');
    await queue.write(target, 'kept in memory');
    const unsaved = await queue.flush();
    expect(unsaved).toEqual([{ target, error: expect.objectContaining({ code: 'EROFS' }) }]);
    faulty.clear();
    expect(await queue.flush()).toEqual([]);
    expect(await readFile(target, 'utf8')).toBe('kept in memory');
  });

  it('the backoff stops growing at its longest wait', async () => {
    const { queue, faulty, timers, retry } = setup({ retryDelaysMs: [10, 20] });
    faulty.fail('open', 'EACCES');
    await queue.write(target, 'x');
    const waits: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      waits.push(...timers.waiting);
      await retry();
    }
    expect(waits).toEqual([10, 20, 20, 20]);
  });
});

describe('write queue: previous good version', () => {
  it('keeps the file being replaced as <target>.bak', async () => {
    const { queue } = setup({ keepBackup: true });
    await queue.write(target, 'one');
    await expect(readFile(backupPathOf(target), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
    await queue.write(target, 'two');
    await queue.write(target, 'three');
    expect(await readFile(target, 'utf8')).toBe('three');
    expect(await readFile(backupPathOf(target), 'utf8')).toBe('two');
  });

  it('copies instead of linking on file systems without hard links, and a failed backup does not stop the save', async () => {
    const { queue, faulty } = setup({ keepBackup: true });
    await queue.write(target, 'one');
    faulty.fail('link', 'EPERM');
    await queue.write(target, 'two');
    expect(await readFile(backupPathOf(target), 'utf8')).toBe('one');
    faulty.fail('link', 'EIO'); // not a "no hard links" answer: no backup this time, but the text is saved
    expect((await queue.write(target, 'three')).ok).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('three');
    expect(await readFile(backupPathOf(target), 'utf8')).toBe('one');
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('write queue: leftovers of a crash', () => {
  it('removes the target’s stray temp files before its first write, and nobody else’s', async () => {
    const own = '.article.json.0f8fad5b-d9cb-469f-a165-70867728950e.tmp';
    const ownBackup = '.article.json.bak.7c9e6679-7425-40de-944b-e07fc1f90ae7.tmp';
    const others = '.session.json.0f8fad5b-d9cb-469f-a165-70867728950e.tmp';
    for (const name of [own, ownBackup, others]) await writeFile(path.join(folder, name), 'half');
    const { queue } = setup({ keepBackup: true });
    await queue.write(target, 'text');
    expect((await readdir(folder)).sort()).toEqual([others, 'article.json']);
  });
});
