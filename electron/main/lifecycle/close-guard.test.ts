import { describe, expect, it } from 'vitest';
import { manualTimers } from '../storage/faulty-fs.testing';
import { createCloseGuard, type CloseReason } from './close-guard';

function setup(options: { renderer?: boolean; hostFlush?: () => Promise<unknown> } = {}) {
  const timers = manualTimers();
  const requested: CloseReason[] = [];
  const logged: string[] = [];
  let hostFlushes = 0;
  const guard = createCloseGuard({
    requestFlush: (reason) => {
      requested.push(reason);
      return options.renderer ?? true;
    },
    flushHost: async () => {
      hostFlushes += 1;
      await options.hostFlush?.();
    },
    setTimer: timers.setTimer,
    log: (message) => logged.push(message),
  });
  const proceeded: string[] = [];
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { guard, timers, requested, logged, proceeded, settle, hostFlushes: () => hostFlushes };
}

describe('close guard', () => {
  it('holds the first close, asks the renderer to save, and closes once it is done and the host has written', async () => {
    const { guard, requested, proceeded, settle, hostFlushes, timers } = setup();
    expect(guard.attempt('close', () => proceeded.push('close'))).toBe(true);
    expect(requested).toEqual(['close']);
    expect(timers.waiting).toEqual([3000]);
    await settle();
    expect(proceeded).toEqual([]);

    guard.flushDone();
    await settle();
    expect(hostFlushes()).toBe(1);
    expect(proceeded).toEqual(['close']);
    expect(timers.waiting).toEqual([]);
    // The close asked for again by proceed goes through.
    expect(guard.attempt('close', () => proceeded.push('again'))).toBe(false);
  });

  it('asks once when quit and shutdown pile up, and lets each through after the one flush', async () => {
    const { guard, requested, proceeded, settle } = setup();
    expect(guard.attempt('quit', () => proceeded.push('quit'))).toBe(true);
    expect(guard.attempt('shutdown', () => proceeded.push('shutdown'))).toBe(true);
    expect(guard.attempt('close', () => proceeded.push('close'))).toBe(true);
    expect(requested).toEqual(['quit']);
    guard.flushDone();
    guard.flushDone();
    await settle();
    expect(proceeded).toEqual(['quit', 'shutdown', 'close']);
  });

  it('closes anyway after the timeout when the renderer never answers, and says why', async () => {
    const { guard, proceeded, settle, timers, logged, hostFlushes } = setup();
    guard.attempt('shutdown', () => proceeded.push('shutdown'));
    timers.fireAll();
    await settle();
    expect(proceeded).toEqual(['shutdown']);
    expect(hostFlushes()).toBe(1);
    expect(logged).toEqual([expect.stringMatching(/did not confirm its save within 3000 ms; going on without it/)]);
  });

  it('does not wait for a renderer that is not there', async () => {
    const { guard, proceeded, settle, timers } = setup({ renderer: false });
    expect(guard.attempt('quit', () => proceeded.push('quit'))).toBe(true);
    expect(timers.waiting).toEqual([]);
    await settle();
    expect(proceeded).toEqual(['quit']);
  });

  it('closes even when the host’s own flush fails, logging it (the recovery copy keeps the text)', async () => {
    const { guard, proceeded, settle, logged } = setup({ hostFlush: () => Promise.reject(new Error('ENOSPC')) });
    guard.attempt('close', () => proceeded.push('close'));
    guard.flushDone();
    await settle();
    expect(proceeded).toEqual(['close']);
    expect(logged).toEqual(['Saving before closing failed: ENOSPC']);
  });

  it('stays open when it cannot tell whether text would be lost, and says why in the log', async () => {
    const logged: string[] = [];
    const proceeded: string[] = [];
    const guard = createCloseGuard({
      requestFlush: () => false,
      flushHost: async () => undefined,
      log: (message) => logged.push(message),
      lostText: {
        find: () => Promise.reject(new Error('EIO reading the recovery folder')),
        ask: () => Promise.reject(new Error('never asked')),
        pickFolder: async () => null,
        saveElsewhere: async () => undefined,
      },
    });
    guard.attempt('close', () => proceeded.push('close'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(proceeded).toEqual([]);
    expect(guard.state).toBe('open');
    expect(logged).toEqual(['Could not check for unsaved text before closing: EIO reading the recovery folder']);
  });
});
