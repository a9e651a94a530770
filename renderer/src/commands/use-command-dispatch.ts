import { useEffect } from 'react';
import { host } from '../host';
import { runCommand } from './command-registry';
import { pageCommandForKey } from './command-keys';

/**
 * The one keydown dispatcher, and the menus' commands from the host. Keys the page already handled
 * (Lexical's Ctrl+B in the body, a dialog's own keys) are left alone; a key whose command has no
 * handler or is disabled goes on, so the application menu's accelerator still gets it.
 */
export function useCommandDispatch(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const id = pageCommandForKey(event);
      if (id && runCommand(id)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    const stopMenuCommands = host.subscribe('menuCommand', ({ command }) => void runCommand(command));
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopMenuCommands();
    };
  }, []);
}
