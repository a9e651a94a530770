import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

const IS_APPLE = /Mac|iPhone|iPad/.test(navigator.platform);

/** True for Ctrl+<key> (Cmd+<key> on a Mac) without Alt; `shift` says whether Shift must be held. */
export function isModShortcut(event: KeyboardEvent | ReactKeyboardEvent, key: string, shift = false): boolean {
  const mod = IS_APPLE ? event.metaKey : event.ctrlKey;
  return mod && !event.altKey && event.shiftKey === shift && event.key.toLowerCase() === key;
}
