export type CloseReason = 'close' | 'quit' | 'shutdown';

export interface CloseGuardDeps {
  /** Asks the renderer to save now (the flushRequested event). Returns false when there is no renderer to ask. */
  requestFlush: (reason: CloseReason) => boolean;
  /** Writes whatever the host still holds (queued saves), once the renderer is done. */
  flushHost: () => Promise<unknown>;
  /** How long to wait for the renderer's flushDone; after that the close goes on and the recovery copy covers the rest. */
  timeoutMs?: number;
  setTimer?: (run: () => void, delayMs: number) => () => void;
  log?: (message: string) => void;
}

export interface CloseGuard {
  /**
   * A window close, app quit or OS shutdown was asked for. Returns true when it must be prevented for
   * now: `proceed` is called once the renderer and host have saved (or the wait timed out), and the
   * close asked for again then is let through.
   */
  attempt(reason: CloseReason, proceed: () => void): boolean;
  /** The renderer's flushDone call. */
  flushDone(): void;
  readonly state: 'open' | 'flushing' | 'closing';
}

export const FLUSH_TIMEOUT_MS = 3000;

function defaultSetTimer(run: () => void, delayMs: number): () => void {
  const timer = setTimeout(run, delayMs);
  return () => clearTimeout(timer);
}

/**
 * Nothing typed is lost on close: the first close is held once, the renderer is asked to save, and
 * the close goes on when it says it is done, or after a timeout (a hung or crashed renderer must
 * not keep the app from quitting or the OS from shutting down).
 */
export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  const timeoutMs = deps.timeoutMs ?? FLUSH_TIMEOUT_MS;
  const setTimer = deps.setTimer ?? defaultSetTimer;
  let state: CloseGuard['state'] = 'open';
  let waiting: (() => void)[] = [];
  let cancelTimeout: (() => void) | null = null;

  function finish(why: string): void {
    if (state !== 'flushing') return;
    cancelTimeout?.();
    cancelTimeout = null;
    if (why === 'timeout') deps.log?.(`The window did not confirm its save within ${timeoutMs} ms; closing anyway (the recovery copy holds its text).`);
    state = 'closing';
    const proceeds = waiting;
    waiting = [];
    void deps
      .flushHost()
      .catch((error: unknown) => deps.log?.(`Saving before closing failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        for (const proceed of proceeds) proceed();
      });
  }

  return {
    attempt(reason, proceed) {
      if (state === 'closing') return false;
      waiting.push(proceed);
      if (state === 'flushing') return true;
      state = 'flushing';
      if (!deps.requestFlush(reason)) {
        finish('no renderer');
        return true;
      }
      cancelTimeout = setTimer(() => finish('timeout'), timeoutMs);
      return true;
    },
    flushDone() {
      finish('done');
    },
    get state() {
      return state;
    },
  };
}
