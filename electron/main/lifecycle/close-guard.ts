export type CloseReason = 'close' | 'quit' | 'shutdown';

/** What the user chose when text could not be saved: write it to a folder they pick, keep the app open, or close anyway. */
export type LostTextChoice = 'save-elsewhere' | 'stay-open' | 'close-anyway';

/** The question asked when closing would lose text (a native message box in the app). */
export interface LostTextQuestion {
  reason: CloseReason;
  /** Headlines of the drafts whose last edits are on disk nowhere ('' for an untitled one). */
  headlines: string[];
  /** Why the previous attempt to save elsewhere failed, in words; null the first time. */
  problem: string | null;
}

/** Text that is on disk nowhere at close, and how to ask about it and save it elsewhere. */
export interface LostTextDeps {
  /** Headlines of the drafts whose newest text neither their file nor their recovery copy holds. */
  find(): Promise<string[]>;
  ask(question: LostTextQuestion): Promise<LostTextChoice>;
  /** A folder the user picks (on another disk), or null when they cancel. */
  pickFolder(): Promise<string | null>;
  /** Writes the lost text into `folder`; throws, in words, when it cannot. */
  saveElsewhere(folder: string): Promise<unknown>;
}

export interface CloseGuardDeps {
  /** Asks the renderer to save now (the flushRequested event). Returns false when there is no renderer to ask. */
  requestFlush: (reason: CloseReason) => boolean;
  /** Writes whatever the host still holds (queued saves), once the renderer is done. */
  flushHost: () => Promise<unknown>;
  /** How long to wait for the renderer's flushDone; after that the close goes on and the recovery copy covers the rest. */
  timeoutMs?: number;
  setTimer?: (run: () => void, delayMs: number) => () => void;
  log?: (message: string) => void;
  /** Asked after the flush: without it the close goes on whatever was saved. */
  lostText?: LostTextDeps;
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
  /** 'asking': text would be lost and the user is being asked what to do. */
  readonly state: 'open' | 'flushing' | 'asking' | 'closing';
}

export const FLUSH_TIMEOUT_MS = 3000;

function defaultSetTimer(run: () => void, delayMs: number): () => void {
  const timer = setTimeout(run, delayMs);
  return () => clearTimeout(timer);
}

/**
 * Nothing typed is lost on close: the first close is held once, the renderer is asked to save, and
 * the close goes on when it says it is done, or after a timeout (a hung or crashed renderer must
 * not keep the app from quitting or the OS from shutting down). If text is then on disk nowhere (the
 * disk is full everywhere), the user is asked: save it to a folder they pick, stay open, or close
 * anyway; the app never closes silently over lost text.
 */
export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  const timeoutMs = deps.timeoutMs ?? FLUSH_TIMEOUT_MS;
  const setTimer = deps.setTimer ?? defaultSetTimer;
  const log = (message: string) => deps.log?.(message);
  let state: CloseGuard['state'] = 'open';
  let reason: CloseReason = 'close';
  let waiting: (() => void)[] = [];
  let cancelTimeout: (() => void) | null = null;

  /** Whether the close may go on: nothing is lost, or the user saved it elsewhere or chose to close anyway. */
  async function mayClose(lostText: LostTextDeps): Promise<boolean> {
    let problem: string | null = null;
    for (;;) {
      const headlines = await lostText.find();
      if (headlines.length === 0) return true;
      state = 'asking';
      const choice = await lostText.ask({ reason, headlines, problem });
      if (choice === 'close-anyway') {
        log(`Closing at the user's word without the last edits of ${headlines.length} draft(s).`);
        return true;
      }
      if (choice === 'stay-open') return false;
      const folder = await lostText.pickFolder();
      if (folder === null) {
        problem = null;
        continue;
      }
      try {
        await lostText.saveElsewhere(folder);
        problem = null;
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
    }
  }

  async function settle(): Promise<void> {
    await deps.flushHost().catch((error: unknown) => log(`Saving before closing failed: ${error instanceof Error ? error.message : String(error)}`));
    const close = deps.lostText
      ? await mayClose(deps.lostText).catch((error: unknown) => {
          // Not knowing whether text is safe is no reason to throw it away: stay open.
          log(`Could not check for unsaved text before closing: ${error instanceof Error ? error.message : String(error)}`);
          return false;
        })
      : true;
    const proceeds = waiting;
    waiting = [];
    if (!close) {
      state = 'open';
      return;
    }
    state = 'closing';
    for (const proceed of proceeds) proceed();
  }

  function finish(why: string): void {
    if (state !== 'flushing' || cancelTimeout === null) return;
    cancelTimeout();
    cancelTimeout = null;
    if (why === 'timeout') log(`The window did not confirm its save within ${timeoutMs} ms; going on without it (the recovery copy holds its text).`);
    void settle();
  }

  return {
    attempt(asked, proceed) {
      if (state === 'closing') return false;
      waiting.push(proceed);
      if (state !== 'open') return true;
      state = 'flushing';
      reason = asked;
      if (!deps.requestFlush(asked)) {
        void settle();
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
