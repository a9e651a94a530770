/**
 * Every command of the app, once: its label, where the application menu and the context menu show
 * it, its default key (Electron accelerator spelling) and its Help ▸ Keyboard Shortcuts group.
 * Main builds the menus from it (electron/main/menus/), the renderer its keyboard dispatcher, app bar,
 * toolbar hints and shortcut list (renderer/src/commands/). Order in this list is order in each menu;
 * a change of `group` between neighbours in a menu draws a separator.
 */

/** Menus of the menu bar, and the submenus items can be placed in. */
export type MenuId = 'app' | 'file' | 'open-recent' | 'export' | 'edit' | 'view' | 'appearance' | 'format' | 'insert' | 'review' | 'window' | 'help';

/**
 * The menu bar, left to right; the app menu exists on macOS only. Empty menus are left out. `role`
 * makes a menu macOS's own Window or Help menu (Electron acts on these roles only for a submenu).
 */
export const MENU_BAR: ReadonlyArray<{ id: MenuId; label: string; macOnly?: true; role?: 'window' | 'help' }> = [
  { id: 'app', label: 'Copydesk', macOnly: true },
  { id: 'file', label: '&File' },
  { id: 'edit', label: '&Edit' },
  { id: 'view', label: '&View' },
  { id: 'format', label: 'F&ormat' },
  { id: 'review', label: '&Review' },
  { id: 'window', label: '&Window', role: 'window' },
  { id: 'help', label: '&Help', role: 'help' },
];

export const HELP_GROUPS = ['File', 'Edit', 'View', 'Format', 'Insert', 'Review', 'Window', 'Help'] as const;
export type HelpGroup = (typeof HELP_GROUPS)[number];

/** Where an item sits: a menu, and its group within the menu. `on` keeps it to macOS or to the others. */
export interface Placement {
  menu: MenuId;
  group: string;
  on?: 'mac' | 'not-mac';
}

/** A label that differs by platform (Windows says "Exit", macOS "Quit Copydesk"). */
export type PlatformLabel = string | { mac?: string; windows?: string; other: string };

/** Electron's menu roles this app uses (MenuItemConstructorOptions['role'], Electron 45). */
export type MenuRole =
  | 'about' | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'quit' | 'close' | 'cut' | 'copy' | 'paste'
  | 'pasteAndMatchStyle' | 'selectAll' | 'reload' | 'toggleDevTools' | 'togglefullscreen' | 'minimize' | 'zoom' | 'front';

interface EntryBase {
  /** Menu label (Title Case, & marks the Windows/Linux access key); Help ▸ Keyboard Shortcuts shows it too. */
  label: PlatformLabel;
  /** Placement in the application menu; several for an item that moves by platform (Settings…). */
  menu: readonly Placement[];
  /** Default key, Electron spelling ("CmdOrCtrl+Shift+S"). */
  accelerator?: string;
  /** The key on Windows when it is another there (Redo is Ctrl+Y). */
  windowsAccelerator?: string;
  /** Group in Help ▸ Keyboard Shortcuts; null keeps it out of the list. */
  help: HelpGroup | null;
}

/** Where the right-click menu offers a page command: 'rich-text' in the body only, 'selection' on selected editable text. */
export interface ContextPlacement {
  when: 'rich-text' | 'selection';
  /** The label when the click was on a link ("Edit Link…"). */
  labelOnLink?: string;
}

/** Carried out by the page: main sends `{ command: id }` as the menuCommand host event, the keydown dispatcher runs it directly. */
export interface PageCommandSpec extends EntryBase {
  runs: 'page';
  id: string;
  label: string;
  /** The label on in-page controls (sentence case, as the page writes them): "Pull quote" for "Pull Quote". */
  pageLabel?: string;
  contextMenu?: ContextPlacement;
  /** Shown (menus, shortcut list) and its key taken only while the page has a handler for it: features not built yet stay out of sight. */
  hiddenUntilHandled?: true;
}

