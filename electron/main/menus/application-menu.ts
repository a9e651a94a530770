import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../core/host-api/contract';
import type { ThemeChoice } from '../../../core/settings/settings-schema';

/** What the application menu shows and what its items do; main.ts passes Electron-backed functions. */
export interface ApplicationMenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools are offered only in development builds. */
  isDevelopment: boolean;
  /** Absolute paths, newest first. */
  recentDocuments: readonly string[];
  theme: ThemeChoice;
  /** Commands the renderer carries out, sent as the menuCommand host event. */
  sendCommand(command: MenuCommand): void;
  openRecent(file: string): void;
  clearRecent(): void;
  setTheme(theme: ThemeChoice): void;
  zoom(direction: 'in' | 'out' | 'reset'): void;
  print(): void;
  saveAsPdf(): void;
  showKeyboardShortcuts(): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

const EXPORT_FORMATS: ReadonlyArray<{ label: string; command: MenuCommand }> = [
  { label: 'HTML…', command: 'export-html' },
  { label: 'JSON…', command: 'export-json' },
  { label: 'ninjs (IPTC)…', command: 'export-ninjs' },
  { label: 'Markdown…', command: 'export-markdown' },
  { label: 'Plain text…', command: 'export-text' },
];

const THEMES: ReadonlyArray<{ label: string; theme: ThemeChoice }> = [
  { label: 'Same as System', theme: 'system' },
  { label: 'Light', theme: 'light' },
  { label: 'Dark', theme: 'dark' },
];

/**
 * The application menu for one platform. macOS gets the app menu and quits from there; Windows and
 * Linux quit from File. Standard editing and window items are roles, so the OS supplies their
 * behaviour, labels and translations.
 */
