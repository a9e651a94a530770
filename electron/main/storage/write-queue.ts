import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { describeFsError, type DescribedFsError } from './describe-fs-error';
import type { HostFileSystem } from './file-system';
import { removeStrayTempFiles } from './stray-temp-files';

/** Hard links (fs.link) let the backup keep the previous file without copying its bytes. */
export type WriteQueueFileSystem = HostFileSystem;

export type WriteContent = string | Uint8Array;

export type WriteOutcome = { ok: true; savedAt: Date } | { ok: false; error: DescribedFsError };

export interface WriteQueueOptions {
  fs: WriteQueueFileSystem;
  now?: () => Date;
  /** Before each replace, keep the file being replaced as `<target>.bak` (see backupPathOf). */
  keepBackup?: boolean;
  /** Waits between retries of a failed write; the last one repeats until the write succeeds. */
  retryDelaysMs?: readonly number[];
  /** Schedules a retry and returns its cancel function. Tests pass a manual clock. */
  setTimer?: (run: () => void, delayMs: number) => () => void;
  onSaved?: (target: string, savedAt: Date) => void;
  onFailed?: (target: string, error: DescribedFsError, retryInMs: number) => void;
}

export interface WriteQueue {
  /**
   * Queues `content` for `target`. Settles after the first attempt that covers it: a later write to
   * the same target that arrives before this one starts replaces it (only the newest is written).
   * A failed attempt settles with the error, and the content stays queued and is retried.
   */
  write(target: string, content: WriteContent): Promise<WriteOutcome>;
  /** The newest content accepted for `target` that is not yet known to be on disk. */
  unsaved(target: string): WriteContent | undefined;
  /** Tries every unsaved target now (skipping retry waits) and resolves with those still unsaved, e.g. before quitting. */
  flush(): Promise<{ target: string; error: DescribedFsError }[]>;
}

export const DEFAULT_RETRY_DELAYS_MS = [500, 1000, 2000, 5000, 10_000, 30_000] as const;

/** `<target>.bak` holds the previous good file: the draft as it was one save earlier. */
export function backupPathOf(target: string): string {
  return `${target}.bak`;
}

interface Job {
  content: WriteContent;
  settle: Array<(outcome: WriteOutcome) => void>;
}

interface TargetState {
  running: Promise<void> | null;
  inFlight: Job | null;
  pending: Job | null;
  cancelRetry: (() => void) | null;
  failures: number;
  lastError: DescribedFsError | null;
  cleaned: boolean;
}

function defaultSetTimer(run: () => void, delayMs: number): () => void {
  const timer = setTimeout(run, delayMs);
  timer.unref?.();
  return () => clearTimeout(timer);
}

/**
 * One writer per file: writes to a target run one at a time in order, newer pending content
 * replaces older pending content, and failures are retried with backoff while the content stays in
 * memory. Every write goes through writeFileAtomic, so the file on disk is always a whole old or
 * whole new version.
 */
export function createWriteQueue(options: WriteQueueOptions): WriteQueue {
  const { fs } = options;
  const now = options.now ?? (() => new Date());
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const setTimer = options.setTimer ?? defaultSetTimer;
  const targets = new Map<string, TargetState>();

  function stateOf(target: string): TargetState {
    let state = targets.get(target);
    if (!state) {
      state = { running: null, inFlight: null, pending: null, cancelRetry: null, failures: 0, lastError: null, cleaned: false };
      targets.set(target, state);
    }
    return state;
  }

  async function writeOnce(target: string, state: TargetState, content: WriteContent): Promise<void> {
    if (!state.cleaned) {
      await removeStrayTempFiles(fs, target);
      state.cleaned = true;
    }
    if (options.keepBackup) await keepPreviousAsBackup(fs, target);
    await writeFileAtomic(fs, target, content);
  }

  async function drain(target: string, state: TargetState): Promise<void> {
    while (state.pending && !state.cancelRetry) {
      const job = state.pending;
      state.pending = null;
      state.inFlight = job;
      try {
        await writeOnce(target, state, job.content);
        state.inFlight = null;
        state.failures = 0;
        state.lastError = null;
        const savedAt = now();
        options.onSaved?.(target, savedAt);
        for (const settle of job.settle) settle({ ok: true, savedAt });
      } catch (error) {
        state.inFlight = null;
        const described = describeFsError(error, target);
        const retryInMs = delays[Math.min(state.failures, delays.length - 1)] ?? 1000;
        state.failures += 1;
        state.lastError = described;
        // Keep the failed content unless something newer is already waiting to replace it.
        state.pending ??= { content: job.content, settle: [] };
        state.cancelRetry = setTimer(() => {
          state.cancelRetry = null;
          start(target, state);
        }, retryInMs);
        options.onFailed?.(target, described, retryInMs);
        for (const settle of job.settle) settle({ ok: false, error: described });
      }
    }
  }

  function start(target: string, state: TargetState): void {
    if (state.running) return;
    state.running = drain(target, state).finally(() => {
      state.running = null;
      // A write that arrived between the loop's last check and now would otherwise wait forever.
      if (state.pending && !state.cancelRetry) start(target, state);
    });
  }

  /** A new write or a flush is a fresh reason to try at once rather than wait out the backoff. */
  function retryNow(target: string, state: TargetState): void {
    state.cancelRetry?.();
    state.cancelRetry = null;
    start(target, state);
  }

  return {
    write(target, content) {
      const state = stateOf(target);
      return new Promise<WriteOutcome>((settle) => {
        if (state.pending) {
          state.pending.content = content;
          state.pending.settle.push(settle);
        } else {
          state.pending = { content, settle: [settle] };
        }
        retryNow(target, state);
      });
    },

    unsaved(target) {
      const state = targets.get(target);
      return state?.pending?.content ?? state?.inFlight?.content;
    },

    async flush() {
      for (const [target, state] of targets) if (state.pending) retryNow(target, state);
      let running = [...targets.values()].map((state) => state.running).filter((run) => run !== null);
      while (running.length > 0) {
        await Promise.all(running);
        running = [...targets.values()].map((state) => state.running).filter((run) => run !== null);
      }
      return [...targets]
        .filter(([, state]) => state.pending !== null)
        .map(([target, state]) => ({ target, error: state.lastError ?? describeFsError(undefined, target) }));
    },
  };
}

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'EMLINK', 'ENOSYS']);

/**
 * Makes `<target>.bak` the file about to be replaced. A hard link costs no bytes; file systems
 * without hard links (FAT on USB sticks, some network shares) get a copy. The backup is a comfort,
 * not a condition: if it cannot be made, the new text is still saved.
 */
async function keepPreviousAsBackup(fs: WriteQueueFileSystem, target: string): Promise<void> {
  const backup = backupPathOf(target);
  const temp = path.join(path.dirname(target), `.${path.basename(backup)}.${randomUUID()}.tmp`);
  try {
    try {
      await fs.link(target, temp);
    } catch (error) {
      if (!NO_HARD_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      await fs.copyFile(target, temp);
    }
    await fs.rename(temp, backup);
  } catch {
    await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}
