import { acceleratorLabel, roleDefaults } from './accelerators';
import { COMMAND_TABLE, HELP_GROUPS, labelOn, ownAccelerator, placedOn, type CommandSpec, type HelpGroup } from './command-table';

export interface Shortcut {
  id: string;
  /** As the menu says it, access-key marks taken out. */
  label: string;
  /** Electron spelling. */
  accelerator: string;
}

/** The key a command has on `platform`: its own, or the one Electron gives its role there. */
export function acceleratorOn(spec: CommandSpec, platform: string): string | undefined {
  return ownAccelerator(spec, platform) ?? (spec.runs === 'role' ? roleDefaults(spec.role, platform)?.accelerator : undefined);
}

/** Whether the command exists on `platform` (Services only on macOS) and in this build. */
export function offeredOn(spec: CommandSpec, platform: string, isDevelopment = false): boolean {
  if (spec.runs === 'role' && spec.developmentOnly && !isDevelopment) return false;
  return spec.menu.length === 0 || spec.menu.some((placement) => placedOn(placement, platform));
}

/**
 * Help ▸ Keyboard Shortcuts: every command with a key on `platform`, by help group in table order.
 * `shown` leaves out commands the page cannot carry out yet (see hiddenUntilHandled).
 */
export function shortcutList(platform: string, shown: (spec: CommandSpec) => boolean = () => true): Array<{ group: HelpGroup; shortcuts: Shortcut[] }> {
  const byGroup = new Map<HelpGroup, Shortcut[]>(HELP_GROUPS.map((group) => [group, []]));
  for (const spec of COMMAND_TABLE as readonly CommandSpec[]) {
    const accelerator = acceleratorOn(spec, platform);
    if (!spec.help || !accelerator || !offeredOn(spec, platform) || !shown(spec)) continue;
    byGroup.get(spec.help)?.push({ id: spec.id, label: labelOn(spec.label, platform).replace(/&/g, ''), accelerator });
  }
  return [...byGroup].filter(([, shortcuts]) => shortcuts.length > 0).map(([group, shortcuts]) => ({ group, shortcuts }));
}

/**
 * The shortcuts whose group, label or key as `platform` writes it ("Ctrl+Alt+M", "⌥⌘M") holds every
 * word of `query`, case aside; groups left without any are dropped. An empty query keeps them all.
 */
export function shortcutsMatching(groups: ReturnType<typeof shortcutList>, query: string, platform: string): ReturnType<typeof shortcutList> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return groups;
  const matches = (group: HelpGroup, { label, accelerator }: Shortcut) => {
    const text = `${group} ${label} ${acceleratorLabel(accelerator, platform)}`.toLowerCase();
    return words.every((word) => text.includes(word));
  };
  return groups.map(({ group, shortcuts }) => ({ group, shortcuts: shortcuts.filter((shortcut) => matches(group, shortcut)) })).filter(({ shortcuts }) => shortcuts.length > 0);
}
