import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { COMMAND_TABLE, MENU_BAR, labelOn, ownAccelerator, placedOn, type CommandSpec, type MainCommandSpec, type MenuId } from '../../../core/commands/command-table';
import { offeredOn } from '../../../core/commands/shortcut-list';
import type { MenuCommand } from '../../../core/host-api/contract';
import type { ThemeChoice } from '../../../core/settings/settings-schema';

export { acceleratorLabel } from '../../../core/commands/accelerators';

/** What the application menu shows and what its items do; main.ts passes Electron-backed functions. */
export interface ApplicationMenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools are offered only in development builds. */
  isDevelopment: boolean;
  /** Absolute paths, newest first. */
  recentDocuments: readonly string[];
  theme: ThemeChoice;
  /** Commands marked hiddenUntilHandled that the page has a handler for (setAvailableCommands). */
  availableCommands: ReadonlySet<string>;
  /** Commands the renderer carries out, sent as the menuCommand host event. */
  sendCommand(command: MenuCommand): void;
  openRecent(file: string): void;
  clearRecent(): void;
  setTheme(theme: ThemeChoice): void;
  zoom(direction: 'in' | 'out' | 'reset'): void;
  print(): void;
  saveAsPdf(): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

const THEMES: ReadonlyArray<{ label: string; theme: ThemeChoice }> = [
  { label: 'Same as System', theme: 'system' },
  { label: 'Light', theme: 'light' },
  { label: 'Dark', theme: 'dark' },
];

/** Whether an entry of the command table is in this platform's menus now. */
export function shownInMenus(spec: CommandSpec, options: Pick<ApplicationMenuOptions, 'platform' | 'isDevelopment' | 'availableCommands'>): boolean {
  if (!offeredOn(spec, options.platform, options.isDevelopment)) return false;
  return !(spec.runs === 'page' && spec.hiddenUntilHandled && !options.availableCommands.has(spec.id));
}

/**
 * The application menu for one platform, from the command table (core/commands/command-table.ts).
 * macOS gets the app menu and quits from there; Windows and Linux quit from File. Standard editing and
 * window items are roles, so the OS supplies their behaviour, labels and translations.
 */
export function applicationMenuTemplate(options: ApplicationMenuOptions): MenuItemConstructorOptions[] {
  const { platform } = options;
  const runMain: Readonly<Record<MainCommandSpec['id'], () => void>> = {
    print: options.print,
    'save-as-pdf': options.saveAsPdf,
    'zoom-reset': () => options.zoom('reset'),
    'zoom-in': () => options.zoom('in'),
    'zoom-out': () => options.zoom('out'),
  };

  // The two submenus whose items are not commands: the recent files and the themes.
  const recent: MenuItemConstructorOptions[] = options.recentDocuments.map((file) => ({ label: recentLabel(file), click: () => options.openRecent(file) }));
  const supplied: Partial<Record<MenuId, MenuItemConstructorOptions[]>> = {
    'open-recent': [...recent, ...(recent.length ? [separator] : []), { label: 'Clear Menu', enabled: recent.length > 0, click: options.clearRecent }],
    appearance: THEMES.map(({ label, theme }) => ({ label, type: 'radio', checked: options.theme === theme, click: () => options.setTheme(theme) })),
  };

  const itemsFor = (spec: CommandSpec): MenuItemConstructorOptions[] => {
    const label = labelOn(spec.label, platform);
    const key = ownAccelerator(spec, platform);
    const accelerator = key ? { accelerator: key } : {};
    switch (spec.runs) {
      case 'page':
        return [{ label, ...accelerator, click: () => options.sendCommand(spec.id as MenuCommand) }];
      case 'main': {
        const click = runMain[spec.id];
        // A second key, out of sight; macOS matches keys of hidden items only with acceleratorWorksWhenHidden.
        const hidden: MenuItemConstructorOptions[] = spec.hiddenAccelerator ? [{ label, accelerator: spec.hiddenAccelerator, visible: false, acceleratorWorksWhenHidden: true, click }] : [];
        return [{ label, ...accelerator, click }, ...hidden];
      }
      case 'role':
        return [{ role: spec.role, ...(spec.showLabel ? { label } : {}), ...accelerator }];
      case 'submenu':
        return [{ label, submenu: supplied[spec.submenu] ?? menuItems(spec.submenu) }];
    }
  };

  /** The items placed in `menu`, a separator wherever the group changes. */
  function menuItems(menu: MenuId): MenuItemConstructorOptions[] {
    const items: MenuItemConstructorOptions[] = [];
    let group: string | null = null;
    for (const spec of COMMAND_TABLE as readonly CommandSpec[]) {
      const placement = spec.menu.find((candidate) => candidate.menu === menu && placedOn(candidate, platform));
      if (!placement || !shownInMenus(spec, options)) continue;
      if (group !== null && placement.group !== group) items.push(separator);
      group = placement.group;
      items.push(...itemsFor(spec));
    }
    return items;
  }

  return MENU_BAR.filter((menu) => !menu.macOnly || platform === 'darwin')
    .map((menu): MenuItemConstructorOptions => ({ label: menu.label, ...(menu.role ? { role: menu.role } : {}), submenu: menuItems(menu.id) }))
    .filter((menu) => (menu.submenu as MenuItemConstructorOptions[]).length > 0);
}

/** "article.json" alone says nothing: a draft folder's file is shown as "<folder>/article.json". */
function recentLabel(file: string): string {
  const name = path.basename(file);
  return name === 'article.json' ? `${path.basename(path.dirname(file))}${path.sep}${name}` : name;
}
