import { acceleratorLabel, ariaKeyShortcut, matchesAccelerator, type KeyPress } from '../../../core/commands/accelerators';
import { COMMAND_TABLE, ownAccelerator, type CommandSpec, type PageCommandId } from '../../../core/commands/command-table';
import { acceleratorOn } from '../../../core/commands/shortcut-list';
import { PLATFORM } from './platform';

export type CommandId = (typeof COMMAND_TABLE)[number]['id'];

const TABLE = COMMAND_TABLE as readonly CommandSpec[];
const BY_ID: ReadonlyMap<string, CommandSpec> = new Map(TABLE.map((spec) => [spec.id, spec]));

/** A command's key on this machine: for aria-keyshortcuts, and as people read it ("Ctrl+S", "⌘S"). */
export interface CommandKeys {
  aria: string;
  label: string;
}

export function commandKeys(id: CommandId): CommandKeys | undefined {
  const spec = BY_ID.get(id);
  const accelerator = spec && acceleratorOn(spec, PLATFORM);
  return accelerator ? { aria: ariaKeyShortcut(accelerator, PLATFORM), label: acceleratorLabel(accelerator, PLATFORM) } : undefined;
}

/** "Save (Ctrl+S)": a control's tooltip. */
export function withShortcut(label: string, id: CommandId): string {
  const keys = commandKeys(id);
  return keys ? `${label} (${keys.label})` : label;
}

/** The label a control in the page shows for the command (sentence case). */
export function pageLabelOf(id: PageCommandId): string {
  const spec = BY_ID.get(id);
  return spec?.runs === 'page' ? (spec.pageLabel ?? spec.label) : id;
}

const PAGE_KEYS = TABLE.flatMap((spec) => {
  const accelerator = spec.runs === 'page' ? ownAccelerator(spec, PLATFORM) : undefined;
  return accelerator ? [{ id: spec.id as PageCommandId, accelerator }] : [];
});

/** The page command whose key this is on this machine, if any. */
export function pageCommandForKey(press: KeyPress): PageCommandId | undefined {
  return PAGE_KEYS.find(({ accelerator }) => matchesAccelerator(press, accelerator, PLATFORM))?.id;
}
