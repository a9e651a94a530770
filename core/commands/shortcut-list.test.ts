import { describe, expect, it } from 'vitest';
import { acceleratorLabel } from './accelerators';
import type { CommandSpec } from './command-table';
import { shortcutList } from './shortcut-list';

// Moved here from the application menu's tests with the list itself (the menu and the list both read the table).
const flat = (platform: string) => shortcutList(platform).flatMap((group) => group.shortcuts);
const shown = (platform: string) => new Map(flat(platform).map(({ label, accelerator }) => [label, acceleratorLabel(accelerator, platform)]));

describe('keyboard shortcut list', () => {
  it('names each shortcut once, roles included', () => {
    const shortcuts = flat('linux').map(({ label, accelerator }) => ({ label, accelerator }));
    expect(shortcuts).toContainEqual({ label: 'Save', accelerator: 'CmdOrCtrl+S' });
    expect(shortcuts).toContainEqual({ label: 'Undo', accelerator: 'CommandOrControl+Z' });
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
});
