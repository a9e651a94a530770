import { pageCommand, type PageCommandId } from '../../../core/commands/command-table';

/**
 * What the page does for a command of the table (core/commands/command-table.ts). `isEnabled` is asked
 * each time the command could run (a key, a menu item, a render), so it reads the current state.
 */
export interface CommandHandler {
  run(): void;
  isEnabled?(): boolean;
}

interface Registration {
  handler: CommandHandler;
  /** The modal dialog the handler belongs to; undefined for the page's own, which run only while no dialog is open. */
  within: object | undefined;
  /** It runs with a dialog open too: it acts on what has focus (Undo in a dialog's field), and looks after a dialog itself. */
  everywhere: boolean;
}

// The newest registration wins and the one before comes back when it goes: a dialog may take a command over while it is open.
const handlers = new Map<PageCommandId, Registration[]>();
const listeners = new Set<() => void>();
// Open modal dialogs, newest last. While one is open the page behind it is out of reach (inert), so its
// commands must not run from a key or the application menu either; only the top dialog's own do.
const modals: object[] = [];
let version = 0;

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

export interface RegistrationOptions {
  within?: object;
  everywhere?: boolean;
}

/**
 * Makes the page carry out `id`, from its key, the menus and the app bar; returns the unregister function.
 * A modal dialog that carries out a command itself registers it `within` the dialog it passed to enterModal.
 */
export function registerCommandHandler(id: PageCommandId, handler: CommandHandler, { within, everywhere = false }: RegistrationOptions = {}): () => void {
  pageCommand(id); // an id the table does not have fails here, not silently at the first key press
  const registration: Registration = { handler, within, everywhere };
  handlers.set(id, [...(handlers.get(id) ?? []), registration]);
  changed();
  return () => {
    const left = (handlers.get(id) ?? []).filter((registered) => registered !== registration);
    if (left.length) handlers.set(id, left);
    else handlers.delete(id);
    changed();
  };
}

/** A modal dialog opened: until the returned function runs, only commands registered `within` it run. */
export function enterModal(dialog: object): () => void {
  modals.push(dialog);
  return () => {
    const index = modals.lastIndexOf(dialog);
    if (index >= 0) modals.splice(index, 1);
  };
}

/** The handler that would carry out `id` now: the newest one of the top modal dialog, or of the page when none is open. */
function handlerOf(id: PageCommandId): CommandHandler | undefined {
  const top = modals.at(-1);
  return handlers.get(id)?.findLast((registration) => registration.everywhere || registration.within === top)?.handler;
}

/** Whether anything handles `id`, open dialogs aside: the menus and the shortcut list show what the app can do. */
export function hasCommandHandler(id: PageCommandId): boolean {
  return handlers.has(id);
}

export function isCommandEnabled(id: PageCommandId): boolean {
  const handler = handlerOf(id);
  return handler !== undefined && (handler.isEnabled?.() ?? true);
}

/** Carries out the command if it has a handler where the user is (page or top dialog) and is enabled; false when nothing ran. */
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
export function registerCommandHandlers(handlersById: Partial<Record<PageCommandId, CommandHandler>>, options: RegistrationOptions = {}): () => void {
  const stops = (Object.entries(handlersById) as Array<[PageCommandId, CommandHandler]>).map(([id, handler]) => registerCommandHandler(id, handler, options));
  return () => stops.forEach((stop) => stop());
}
