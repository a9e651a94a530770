import * as realFs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { WriteQueueFileSystem } from './write-queue';

/** Where a fault can be injected. `write` leaves half the data in the temp file before failing, as a full disk does. */
export type FaultPoint = 'open' | 'write' | 'fsync' | 'folder-fsync' | 'rename' | 'link' | 'mkdir';

export function errnoError(code: string, syscall: string, file = ''): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: injected fault, ${syscall} '${file}'`);
  error.code = code;
  error.syscall = syscall;
  if (file) error.path = file;
  return error;
}

/** The real file system with switchable faults, for tests of what happens when the disk says no. */
export function createFaultyFs() {
  const faults = new Map<FaultPoint, string>();
  /** Folders where nothing fails (the USB stick the user picks when the main disk is full). */
  const spared: string[] = [];
  const calls: FaultPoint[] = [];
  const faultFor = (point: FaultPoint, file: string) =>
    spared.some((folder) => file === folder || file.startsWith(`${folder}/`)) ? undefined : faults.get(point);
  const check = (point: FaultPoint, file: string) => {
    calls.push(point);
    const code = faultFor(point, file);
    if (code) throw errnoError(code, point, file);
  };

  const wrapHandle = (handle: FileHandle, file: string, isFolder: boolean): FileHandle =>
    new Proxy(handle, {
      get(target, property, receiver) {
        if (property === 'writeFile') {
          return async (data: string | Uint8Array) => {
            const code = faultFor('write', file);
            calls.push('write');
            if (code) {
              await target.writeFile(typeof data === 'string' ? data.slice(0, data.length / 2) : data.subarray(0, data.length / 2));
              throw errnoError(code, 'write', file);
            }
            return target.writeFile(data);
          };
        }
        if (property === 'sync') {
          return async () => {
            check(isFolder ? 'folder-fsync' : 'fsync', file);
            return target.sync();
          };
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });

  const fs: WriteQueueFileSystem = {
    readFile: realFs.readFile,
    rm: realFs.rm,
    // As on a real full disk, making a folder that is already there does not fail.
    mkdir: (async (folder: string, options?: { recursive?: boolean }) => {
      const there = await realFs.stat(folder).then((stats) => stats.isDirectory(), () => false);
      if (!there) check('mkdir', String(folder));
      return realFs.mkdir(folder, options);
    }) as WriteQueueFileSystem['mkdir'],
    readdir: realFs.readdir,
    stat: realFs.stat,
    realpath: realFs.realpath,
    copyFile: realFs.copyFile,
    open: (async (file: string, flags?: string, mode?: number) => {
      check('open', file);
      const handle = await realFs.open(file, flags, mode);
      return wrapHandle(handle, file, flags === 'r');
    }) as WriteQueueFileSystem['open'],
    rename: async (from, to) => {
      check('rename', String(to));
      return realFs.rename(from, to);
    },
    link: async (existing, created) => {
      check('link', String(created));
      return realFs.link(existing, created);
    },
  };

  return {
    fs,
    calls,
    fail(point: FaultPoint, code: string) {
      faults.set(point, code);
    },
    clear() {
      faults.clear();
      spared.length = 0;
    },
    /** Nothing under `folder` fails from now on. */
    spare(folder: string) {
      spared.push(folder);
    },
  };
}

/** A clock for retries that only moves when the test says so. */
export function manualTimers() {
  const scheduled: { run: () => void; delayMs: number; cancelled: boolean }[] = [];
  return {
    scheduled,
    setTimer(run: () => void, delayMs: number) {
      const entry = { run, delayMs, cancelled: false };
      scheduled.push(entry);
      return () => {
        entry.cancelled = true;
      };
    },
    /** Runs every retry that is due (all of them: the test decides time has passed). */
    fireAll() {
      for (const entry of scheduled.splice(0)) if (!entry.cancelled) entry.run();
    },
    get waiting() {
      return scheduled.filter((entry) => !entry.cancelled).map((entry) => entry.delayMs);
    },
  };
}
