/**
 * When to save, kept apart from how (see use-autosave.ts), so the rule can be tested with fake timers:
 * - within 1 s after typing pauses;
 * - at least every 5 s while typing goes on;
 * - a crash-recovery copy at most every 1.5 s while there are unsaved edits, so a crash loses at most ~2 s;
 * - at once on flush (window close, quit, shutdown).
 * Edits only (re)arm timers; the text is serialized inside the save, when the browser is idle.
 */
export const AUTOSAVE_TIMING = {
  pauseMs: 600,
  /** Upper bound on waiting for an idle moment, so a busy page still saves in time. */
  idleTimeoutMs: 300,
  maxWaitMs: 4000,
  recoveryEveryMs: 1500,
  /** After a failed save (the host retries too) the next attempt, if nothing else triggers one. */
  retryMs: 5000,
} as const;

export type SaveOutcome = 'saved' | 'failed' | 'conflict';

type Cancel = () => void;

export interface AutosaveDeps {
  isDirty(): boolean;
  save(): Promise<SaveOutcome>;
  writeRecovery(): Promise<void>;
  runWhenIdle(task: () => void, timeoutMs: number): Cancel;
  setTimer(task: () => void, ms: number): Cancel;
}

export interface Autosave {
  noteChange(): void;
  /** Saves now (and keeps a recovery copy if that fails); resolves when done. */
  flush(): Promise<void>;
  /** Stops saving (the draft changed on disk: saves would be refused); recovery copies go on. */
  pause(): void;
  resume(): void;
  dispose(): void;
}

export function createAutosave(deps: AutosaveDeps): Autosave {
  let pauseTimer: Cancel | null = null;
  let maxTimer: Cancel | null = null;
  let recoveryTimer: Cancel | null = null;
  let retryTimer: Cancel | null = null;
  let idleSave: Cancel | null = null;
  let running: Promise<SaveOutcome> | null = null;
  let saveAgain = false;
  let paused = false;

  const cancel = (timer: Cancel | null) => {
    timer?.();
    return null;
  };

  function cancelSaveTimers() {
    pauseTimer = cancel(pauseTimer);
    maxTimer = cancel(maxTimer);
    retryTimer = cancel(retryTimer);
    idleSave = cancel(idleSave);
  }

  function requestSave() {
    cancelSaveTimers();
    idleSave = deps.runWhenIdle(() => {
      idleSave = null;
      void runSave();
    }, AUTOSAVE_TIMING.idleTimeoutMs);
  }

  async function runSave(): Promise<SaveOutcome | null> {
    if (running) {
      saveAgain = true;
      return running;
    }
    if (paused || !deps.isDirty()) return null;
    running = deps.save();
    const outcome = await running;
    running = null;
    if (outcome === 'conflict') paused = true;
    if (outcome === 'failed' && !paused) retryTimer ??= deps.setTimer(requestSave, AUTOSAVE_TIMING.retryMs);
    if (saveAgain && !paused) {
      saveAgain = false;
      requestSave();
    }
    return outcome;
  }

  function armRecovery() {
    recoveryTimer ??= deps.setTimer(() => {
      recoveryTimer = null;
      if (deps.isDirty()) void deps.writeRecovery();
    }, AUTOSAVE_TIMING.recoveryEveryMs);
  }

  return {
    noteChange() {
      armRecovery();
      if (paused) return;
      // A save already waiting for an idle moment stays due: continuous typing must not postpone it.
      pauseTimer = cancel(pauseTimer);
      pauseTimer = deps.setTimer(requestSave, AUTOSAVE_TIMING.pauseMs);
      maxTimer ??= deps.setTimer(requestSave, AUTOSAVE_TIMING.maxWaitMs);
    },
    async flush() {
      cancelSaveTimers();
      if (running) await running;
      if (!deps.isDirty()) return;
      const outcome = paused ? null : await runSave();
      if (outcome !== 'saved') await deps.writeRecovery();
    },
    pause() {
      paused = true;
      cancelSaveTimers();
    },
    resume() {
      paused = false;
      if (deps.isDirty()) requestSave();
    },
    dispose() {
      cancelSaveTimers();
      recoveryTimer = cancel(recoveryTimer);
    },
  };
}
