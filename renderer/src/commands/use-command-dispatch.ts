import { useEffect } from 'react';
import { host } from '../host';
import { COMMAND_TABLE, type CommandSpec, type PageCommandId } from '../../../core/commands/command-table';
import { handledCommands, runCommand, subscribeToCommands } from './command-registry';
import { pageCommandForKey } from './command-keys';

const RESERVED = new Set<string>((COMMAND_TABLE as readonly CommandSpec[]).filter((spec) => spec.runs === 'page' && spec.hiddenUntilHandled).map((spec) => spec.id));

/** Tells main which reserved commands work now, once per change however many handlers came or went together. */
function reportAvailableCommands(): () => void {
  let reported = '';
  let queued = false;
  const report = () => {
    queued = false;
    const ids = handledCommands().filter((id): id is PageCommandId => RESERVED.has(id)).sort();
    if (ids.join() === reported) return;
    reported = ids.join();
    host.setAvailableCommands({ ids }).catch((error: unknown) => console.warn('Could not update the menus', error));
  };
  const stop = subscribeToCommands(() => {
    if (!queued) queueMicrotask(report);
    queued = true;
  });
  report();
  return stop;
}

/**
 * The one keydown dispatcher, and the menus' commands from the host. Keys the page already handled
 * (Lexical's Ctrl+B in the body, a dialog's own keys) are left alone; a key whose command has no
 * handler or is disabled goes on, so the application menu's accelerator still gets it. While a modal
 * dialog is open, neither a key nor a menu command reaches the page behind it: runCommand runs only the
 * dialog's own handlers then (enterModal). Main hears which reserved commands have a handler, so its
 * menus show just those.
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
    const stopReporting = reportAvailableCommands();
    return () => {
      stopReporting();
      window.removeEventListener('keydown', onKeyDown);
      stopMenuCommands();
    };
  }, []);
}
