import { describe, expect, it, vi } from 'vitest';
import { hasCommandHandler, isCommandEnabled, registerCommandHandler, registerCommandHandlers, runCommand, subscribeToCommands } from './command-registry';

describe('command registry', () => {
  it('runs the newest handler, and the one before again once that one goes', () => {
    const app = vi.fn();
    const dialog = vi.fn();
    const stopApp = registerCommandHandler('save', { run: app });
    const stopDialog = registerCommandHandler('save', { run: dialog });
    expect(runCommand('save')).toBe(true);
    expect(dialog).toHaveBeenCalledOnce();
    stopDialog();
    runCommand('save');
    expect(app).toHaveBeenCalledOnce();
    stopApp();
    expect(hasCommandHandler('save')).toBe(false);
    expect(runCommand('save')).toBe(false);
  });

  it('does not run a disabled command, and asks each time', () => {
    let enabled = false;
    const run = vi.fn();
    const stop = registerCommandHandler('bold', { run, isEnabled: () => enabled });
    expect(isCommandEnabled('bold')).toBe(false);
    expect(runCommand('bold')).toBe(false);
    enabled = true;
    expect(runCommand('bold')).toBe(true);
    expect(run).toHaveBeenCalledOnce();
    stop();
  });

  it('tells subscribers when handlers come and go, several at once too', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeToCommands(listener);
    const stop = registerCommandHandlers({ 'comment.add': { run: () => undefined }, 'review.accept': { run: () => undefined } });
    expect(hasCommandHandler('comment.add') && hasCommandHandler('review.accept')).toBe(true);
    stop();
    expect(hasCommandHandler('comment.add')).toBe(false);
    expect(listener).toHaveBeenCalledTimes(4);
    unsubscribe();
  });

  it('refuses an id the command table does not have', () => {
    expect(() => registerCommandHandler('format-hard-disk' as 'save', { run: () => undefined })).toThrow('No command “format-hard-disk”');
  });
});
