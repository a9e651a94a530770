/**
 * Keyboard shortcuts in Electron's accelerator spelling (docs/api/accelerator.md, Electron 45), read
 * the same way by main (menu items), the renderer (keydown dispatcher, aria-keyshortcuts, Help ▸
 * Keyboard Shortcuts) and the clash test. `platform` is Node's name for it: 'darwin', 'win32', 'linux'.
 */

export type Modifier = 'control' | 'alt' | 'shift' | 'command';

/** An accelerator resolved for one platform: CmdOrCtrl has become command or control. */
export interface ResolvedKeys {
  modifiers: ReadonlySet<Modifier>;
  /** As written in the accelerator: 'S', ',', 'Plus', 'F11'. */
  key: string;
}

/** Electron's modifier names, and CmdOrCtrl resolved for the platform. */
function modifierOf(token: string, isMac: boolean): Modifier | null {
  switch (token.toLowerCase()) {
    case 'commandorcontrol': case 'cmdorctrl': return isMac ? 'command' : 'control';
    case 'command': case 'cmd': case 'super': case 'meta': return 'command';
    case 'control': case 'ctrl': return 'control';
    case 'alt': case 'option': case 'altgr': return 'alt';
    case 'shift': return 'shift';
    default: return null;
  }
}

export function resolveAccelerator(accelerator: string, platform: string): ResolvedKeys {
  const isMac = platform === 'darwin';
  // "CmdOrCtrl++" is not valid Electron ("Plus" is), but "CmdOrCtrl+-" is: split on + not at the end.
  const tokens = accelerator.split(/\+(?!$)/);
  const key = tokens.pop() ?? '';
  return { modifiers: new Set(tokens.map((token) => modifierOf(token, isMac)).filter((modifier) => modifier !== null)), key };
}

/** The order each platform writes modifiers in: ⌃⌥⇧⌘ on a Mac (Apple's HIG), Ctrl+Alt+Shift elsewhere. */
const MODIFIER_ORDER: readonly Modifier[] = ['control', 'alt', 'shift', 'command'];
const MAC_SYMBOLS: Readonly<Record<Modifier, string>> = { control: '⌃', alt: '⌥', shift: '⇧', command: '⌘' };
const PC_NAMES: Readonly<Record<Modifier, string>> = { control: 'Ctrl', alt: 'Alt', shift: 'Shift', command: 'Super' };
const KEY_NAMES: Readonly<Record<string, string>> = { plus: '+', up: '↑', down: '↓', left: '←', right: '→', esc: 'Esc', escape: 'Esc' };

/** An accelerator as people read it: "Ctrl+Shift+S" on Windows and Linux, "⇧⌘S" on a Mac. */
export function acceleratorLabel(accelerator: string, platform: string): string {
  const { modifiers, key } = resolveAccelerator(accelerator, platform);
  const ordered = MODIFIER_ORDER.filter((modifier) => modifiers.has(modifier));
  const keyName = KEY_NAMES[key.toLowerCase()] ?? (key.length === 1 ? key.toUpperCase() : key);
  return platform === 'darwin'
    ? `${ordered.map((modifier) => MAC_SYMBOLS[modifier]).join('')}${keyName}`
    : [...ordered.map((modifier) => PC_NAMES[modifier]), keyName].join('+');
}

const ARIA_MODIFIERS: Readonly<Record<Modifier, string>> = { control: 'Control', alt: 'Alt', shift: 'Shift', command: 'Meta' };
const ARIA_KEYS: Readonly<Record<string, string>> = { plus: '+', up: 'ArrowUp', down: 'ArrowDown', left: 'ArrowLeft', right: 'ArrowRight', esc: 'Escape', return: 'Enter' };

/** The aria-keyshortcuts value (WAI-ARIA: modifiers then the key, as KeyboardEvent.key names them): "Control+Shift+S". */
export function ariaKeyShortcut(accelerator: string, platform: string): string {
  const { modifiers, key } = resolveAccelerator(accelerator, platform);
  const ordered = MODIFIER_ORDER.filter((modifier) => modifiers.has(modifier)).map((modifier) => ARIA_MODIFIERS[modifier]);
  return [...ordered, ARIA_KEYS[key.toLowerCase()] ?? key].join('+');
}

