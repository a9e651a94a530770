import { pageCommand, type PageCommandId } from '../../../core/commands/command-table';

/**
 * What the page does for a command of the table (core/commands/command-table.ts). `isEnabled` is asked
 * each time the command could run (a key, a menu item, a render), so it reads the current state.
 */
export interface CommandHandler {
  run(): void;
  isEnabled?(): boolean;
}

// The newest registration wins and the one before comes back when it goes: a dialog may take a command over while it is open.
const handlers = new Map<PageCommandId, CommandHandler[]>();
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

/** Makes the page carry out `id`, from its key, the menus and the app bar; returns the unregister function. */
export function registerCommandHandler(id: PageCommandId, handler: CommandHandler): () => void {
  pageCommand(id); // an id the table does not have fails here, not silently at the first key press
  handlers.set(id, [...(handlers.get(id) ?? []), handler]);
  changed();
  return () => {
    const left = (handlers.get(id) ?? []).filter((registered) => registered !== handler);
    if (left.length) handlers.set(id, left);
    else handlers.delete(id);
    changed();
  };
}

function handlerOf(id: PageCommandId): CommandHandler | undefined {
  return handlers.get(id)?.at(-1);
}

export function hasCommandHandler(id: PageCommandId): boolean {
  return handlerOf(id) !== undefined;
}

export function isCommandEnabled(id: PageCommandId): boolean {
  const handler = handlerOf(id);
  return handler !== undefined && (handler.isEnabled?.() ?? true);
}

/** Carries out the command if it has a handler and is enabled; false when nothing ran. */
export function runCommand(id: PageCommandId): boolean {
  const handler = handlerOf(id);
  if (!handler || !(handler.isEnabled?.() ?? true)) return false;
  handler.run();
  return true;
}

/** The ids that have a handler now. */
export function handledCommands(): PageCommandId[] {
  return [...handlers.keys()];
}

/** For useSyncExternalStore: `listener` runs whenever a handler comes or goes. */
export function subscribeToCommands(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function commandsVersion(): number {
  return version;
}

/** Registers several handlers at once; the returned function unregisters them all. */
export function registerCommandHandlers(handlersById: Partial<Record<PageCommandId, CommandHandler>>): () => void {
  const stops = (Object.entries(handlersById) as Array<[PageCommandId, CommandHandler]>).map(([id, handler]) => registerCommandHandler(id, handler));
  return () => stops.forEach((stop) => stop());
}