/** Carried out by main itself (printing, zoom). */
export interface MainCommandSpec extends EntryBase {
  runs: 'main';
  id: 'print' | 'save-as-pdf' | 'zoom-reset' | 'zoom-in' | 'zoom-out';
  /** A second key for the same item, kept out of sight (Ctrl+= zooms in like Ctrl++). */
  hiddenAccelerator?: string;
}

/** An Electron role: the OS supplies behaviour, label and translation unless `label` is marked `shown`. */
export interface RoleSpec extends EntryBase {
  runs: 'role';
  id: string;
  role: MenuRole;
  /** The menu shows our label instead of Electron's. */
  showLabel?: true;
  /** Only in development builds (reload, developer tools). */
  developmentOnly?: true;
}

/** A submenu: its items are the entries placed in `submenu` (or, for recent files and themes, supplied by main). */
export interface SubmenuSpec extends EntryBase {
  runs: 'submenu';
  id: string;
  submenu: MenuId;
}

export type CommandSpec = PageCommandSpec | MainCommandSpec | RoleSpec | SubmenuSpec;

const only = (menu: MenuId, group: string, on?: Placement['on']): Placement[] => [{ menu, group, ...(on ? { on } : {}) }];

export const COMMAND_TABLE = [
  // File
  { runs: 'page', id: 'new', label: 'New Article', pageLabel: 'New', menu: only('file', 'open'), accelerator: 'CmdOrCtrl+N', help: 'File' },
  { runs: 'page', id: 'open', label: 'Open…', menu: only('file', 'open'), accelerator: 'CmdOrCtrl+O', help: 'File' },
  { runs: 'submenu', id: 'open-recent', label: 'Open Recent', submenu: 'open-recent', menu: only('file', 'open'), help: null },
  { runs: 'page', id: 'import', label: 'Import…', menu: only('file', 'open'), help: null },
  { runs: 'page', id: 'save', label: 'Save', menu: only('file', 'save'), accelerator: 'CmdOrCtrl+S', help: 'File' },
  { runs: 'page', id: 'save-copy-as', label: 'Save a Copy As…', menu: only('file', 'save'), accelerator: 'CmdOrCtrl+Shift+S', help: 'File' },
  { runs: 'submenu', id: 'export', label: 'Export', submenu: 'export', menu: only('file', 'save'), help: null },
  { runs: 'page', id: 'export-html', label: 'HTML…', menu: only('export', 'formats'), help: null },
  { runs: 'page', id: 'export-json', label: 'JSON…', menu: only('export', 'formats'), help: null },
  { runs: 'page', id: 'export-ninjs', label: 'ninjs (IPTC)…', menu: only('export', 'formats'), help: null },
  { runs: 'page', id: 'export-markdown', label: 'Markdown…', menu: only('export', 'formats'), help: null },
  { runs: 'page', id: 'export-text', label: 'Plain text…', menu: only('export', 'formats'), help: null },
  { runs: 'page', id: 'history', label: 'Version History…', pageLabel: 'History', menu: only('file', 'history'), help: null },
  { runs: 'page', id: 'preview', label: 'Preview', menu: only('file', 'print'), help: null },
  { runs: 'main', id: 'print', label: 'Print…', menu: only('file', 'print'), accelerator: 'CmdOrCtrl+P', help: 'File' },
  { runs: 'main', id: 'save-as-pdf', label: 'Save as PDF…', menu: only('file', 'print'), help: null },
  { runs: 'role', id: 'close', role: 'close', label: 'Close Window', showLabel: true, menu: only('file', 'close'), help: 'Window' },

  // Edit
  // The page's, not Electron's undo and redo roles: the browser's own undo knows only typing, so it could not take back
  // an accepted suggestion once focus is on the review panel (renderer/src/editor/undo-redo.ts decides what Undo means where).
  { runs: 'page', id: 'undo', label: 'Undo', menu: only('edit', 'history'), accelerator: 'CmdOrCtrl+Z', help: 'Edit' },
  { runs: 'page', id: 'redo', label: 'Redo', menu: only('edit', 'history'), accelerator: 'Shift+CmdOrCtrl+Z', windowsAccelerator: 'Control+Y', help: 'Edit' },
  { runs: 'role', id: 'cut', role: 'cut', label: 'Cut', menu: only('edit', 'clipboard'), help: 'Edit' },
  { runs: 'role', id: 'copy', role: 'copy', label: 'Copy', menu: only('edit', 'clipboard'), help: 'Edit' },
  { runs: 'role', id: 'paste', role: 'paste', label: 'Paste', menu: only('edit', 'clipboard'), help: 'Edit' },
  {
    runs: 'role', id: 'paste-as-plain-text', role: 'pasteAndMatchStyle', label: 'Paste as Plain Text', showLabel: true,
    menu: only('edit', 'clipboard'), accelerator: 'CmdOrCtrl+Shift+V', help: 'Edit',
  },
  { runs: 'role', id: 'select-all', role: 'selectAll', label: 'Select All', menu: only('edit', 'select'), help: 'Edit' },
  { runs: 'page', id: 'review.toggleSuggesting', label: 'Suggesting Mode', pageLabel: 'Suggesting', menu: only('edit', 'mode'), accelerator: 'CmdOrCtrl+Alt+Shift+S', help: 'Review', hiddenUntilHandled: true },

  // The macOS app menu (About and Settings move to Help and Edit elsewhere, Quit to File).
  { runs: 'role', id: 'about', role: 'about', label: 'About Copydesk', showLabel: true, menu: [...only('app', 'about', 'mac'), ...only('help', 'about', 'not-mac')], help: null },
  {
    runs: 'page', id: 'settings', label: 'Settings…', pageLabel: 'Settings',
    menu: [...only('app', 'settings', 'mac'), ...only('edit', 'settings', 'not-mac')], accelerator: 'CmdOrCtrl+,', help: 'File',
  },
  { runs: 'role', id: 'services', role: 'services', label: 'Services', menu: only('app', 'services', 'mac'), help: null },
  { runs: 'role', id: 'hide', role: 'hide', label: 'Hide Copydesk', showLabel: true, menu: only('app', 'hide', 'mac'), help: 'Window' },
  { runs: 'role', id: 'hide-others', role: 'hideOthers', label: 'Hide Others', menu: only('app', 'hide', 'mac'), help: 'Window' },
  { runs: 'role', id: 'unhide', role: 'unhide', label: 'Show All', menu: only('app', 'hide', 'mac'), help: null },
  {
    runs: 'role', id: 'quit', role: 'quit', label: { mac: 'Quit Copydesk', windows: 'E&xit', other: '&Quit' }, showLabel: true,
    menu: [...only('app', 'quit', 'mac'), ...only('file', 'quit', 'not-mac')], help: 'File',
  },

  // View
  { runs: 'role', id: 'reload', role: 'reload', label: 'Reload', developmentOnly: true, menu: only('view', 'development'), help: null },
  { runs: 'role', id: 'toggle-dev-tools', role: 'toggleDevTools', label: 'Toggle Developer Tools', developmentOnly: true, menu: only('view', 'development'), help: null },
  // F7 is the style and grammar check's key in word processors.
  { runs: 'page', id: 'view.stylePanel', label: 'Style Panel', menu: only('view', 'panels'), accelerator: 'F7', help: 'Review', hiddenUntilHandled: true },
  { runs: 'page', id: 'view.reviewPanel', label: 'Review Panel', menu: only('view', 'panels'), accelerator: 'CmdOrCtrl+Alt+Shift+M', help: 'Review', hiddenUntilHandled: true },
  { runs: 'main', id: 'zoom-reset', label: 'Actual Size', menu: only('view', 'zoom'), accelerator: 'CmdOrCtrl+0', help: 'View' },
  // Ctrl+= is where most keyboards have "+" without Shift.
  { runs: 'main', id: 'zoom-in', label: 'Zoom In', menu: only('view', 'zoom'), accelerator: 'CmdOrCtrl+Plus', hiddenAccelerator: 'CmdOrCtrl+=', help: 'View' },
  { runs: 'main', id: 'zoom-out', label: 'Zoom Out', menu: only('view', 'zoom'), accelerator: 'CmdOrCtrl+-', help: 'View' },
  { runs: 'submenu', id: 'appearance', label: 'Appearance', submenu: 'appearance', menu: only('view', 'appearance'), help: null },
  { runs: 'role', id: 'toggle-full-screen', role: 'togglefullscreen', label: 'Toggle Full Screen', menu: only('view', 'full-screen'), help: 'View' },

  // Format (the body's text and blocks)
  { runs: 'page', id: 'bold', label: 'Bold', menu: only('format', 'text'), accelerator: 'CmdOrCtrl+B', help: 'Format' },
  { runs: 'page', id: 'italic', label: 'Italic', menu: only('format', 'text'), accelerator: 'CmdOrCtrl+I', help: 'Format' },
  { runs: 'page', id: 'underline', label: 'Underline', menu: only('format', 'text'), accelerator: 'CmdOrCtrl+U', help: 'Format' },
  { runs: 'page', id: 'strikethrough', label: 'Strikethrough', menu: only('format', 'text'), help: 'Format' },
  { runs: 'page', id: 'link', label: 'Link…', pageLabel: 'Link', menu: only('format', 'link'), accelerator: 'CmdOrCtrl+K', contextMenu: { when: 'rich-text', labelOnLink: 'Edit Link…' }, help: 'Format' },
  { runs: 'page', id: 'heading-h2', label: 'Subhead (H2)', menu: only('format', 'blocks'), help: 'Format' },
  { runs: 'page', id: 'heading-h3', label: 'Subhead (H3)', menu: only('format', 'blocks'), help: 'Format' },
  { runs: 'page', id: 'quote', label: 'Quote', menu: only('format', 'blocks'), help: 'Format' },
  { runs: 'page', id: 'bullet-list', label: 'Bulleted List', menu: only('format', 'blocks'), help: 'Format' },
  { runs: 'page', id: 'numbered-list', label: 'Numbered List', menu: only('format', 'blocks'), help: 'Format' },
  { runs: 'submenu', id: 'insert-block', label: 'Insert', submenu: 'insert', menu: only('format', 'insert'), help: null },

  // Format ▸ Insert: the body's blocks, at the caret (or at the end of the body when it has none). Ctrl+Alt (⌘⌥)
  // with a letter: free in Chromium, Electron, Lexical and the desktops (Ctrl+Alt+T, L, D are taken on Linux).
  { runs: 'page', id: 'insert-picture', label: 'Picture…', menu: only('insert', 'blocks'), accelerator: 'CmdOrCtrl+Alt+P', help: 'Insert' },
  { runs: 'page', id: 'insert-pull-quote', label: 'Pull Quote', pageLabel: 'Pull quote', menu: only('insert', 'blocks'), accelerator: 'CmdOrCtrl+Alt+Q', help: 'Insert' },
  { runs: 'page', id: 'insert-fact-box', label: 'Fact Box', pageLabel: 'Fact box', menu: only('insert', 'blocks'), accelerator: 'CmdOrCtrl+Alt+B', help: 'Insert' },
  { runs: 'page', id: 'insert-embed', label: 'Embed…', menu: only('insert', 'blocks'), accelerator: 'CmdOrCtrl+Alt+E', help: 'Insert' },
  { runs: 'page', id: 'insert-table', label: 'Table', menu: only('insert', 'blocks'), accelerator: 'CmdOrCtrl+Alt+G', help: 'Insert' },

  // Review (issue 9): each shows once its feature registers a handler.
  {
    runs: 'page', id: 'comment.add', label: 'Add Comment…', pageLabel: 'Comment', menu: only('review', 'comments'), accelerator: 'CmdOrCtrl+Alt+M',
    contextMenu: { when: 'selection' }, help: 'Review', hiddenUntilHandled: true,
  },
  { runs: 'page', id: 'review.nextChange', label: 'Next Change', menu: only('review', 'navigate'), accelerator: 'CmdOrCtrl+Alt+N', help: 'Review', hiddenUntilHandled: true },
  { runs: 'page', id: 'review.previousChange', label: 'Previous Change', menu: only('review', 'navigate'), accelerator: 'CmdOrCtrl+Alt+Shift+N', help: 'Review', hiddenUntilHandled: true },
  { runs: 'page', id: 'review.accept', label: 'Accept Change', pageLabel: 'Accept', menu: only('review', 'decide'), accelerator: 'CmdOrCtrl+Alt+A', help: 'Review', hiddenUntilHandled: true },
  { runs: 'page', id: 'review.reject', label: 'Reject Change', pageLabel: 'Reject', menu: only('review', 'decide'), accelerator: 'CmdOrCtrl+Alt+R', help: 'Review', hiddenUntilHandled: true },
  { runs: 'page', id: 'review.acceptAll', label: 'Accept All Changes', pageLabel: 'Accept all', menu: only('review', 'decide-all'), help: 'Review', hiddenUntilHandled: true },
  { runs: 'page', id: 'review.rejectAll', label: 'Reject All Changes', pageLabel: 'Reject all', menu: only('review', 'decide-all'), help: 'Review', hiddenUntilHandled: true },
  { runs: 'page', id: 'review.sendForReview', label: 'Send for Review…', pageLabel: 'Send for review…', menu: only('review', 'handoff'), help: 'Review', hiddenUntilHandled: true },
  { runs: 'page', id: 'review.returnToReporter', label: 'Return to Reporter…', pageLabel: 'Return to reporter…', menu: only('review', 'handoff'), help: 'Review', hiddenUntilHandled: true },
  { runs: 'page', id: 'history.compare', label: 'Compare Versions…', pageLabel: 'Compare with…', menu: only('review', 'compare'), help: 'Review', hiddenUntilHandled: true },

  // Window
  { runs: 'role', id: 'minimize', role: 'minimize', label: 'Minimize', menu: only('window', 'window'), help: 'Window' },
  // Zoom and Bring All to Front are macOS roles: Electron does nothing for them elsewhere. macOS lists the open windows itself (MENU_BAR role).
  { runs: 'role', id: 'zoom-window', role: 'zoom', label: 'Zoom', menu: only('window', 'window', 'mac'), help: null },
  { runs: 'role', id: 'front', role: 'front', label: 'Bring All to Front', menu: only('window', 'front', 'mac'), help: null },

  // Help
  { runs: 'page', id: 'keyboard-shortcuts', label: 'Keyboard Shortcuts', menu: only('help', 'shortcuts'), accelerator: 'CmdOrCtrl+/', help: 'Help' },
] as const satisfies readonly CommandSpec[];

