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
  reportIssue(): void;
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
      { label: 'Report an Issue…', click: options.reportIssue },
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, formatMenu, windowMenu, helpMenu];
}

/** "article.json" alone says nothing: a draft folder's file is shown as "<folder>/article.json". */
function recentLabel(file: string): string {
  const name = path.basename(file);
  return name === 'article.json' ? `${path.basename(path.dirname(file))}${path.sep}${name}` : name;
}

const ROLE_ACCELERATORS: Readonly<Partial<Record<string, string>>> = {
  undo: 'CmdOrCtrl+Z',
  redo: 'CmdOrCtrl+Shift+Z',
  cut: 'CmdOrCtrl+X',
  copy: 'CmdOrCtrl+C',
  paste: 'CmdOrCtrl+V',
  selectAll: 'CmdOrCtrl+A',
  close: 'CmdOrCtrl+W',
  minimize: 'CmdOrCtrl+M',
  togglefullscreen: 'F11',
};

export interface MenuShortcut {
  label: string;
  accelerator: string;
}

/** Every visible item with a key, in menu order: the Help ▸ Keyboard Shortcuts list and the collision test use it. */
export function listShortcuts(template: readonly MenuItemConstructorOptions[]): MenuShortcut[] {
  const found: MenuShortcut[] = [];
  const visit = (items: readonly MenuItemConstructorOptions[]) => {
    for (const item of items) {
      const accelerator = typeof item.accelerator === 'string' ? item.accelerator : item.role ? ROLE_ACCELERATORS[item.role] : undefined;
      if (accelerator && item.visible !== false) found.push({ label: item.label ?? roleLabel(item.role ?? ''), accelerator });
      if (Array.isArray(item.submenu)) visit(item.submenu);
    }
  };
  visit(template);
  return found;
}

function roleLabel(role: string): string {
  const words = role.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An accelerator as people read it: "Ctrl+Shift+S" on Windows and Linux, "⌘⇧S" on a Mac. */
export function acceleratorLabel(accelerator: string, platform: NodeJS.Platform): string {
  const keys = accelerator.replace('CmdOrCtrl', platform === 'darwin' ? 'Cmd' : 'Ctrl').replace('Plus', '+');
  if (platform !== 'darwin') return keys;
  return keys.replace('Cmd+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
}
