import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_TIMING, createAutosave, type SaveOutcome } from './autosave';

function rig(outcome: SaveOutcome = 'saved') {
  let dirty = false;
  const saves: number[] = [];
  const recoveries: number[] = [];
  const autosave = createAutosave({
    isDirty: () => dirty,
    save: async () => {
      saves.push(Date.now());
      if (outcome === 'saved') dirty = false;
      return outcome;
    },
    writeRecovery: async () => void recoveries.push(Date.now()),
    runWhenIdle: (task, timeoutMs) => {
      const handle = setTimeout(task, timeoutMs);
      return () => clearTimeout(handle);
    },
    setTimer: (task, ms) => {
      const handle = setTimeout(task, ms);
      return () => clearTimeout(handle);
    },
  });
  const edit = () => {
    dirty = true;
    autosave.noteChange();
  };
  return { autosave, edit, saves, recoveries };
}

describe('autosave timing', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('saves within a second after typing pauses, even with the idle wait at its longest', async () => {
    const { edit, saves } = rig();
    edit();
    await vi.advanceTimersByTimeAsync(999);
    expect(saves).toEqual([AUTOSAVE_TIMING.pauseMs + AUTOSAVE_TIMING.idleTimeoutMs]);
  });

  it('saves at least every 5 s during continuous typing, and keeps a recovery copy at most every 1.5 s', async () => {
    const { edit, saves, recoveries } = rig();
    for (let t = 0; t < 12_000; t += 100) {
      edit();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saves.length).toBeGreaterThanOrEqual(2);
    const gaps = [saves[0]!, ...saves.slice(1).map((at, i) => at - saves[i]!)];
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(5000);
    expect(recoveries.length).toBeGreaterThanOrEqual(6);
    const recoveryGaps = recoveries.slice(1).map((at, i) => at - recoveries[i]!);
    for (const gap of recoveryGaps) expect(gap).toBeLessThanOrEqual(2000);
  });

  it('saves at once on flush, and keeps a recovery copy when the save fails', async () => {
    const ok = rig();
    ok.edit();
    await ok.autosave.flush();
    expect(ok.saves).toEqual([0]);
    expect(ok.recoveries).toEqual([]);

    const failing = rig('failed');
    failing.edit();
    await failing.autosave.flush();
    expect(failing.saves).toEqual([0]);
    expect(failing.recoveries).toEqual([0]);
  });

  it('stops saving after a conflict until resumed, but still keeps recovery copies', async () => {
    const { autosave, edit, saves, recoveries } = rig('conflict');
    edit();
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves).toHaveLength(1);
    edit();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saves).toHaveLength(1);
    expect(recoveries.length).toBeGreaterThan(0);
    autosave.resume();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_TIMING.idleTimeoutMs);
    expect(saves).toHaveLength(2);
  });

  it('does not save when nothing changed', async () => {
    const { autosave, saves } = rig();
    await autosave.flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saves).toEqual([]);
  });
});
