import { describe, expect, it } from 'vitest';
import { acceleratorLabel, ariaKeyShortcut, matchesAccelerator, type KeyPress } from './accelerators';

const press = (key: string, held: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  code: held.code ?? (/^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : ''),
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...held,
});

describe('accelerators', () => {
  it('spells keys as each platform does, modifiers in the platform’s order', () => {
    expect(acceleratorLabel('CmdOrCtrl+Shift+S', 'darwin')).toBe('⇧⌘S');
    expect(acceleratorLabel('Shift+CommandOrControl+Z', 'darwin')).toBe('⇧⌘Z');
    expect(acceleratorLabel('CmdOrCtrl+Shift+S', 'win32')).toBe('Ctrl+Shift+S');
    expect(acceleratorLabel('Shift+CommandOrControl+Z', 'linux')).toBe('Ctrl+Shift+Z');
    expect(acceleratorLabel('CmdOrCtrl+Alt+M', 'darwin')).toBe('⌥⌘M');
    expect(acceleratorLabel('CmdOrCtrl+Alt+M', 'linux')).toBe('Ctrl+Alt+M');
    expect(acceleratorLabel('CmdOrCtrl+Plus', 'linux')).toBe('Ctrl++');
    expect(acceleratorLabel('CmdOrCtrl+-', 'linux')).toBe('Ctrl+-');
    expect(acceleratorLabel('F11', 'win32')).toBe('F11');
  });

  it('writes aria-keyshortcuts as WAI-ARIA does: Control or Meta, then the key', () => {
    expect(ariaKeyShortcut('CmdOrCtrl+S', 'linux')).toBe('Control+S');
    expect(ariaKeyShortcut('CmdOrCtrl+S', 'darwin')).toBe('Meta+S');
    expect(ariaKeyShortcut('Shift+CommandOrControl+Z', 'darwin')).toBe('Shift+Meta+Z');
    expect(ariaKeyShortcut('CmdOrCtrl+Alt+M', 'win32')).toBe('Control+Alt+M');
    expect(ariaKeyShortcut('CmdOrCtrl+,', 'linux')).toBe('Control+,');
  });

  it('matches exactly the accelerator’s modifiers, CmdOrCtrl being ⌘ on a Mac and Ctrl elsewhere', () => {
    expect(matchesAccelerator(press('s', { ctrlKey: true }), 'CmdOrCtrl+S', 'linux')).toBe(true);
    expect(matchesAccelerator(press('s', { metaKey: true }), 'CmdOrCtrl+S', 'linux')).toBe(false);
    expect(matchesAccelerator(press('s', { metaKey: true }), 'CmdOrCtrl+S', 'darwin')).toBe(true);
    expect(matchesAccelerator(press('S', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+S', 'linux')).toBe(false);
    expect(matchesAccelerator(press('S', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+S', 'win32')).toBe(true);
    expect(matchesAccelerator(press(',', { ctrlKey: true, code: 'Comma' }), 'CmdOrCtrl+,', 'linux')).toBe(true);
    expect(matchesAccelerator(press('/', { ctrlKey: true, code: 'Slash' }), 'CmdOrCtrl+/', 'linux')).toBe(true);
  });

  it('follows the layout: Dvorak’s S is the S key, a Cyrillic layout’s key under S is S, AltGr letters keep typing', () => {
    // Dvorak: the key labelled S sits where QWERTY has ;, and types "s".
    expect(matchesAccelerator(press('s', { ctrlKey: true, code: 'Semicolon' }), 'CmdOrCtrl+S', 'linux')).toBe(true);
    expect(matchesAccelerator(press('o', { ctrlKey: true, code: 'KeyS' }), 'CmdOrCtrl+S', 'linux')).toBe(false);
    expect(matchesAccelerator(press('ы', { ctrlKey: true, code: 'KeyS' }), 'CmdOrCtrl+S', 'linux')).toBe(true);
    // Polish: AltGr (Ctrl+Alt on Windows) + A types "ą".
    expect(matchesAccelerator(press('ą', { ctrlKey: true, altKey: true, code: 'KeyA' }), 'CmdOrCtrl+Alt+A', 'win32')).toBe(false);
    // macOS: Option composes ("µ" for M) even with ⌘ held; the physical key decides.
    expect(matchesAccelerator(press('µ', { metaKey: true, altKey: true, code: 'KeyM' }), 'CmdOrCtrl+Alt+M', 'darwin')).toBe(true);
  });
});
