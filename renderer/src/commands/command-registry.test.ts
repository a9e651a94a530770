import { describe, expect, it, vi } from 'vitest';
import { enterModal, hasCommandHandler, isCommandEnabled, registerCommandHandler, registerCommandHandlers, runCommand, subscribeToCommands } from './command-registry';

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

describe('command registry with a modal dialog open', () => {
  it('runs none of the page’s commands behind the dialog, and all of them again once it closes', () => {
    const save = vi.fn();
    const stop = registerCommandHandlers({ save: { run: save }, 'comment.add': { run: save } });
    const leave = enterModal({});
    expect(runCommand('save')).toBe(false);
    expect(runCommand('comment.add')).toBe(false);
    expect(isCommandEnabled('save')).toBe(false);
    // The menus and the shortcut list still show what the app can do.
    expect(hasCommandHandler('save')).toBe(true);
    leave();
    expect(runCommand('save')).toBe(true);
    expect(save).toHaveBeenCalledOnce();
    stop();
  });

  it('runs a handler registered everywhere with a dialog open too (Undo acts on the dialog’s field)', () => {
    const undo = vi.fn();
    const stop = registerCommandHandler('undo', { run: undo }, { everywhere: true });
    const leave = enterModal({});
    expect(runCommand('undo')).toBe(true);
    leave();
    expect(runCommand('undo')).toBe(true);
    expect(undo).toHaveBeenCalledTimes(2);
    stop();
  });

  it('runs what the top dialog registers within itself, and only while it is the top one', () => {
    const page = vi.fn();
    const compare = vi.fn();
    const stopPage = registerCommandHandler('review.nextChange', { run: page });
    const compareDialog = {};
    const leaveCompare = enterModal(compareDialog);
    const stopCompare = registerCommandHandler('review.nextChange', { run: compare }, { within: compareDialog });
    expect(runCommand('review.nextChange')).toBe(true);
    expect(compare).toHaveBeenCalledOnce();

    // A second dialog over the first: neither the page's nor the first dialog's command reaches it.
    const leaveOther = enterModal({});
    expect(runCommand('review.nextChange')).toBe(false);
    leaveOther();
    expect(runCommand('review.nextChange')).toBe(true);
    expect(compare).toHaveBeenCalledTimes(2);

    stopCompare();
    leaveCompare();
    expect(runCommand('review.nextChange')).toBe(true);
    expect(page).toHaveBeenCalledOnce();
    stopPage();
  });

  it('closing dialogs out of order leaves the one still open on top', () => {
    const run = vi.fn();
    const first = {};
    const second = {};
    const leaveFirst = enterModal(first);
    const leaveSecond = enterModal(second);
    const stop = registerCommandHandler('save', { run }, { within: second });
    leaveFirst();
    expect(runCommand('save')).toBe(true);
    leaveSecond();
    expect(runCommand('save')).toBe(false);
    expect(run).toHaveBeenCalledOnce();
    stop();
  });
});
