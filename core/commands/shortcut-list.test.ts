import { describe, expect, it } from 'vitest';
import { acceleratorLabel } from './accelerators';
import { COMMAND_TABLE, type CommandSpec } from './command-table';
import { acceleratorOn, offeredOn, shortcutList, shortcutsMatching } from './shortcut-list';

// Moved here from the application menu's tests with the list itself (the menu and the list both read the table).
const flat = (platform: string) => shortcutList(platform).flatMap((group) => group.shortcuts);
const shown = (platform: string) => new Map(flat(platform).map(({ label, accelerator }) => [label, acceleratorLabel(accelerator, platform)]));

describe('keyboard shortcut list', () => {
  it('names each shortcut once, roles included', () => {
    const shortcuts = flat('linux').map(({ label, accelerator }) => ({ label, accelerator }));
    expect(shortcuts).toContainEqual({ label: 'Save', accelerator: 'CmdOrCtrl+S' });
    expect(shortcuts).toContainEqual({ label: 'Undo', accelerator: 'CmdOrCtrl+Z' });
    expect(shortcuts).toContainEqual({ label: 'Paste as Plain Text', accelerator: 'CmdOrCtrl+Shift+V' });
    expect(shortcuts).toContainEqual({ label: 'Quit', accelerator: 'CommandOrControl+Q' });
    expect(shortcuts).toContainEqual({ label: 'Fact Box', accelerator: 'CmdOrCtrl+Alt+B' });
    expect(shortcuts.filter((shortcut) => shortcut.label === 'Zoom In')).toHaveLength(1);
  });

  it('groups them as Help ▸ Keyboard Shortcuts shows them, and leaves out what is hidden', () => {
    const handled = (spec: CommandSpec) => !(spec.runs === 'page' && spec.hiddenUntilHandled);
    expect(shortcutList('linux', handled).map((group) => group.group)).toEqual(['File', 'Edit', 'View', 'Format', 'Insert', 'Window', 'Help']);
    expect(shortcutList('linux').map((group) => group.group)).toContain('Review');
    expect(shortcutList('linux', (spec) => spec.id !== 'bold').find((group) => group.group === 'Format')?.shortcuts.map((s) => s.id)).toEqual(['italic', 'underline', 'link']);
  });

  it('shows Redo as Ctrl+Y on Windows, Ctrl+Shift+Z on Linux and ⇧⌘Z on macOS', () => {
    expect(shown('win32').get('Redo')).toBe('Ctrl+Y');
    expect(shown('linux').get('Redo')).toBe('Ctrl+Shift+Z');
    expect(shown('darwin').get('Redo')).toBe('⇧⌘Z');
  });

  it('lists each platform’s own role keys: no Exit key on Windows, full screen on ⌃⌘F and Hide on ⌘H on macOS', () => {
    expect(shown('win32').has('Exit')).toBe(false);
    expect(shown('linux').get('Quit')).toBe('Ctrl+Q');
    expect(shown('darwin').get('Quit Copydesk')).toBe('⌘Q');
    expect(shown('darwin').get('Toggle Full Screen')).toBe('⌃⌘F');
    expect(shown('win32').get('Toggle Full Screen')).toBe('F11');
    expect(shown('darwin').get('Hide Copydesk')).toBe('⌘H');
    expect(shown('darwin').get('Hide Others')).toBe('⌥⌘H');
    expect(shown('linux').has('Hide Others')).toBe(false);
    expect(shown('linux').get('Select All')).toBe('Ctrl+A');
  });

  it.each(['linux', 'win32', 'darwin'])('lists every command %s offers with a key, all but the developer tools', (platform) => {
    const listed = new Set(flat(platform).map(({ id }) => id));
    const withKey = (COMMAND_TABLE as readonly CommandSpec[]).filter((spec) => acceleratorOn(spec, platform) && offeredOn(spec, platform, true));
    expect(withKey.filter((spec) => !listed.has(spec.id)).map((spec) => spec.id)).toEqual(['reload', 'toggle-dev-tools']);
    expect(listed.size).toBe(withKey.length - 2);
  });

  it('finds shortcuts by words of their label, group or key as the platform writes it', () => {
    const ids = (query: string, platform = 'linux') => shortcutsMatching(shortcutList(platform), query, platform).flatMap((group) => group.shortcuts.map((shortcut) => shortcut.id));
    expect(ids('comment')).toEqual(['comment.add']);
    expect(ids('ctrl+alt+m')).toEqual(['comment.add']);
    expect(ids('PASTE plain')).toEqual(['paste-as-plain-text']);
    expect(ids('⌥⌘M', 'darwin')).toEqual(['comment.add']);
    expect(ids('insert table')).toEqual(['insert-table']);
    expect(ids('f7')).toEqual(['view.stylePanel']);
    expect(ids('no such command')).toEqual([]);
    expect(shortcutsMatching(shortcutList('linux'), '  ', 'linux')).toEqual(shortcutList('linux'));
    // Groups keep their order and lose the shortcuts that do not match.
    expect(shortcutsMatching(shortcutList('linux'), 'zoom', 'linux').map((group) => group.group)).toEqual(['View']);
  });
});