/** The part of a KeyboardEvent the matcher reads (core has no DOM types). */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

/** The key names KeyboardEvent.key gives for Electron's key codes that are not the character itself. */
const EVENT_KEYS: Readonly<Record<string, string>> = { plus: '+', up: 'ArrowUp', down: 'ArrowDown', left: 'ArrowLeft', right: 'ArrowRight', esc: 'Escape', escape: 'Escape', return: 'Enter', enter: 'Enter', space: ' ' };

/**
 * True when the key press is the accelerator on `platform`: exactly its modifiers, and its key. The key
 * is compared as typed (so Dvorak and AZERTY users get the letter they see), then by physical key for
 * letters and digits a layout writes as something else: a Cyrillic layout gives "ы" for S. Not so for
 * Ctrl+Alt off a Mac, which is AltGr on many layouts: Polish AltGr+A types "ą", and must keep typing it.
 */
export function matchesAccelerator(press: KeyPress, accelerator: string, platform: string): boolean {
  const isMac = platform === 'darwin';
  const { modifiers, key } = resolveAccelerator(accelerator, platform);
  const held: Record<Modifier, boolean> = { control: press.ctrlKey, alt: press.altKey, shift: press.shiftKey, command: press.metaKey };
  if (MODIFIER_ORDER.some((modifier) => held[modifier] !== modifiers.has(modifier))) return false;
  const expected = EVENT_KEYS[key.toLowerCase()] ?? key;
  if (press.key.toLowerCase() === expected.toLowerCase()) return true;
  if (!/^[A-Za-z0-9]$/.test(expected)) return false;
  const composedByOption = isMac && press.altKey;
  const typedAscii = press.key.length === 1 && press.key.charCodeAt(0) <= 127;
  if (typedAscii && !composedByOption) return false;
  if (!isMac && press.ctrlKey && press.altKey) return false;
  return press.code === (/\d/.test(expected) ? `Digit${expected}` : `Key${expected.toUpperCase()}`);
}

/**
 * The label and keys Electron gives each role that has a key, per platform (lib/browser/api/menu-item-roles.ts
 * in Electron 45): the shortcut list must say what the menu really does, e.g. Redo is Ctrl+Y on Windows.
 */
export function roleDefaults(role: string, platform: string): { label: string; accelerator?: string } | undefined {
  const isMac = platform === 'darwin';
  switch (role.toLowerCase()) {
    case 'cut': return { label: 'Cut', accelerator: 'CommandOrControl+X' };
    case 'copy': return { label: 'Copy', accelerator: 'CommandOrControl+C' };
    case 'paste': return { label: 'Paste', accelerator: 'CommandOrControl+V' };
    case 'pasteandmatchstyle': return { label: 'Paste and Match Style', accelerator: isMac ? 'Cmd+Option+Shift+V' : 'Shift+CommandOrControl+V' };
    case 'selectall': return { label: 'Select All', accelerator: 'CommandOrControl+A' };
    case 'close': return { label: isMac ? 'Close Window' : 'Close', accelerator: 'CommandOrControl+W' };
    case 'minimize': return { label: 'Minimize', accelerator: 'CommandOrControl+M' };
    case 'quit': return platform === 'win32' ? { label: 'Exit' } : { label: isMac ? 'Quit Copydesk' : 'Quit', accelerator: 'CommandOrControl+Q' };
    case 'hide': return { label: 'Hide Copydesk', accelerator: 'Command+H' };
    case 'hideothers': return { label: 'Hide Others', accelerator: 'Command+Alt+H' };
    case 'reload': return { label: 'Reload', accelerator: 'CmdOrCtrl+R' };
    case 'toggledevtools': return { label: 'Toggle Developer Tools', accelerator: isMac ? 'Alt+Command+I' : 'Ctrl+Shift+I' };
    case 'togglefullscreen': return { label: 'Toggle Full Screen', accelerator: isMac ? 'Control+Command+F' : 'F11' };
    default: return undefined;
  }
}