export function applicationMenuTemplate(options: ApplicationMenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => options.sendCommand(name),
  });

  // Where each platform keeps it: the app menu on macOS, Edit on Windows and Linux.
  const settings = command('Settings…', 'settings', 'CmdOrCtrl+,');

  const appMenu: MenuItemConstructorOptions = {
    label: 'Copydesk',
    submenu: [
      { role: 'about', label: 'About Copydesk' },
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide', label: 'Hide Copydesk' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit', label: 'Quit Copydesk' },
    ],
  };

  const recent: MenuItemConstructorOptions[] = options.recentDocuments.map((file) => ({
    label: recentLabel(file),
    click: () => options.openRecent(file),
  }));

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New Article', 'new', 'CmdOrCtrl+N'),
      command('Open…', 'open', 'CmdOrCtrl+O'),
      {
        label: 'Open Recent',
        submenu: [...recent, ...(recent.length ? [separator] : []), { label: 'Clear Menu', enabled: recent.length > 0, click: options.clearRecent }],
      },
      separator,
      command('Save', 'save', 'CmdOrCtrl+S'),
      command('Save a Copy As…', 'save-copy-as', 'CmdOrCtrl+Shift+S'),
      { label: 'Export', submenu: EXPORT_FORMATS.map(({ label, command: name }) => command(label, name)) },
      separator,
      { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: options.print },
      { label: 'Save as PDF…', click: options.saveAsPdf },
      separator,
      { role: 'close', label: 'Close Window' },
      ...(isMac ? [] : [separator, { role: 'quit', label: options.platform === 'win32' ? 'E&xit' : '&Quit' } satisfies MenuItemConstructorOptions]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle', label: 'Paste as Plain Text', accelerator: 'CmdOrCtrl+Shift+V' },
      separator,
      { role: 'selectAll' },
      ...(isMac ? [] : [separator, settings]),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(options.isDevelopment ? [{ role: 'reload' }, { role: 'toggleDevTools' }, separator] satisfies MenuItemConstructorOptions[] : []),
      { label: 'Actual Size', accelerator: 'CmdOrCtrl+0', click: () => options.zoom('reset') },
      { label: 'Zoom In', accelerator: 'CmdOrCtrl+Plus', click: () => options.zoom('in') },
      // Ctrl+= is where most keyboards have "+" without Shift; hidden, but it still zooms.
      { label: 'Zoom In', accelerator: 'CmdOrCtrl+=', visible: false, acceleratorWorksWhenHidden: true, click: () => options.zoom('in') },
      { label: 'Zoom Out', accelerator: 'CmdOrCtrl+-', click: () => options.zoom('out') },
      separator,
      {
        label: 'Appearance',
        submenu: THEMES.map(({ label, theme }) => ({ label, type: 'radio', checked: options.theme === theme, click: () => options.setTheme(theme) })),
      },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const formatMenu: MenuItemConstructorOptions = {
    label: 'F&ormat',
    submenu: [
      command('Bold', 'bold', 'CmdOrCtrl+B'),
      command('Italic', 'italic', 'CmdOrCtrl+I'),
      command('Underline', 'underline', 'CmdOrCtrl+U'),
      command('Strikethrough', 'strikethrough'),
      separator,
      command('Link…', 'link', 'CmdOrCtrl+K'),
      separator,
      command('Subhead (H2)', 'heading-h2'),
      command('Subhead (H3)', 'heading-h3'),
      command('Quote', 'quote'),
      command('Bulleted List', 'bullet-list'),
      command('Numbered List', 'numbered-list'),
    ],
  };

  // The body's blocks, inserted at the caret (or at the end of the body when it has none).
  const insertMenu: MenuItemConstructorOptions = {
    label: '&Insert',
    submenu: [
      command('Picture…', 'insert-picture'),
      command('Pull Quote', 'insert-pull-quote'),
      command('Fact Box', 'insert-fact-box'),
      command('Embed…', 'insert-embed'),
      command('Table', 'insert-table'),
    ],
  };

  // As Electron's own default menu: on macOS, Bring All to Front and the list of windows.
  const windowMenu: MenuItemConstructorOptions = {
    label: '&Window',
    submenu: [{ role: 'minimize' }, { role: 'zoom' }, ...(isMac ? [separator, { role: 'front' }, separator, { role: 'window' }] satisfies MenuItemConstructorOptions[] : [])],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [
      ...(isMac ? [] : [{ role: 'about', label: 'About Copydesk' } satisfies MenuItemConstructorOptions, separator]),
      { label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', click: options.showKeyboardShortcuts },
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, formatMenu, insertMenu, windowMenu, helpMenu];
}

/** "article.json" alone says nothing: a draft folder's file is shown as "<folder>/article.json". */
function recentLabel(file: string): string {
  const name = path.basename(file);
  return name === 'article.json' ? `${path.basename(path.dirname(file))}${path.sep}${name}` : name;
}

interface RoleDefaults {
  label: string;
  accelerator?: string;
}

/**
 * The label and keys Electron gives each role with a key, per platform (lib/browser/api/menu-item-roles.ts
 * in Electron 45): the shortcut list must say what the menu really does, e.g. Redo is Ctrl+Y on Windows.
 */
function roleDefaults(role: string, platform: NodeJS.Platform): RoleDefaults | undefined {
  const isMac = platform === 'darwin';
  switch (role.toLowerCase()) {
    case 'undo': return { label: 'Undo', accelerator: 'CommandOrControl+Z' };
    case 'redo': return { label: 'Redo', accelerator: platform === 'win32' ? 'Control+Y' : 'Shift+CommandOrControl+Z' };
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

export interface MenuShortcut {
  label: string;
  accelerator: string;
}

/** Every visible item with a key on `platform`, in menu order: the Help ▸ Keyboard Shortcuts list and the collision test use it. */
export function listShortcuts(template: readonly MenuItemConstructorOptions[], platform: NodeJS.Platform): MenuShortcut[] {
  const found: MenuShortcut[] = [];
  const visit = (items: readonly MenuItemConstructorOptions[]) => {
    for (const item of items) {
      const defaults = item.role ? roleDefaults(item.role, platform) : undefined;
      const accelerator = typeof item.accelerator === 'string' ? item.accelerator : defaults?.accelerator;
      const label = item.label ?? defaults?.label;
      if (accelerator && label && item.visible !== false) found.push({ label: label.replace(/&/g, ''), accelerator });
      if (Array.isArray(item.submenu)) visit(item.submenu);
    }
  };
  visit(template);
  return found;
}

type Modifier = 'control' | 'alt' | 'shift' | 'command';

/** Electron's modifier names (docs/api/accelerator.md), and CmdOrCtrl resolved for the platform. */
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

/** The order each platform writes modifiers in: ⌃⌥⇧⌘ on a Mac (Apple's HIG), Ctrl+Alt+Shift elsewhere. */
const MODIFIER_ORDER: readonly Modifier[] = ['control', 'alt', 'shift', 'command'];
const MAC_SYMBOLS: Readonly<Record<Modifier, string>> = { control: '⌃', alt: '⌥', shift: '⇧', command: '⌘' };
const PC_NAMES: Readonly<Record<Modifier, string>> = { control: 'Ctrl', alt: 'Alt', shift: 'Shift', command: 'Super' };

/** An accelerator as people read it: "Ctrl+Shift+S" on Windows and Linux, "⇧⌘S" on a Mac. */
export function acceleratorLabel(accelerator: string, platform: NodeJS.Platform): string {
  const isMac = platform === 'darwin';
  const tokens = accelerator.split(/\+(?!$)/);
  const key = tokens.pop() ?? '';
  const modifiers = new Set(tokens.map((token) => modifierOf(token, isMac)).filter((modifier) => modifier !== null));
  const ordered = MODIFIER_ORDER.filter((modifier) => modifiers.has(modifier));
  const keyName = key === 'Plus' ? '+' : key;
  return isMac ? `${ordered.map((modifier) => MAC_SYMBOLS[modifier]).join('')}${keyName}` : [...ordered.map((modifier) => PC_NAMES[modifier]), keyName].join('+');
}
