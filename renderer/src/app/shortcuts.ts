import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

const IS_APPLE = /Mac|iPhone|iPad/.test(navigator.platform);

/** The modifier for app shortcuts, in aria-keyshortcuts spelling. */
export const MOD_KEY = IS_APPLE ? 'Meta' : 'Control';

/** "Control+Shift+Z" as people read it on this platform: "Ctrl+Shift+Z" or "⌘⇧Z". */
export function shortcutLabel(keys: string): string {
  if (IS_APPLE) return keys.replace('Meta+', '⌘').replace('Shift+', '⇧');
  return keys.replace('Control+', 'Ctrl+');
}

/** True for Ctrl+<key> (Cmd+<key> on a Mac) without Alt; `shift` says whether Shift must be held. */
export function isModShortcut(event: KeyboardEvent | ReactKeyboardEvent, key: string, shift = false): boolean {
  const mod = IS_APPLE ? event.metaKey : event.ctrlKey;
  return mod && !event.altKey && event.shiftKey === shift && event.key.toLowerCase() === key;
}