/** What the page carries out: the menuCommand host event's `command`. */
export type PageCommandId = Extract<(typeof COMMAND_TABLE)[number], { runs: 'page' }>['id'];

export const PAGE_COMMAND_IDS = COMMAND_TABLE.filter((entry) => entry.runs === 'page').map((entry) => entry.id) as [PageCommandId, ...PageCommandId[]];

const PAGE_COMMANDS: ReadonlyMap<string, PageCommandSpec> = new Map(
  (COMMAND_TABLE as readonly CommandSpec[]).filter((entry): entry is PageCommandSpec => entry.runs === 'page').map((entry) => [entry.id, entry]),
);

export function pageCommand(id: PageCommandId): PageCommandSpec {
  const spec = PAGE_COMMANDS.get(id);
  if (!spec) throw new Error(`No command “${id}” in the command table.`);
  return spec;
}

/** The entry's own key on this platform (a role without one has Electron's, see acceleratorOn). */
export function ownAccelerator(spec: CommandSpec, platform: string): string | undefined {
  return (platform === 'win32' ? spec.windowsAccelerator : undefined) ?? spec.accelerator;
}

/** The label on this platform. */
export function labelOn(label: PlatformLabel, platform: string): string {
  if (typeof label === 'string') return label;
  return (platform === 'darwin' ? label.mac : platform === 'win32' ? label.windows : undefined) ?? label.other;
}

export function placedOn(placement: Placement, platform: string): boolean {
  return placement.on === undefined || (placement.on === 'mac') === (platform === 'darwin');
}
