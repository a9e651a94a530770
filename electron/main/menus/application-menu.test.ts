import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../../core/host-api/contract';
import { roleDefaults } from '../../../core/commands/accelerators';
import { acceleratorLabel, applicationMenuTemplate, type ApplicationMenuOptions } from './application-menu';

function menuFor(platform: NodeJS.Platform, overrides: Partial<ApplicationMenuOptions> = {}) {
  const options: ApplicationMenuOptions = {
    platform,
    isDevelopment: false,
    recentDocuments: [],
    theme: 'system',
    availableCommands: new Set(),
    sendCommand: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    setTheme: vi.fn(),
    zoom: vi.fn(),
    print: vi.fn(),
    saveAsPdf: vi.fn(),
    ...overrides,
  };
  return { options, template: applicationMenuTemplate(options) };
}

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const top = (template: MenuItemConstructorOptions[], label: string) => template.find((item) => item.label?.replace('&', '') === label);
const find = (items: MenuItemConstructorOptions[], label: string) => items.find((item) => item.label === label);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as () => void)();

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...allItems(submenu(item))]);
}

const PLATFORMS: NodeJS.Platform[] = ['darwin', 'win32', 'linux'];

describe('application menu', () => {
  it('has the app menu on macOS only, then File, Edit, View, Format, Window, Help', () => {
    expect(menuFor('darwin').template.map((item) => item.label?.replace('&', ''))).toEqual(['Copydesk', 'File', 'Edit', 'View', 'Format', 'Window', 'Help']);
    for (const platform of ['win32', 'linux'] as const) {
      expect(menuFor(platform).template.map((item) => item.label?.replace('&', ''))).toEqual(['File', 'Edit', 'View', 'Format', 'Window', 'Help']);
    }
    const appMenu = submenu(menuFor('darwin').template[0]).map((item) => item.role).filter(Boolean);
    expect(appMenu).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
  });

  it('offers every body block in Format ▸ Insert, each sent to the renderer as its command', () => {
    const sent: string[] = [];
    const insert = submenu(find(submenu(top(menuFor('linux', { sendCommand: (command) => void sent.push(command) }).template, 'Format')), 'Insert'));
    expect(insert.map((item) => item.label)).toEqual(['Picture…', 'Pull Quote', 'Fact Box', 'Embed…', 'Table']);
    expect(insert.map((item) => item.accelerator)).toEqual(['CmdOrCtrl+Alt+P', 'CmdOrCtrl+Alt+Q', 'CmdOrCtrl+Alt+B', 'CmdOrCtrl+Alt+E', 'CmdOrCtrl+Alt+G']);
    for (const item of insert) (item.click as () => void)();
    expect(sent).toEqual(['insert-picture', 'insert-pull-quote', 'insert-fact-box', 'insert-embed', 'insert-table']);
  });

  it('quits from the app menu on macOS and from File elsewhere (Exit on Windows)', () => {
    const quitIn = (platform: NodeJS.Platform, menu: string) => submenu(top(menuFor(platform).template, menu)).find((item) => item.role === 'quit');
    expect(quitIn('darwin', 'File')).toBeUndefined();
    expect(quitIn('darwin', 'Copydesk')).toBeDefined();
    expect(quitIn('win32', 'File')?.label).toBe('E&xit');
    expect(quitIn('linux', 'File')?.label).toBe('&Quit');
  });

  it.each(PLATFORMS)('gives every item on %s a label, a role or a separator, and no two visible items the same key', (platform) => {
    const { template } = menuFor(platform, { isDevelopment: true, recentDocuments: ['/home/amina/Desktop/flood.copydesk'] });
    for (const item of allItems(template)) expect(item.type === 'separator' || Boolean(item.label) || Boolean(item.role), JSON.stringify(item)).toBe(true);
    // Compared as shown to the user, so "Shift+CmdOrCtrl+Z" and "CmdOrCtrl+Shift+Z" count as the same key.
    const accelerators = allItems(template).flatMap((item) => {
      const accelerator = typeof item.accelerator === 'string' ? item.accelerator : item.role ? roleDefaults(item.role, platform)?.accelerator : undefined;
      return accelerator && item.visible !== false ? [accelerator] : [];
    });
    const keys = accelerators.map((accelerator) => acceleratorLabel(accelerator, platform).toLowerCase());
    expect(keys.length).toBeGreaterThan(15);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('uses the standard roles for the clipboard, with Paste as Plain Text on Shift+CmdOrCtrl+V', () => {
    const edit = submenu(top(menuFor('linux').template, 'Edit'));
    expect(edit.map((item) => item.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'pasteAndMatchStyle', 'selectAll']);
    expect(edit.find((item) => item.role === 'pasteAndMatchStyle')).toMatchObject({ label: 'Paste as Plain Text', accelerator: 'CmdOrCtrl+Shift+V' });
  });

  it.each(PLATFORMS)('leaves Undo and Redo on %s to the page, which knows what the last thing done was', (platform) => {
    const { template, options } = menuFor(platform);
    const edit = submenu(top(template, 'Edit'));
    expect(find(edit, 'Undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z' });
    expect(find(edit, 'Redo')).toMatchObject({ accelerator: platform === 'win32' ? 'Control+Y' : 'Shift+CmdOrCtrl+Z' });
    click(find(edit, 'Undo'));
    click(find(edit, 'Redo'));
    expect(options.sendCommand).toHaveBeenNthCalledWith(1, 'undo');
    expect(options.sendCommand).toHaveBeenNthCalledWith(2, 'redo');
  });

  it('opens Settings… on CmdOrCtrl+, from the app menu on macOS and from Edit elsewhere', () => {
    const settingsIn = (platform: NodeJS.Platform, menu: string) => find(submenu(top(menuFor(platform).template, menu)), 'Settings…');
    expect(settingsIn('darwin', 'Copydesk')).toMatchObject({ accelerator: 'CmdOrCtrl+,' });
    expect(settingsIn('darwin', 'Edit')).toBeUndefined();
    for (const platform of ['win32', 'linux'] as const) {
      const { template, options } = menuFor(platform);
      const settings = find(submenu(top(template, 'Edit')), 'Settings…');
      expect(settings).toMatchObject({ accelerator: 'CmdOrCtrl+,' });
      click(settings);
      expect(options.sendCommand).toHaveBeenCalledWith('settings');
    }
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDevelopment: boolean) => allItems(menuFor('linux', { isDevelopment }).template).map((item) => item.role);
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
  });

  it('sends the renderer’s commands through sendCommand, covering every menu command of the contract', () => {
    const { template, options } = menuFor('win32', { availableCommands: new Set(MENU_COMMANDS) });
    for (const item of allItems(template)) if (item.click && !item.submenu) click(item);
    const sent = vi.mocked(options.sendCommand).mock.calls.map(([command]) => command);
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
  });

  it('lists recent documents newest first, opens them, and clears the list', () => {
    const { template, options } = menuFor('linux', { recentDocuments: ['/news/flood.copydesk', '/drafts/3f1c2a9e/article.json'] });
    const recent = submenu(find(submenu(top(template, 'File')), 'Open Recent'));
    expect(recent.map((item) => item.label ?? item.type)).toEqual(['flood.copydesk', '3f1c2a9e/article.json', 'separator', 'Clear Menu']);
    click(recent[1]);
    expect(options.openRecent).toHaveBeenCalledWith('/drafts/3f1c2a9e/article.json');
    click(find(recent, 'Clear Menu'));
    expect(options.clearRecent).toHaveBeenCalledOnce();
    const empty = submenu(find(submenu(top(menuFor('linux').template, 'File')), 'Open Recent'));
    expect(empty).toEqual([expect.objectContaining({ label: 'Clear Menu', enabled: false })]);
  });

  it('has the app bar’s file commands in File: Import…, Version History… and Preview, sent to the page', () => {
    const { template, options } = menuFor('linux');
    const file = submenu(top(template, 'File'));
    expect(file.map((item) => item.label ?? item.type)).toEqual([
      'New Article', 'Open…', 'Open Recent', 'Import…', 'separator', 'Save', 'Save a Copy As…', 'Export', 'separator', 'Version History…',
      'separator', 'Preview', 'Print…', 'Save as PDF…', 'separator', 'Close Window', 'separator', '&Quit',
    ]);
    for (const label of ['Import…', 'Version History…', 'Preview']) click(find(file, label));
    expect(vi.mocked(options.sendCommand).mock.calls.map(([command]) => command)).toEqual(['import', 'history', 'preview']);
  });

  it('exports every format from File ▸ Export', () => {
    const exportMenu = submenu(find(submenu(top(menuFor('linux').template, 'File')), 'Export'));
    expect(exportMenu.map((item) => item.label)).toEqual(['HTML…', 'JSON…', 'ninjs (IPTC)…', 'Markdown…', 'Plain text…']);
  });

  it('shows the chosen theme as the checked radio item and switches it', () => {
    const { template, options } = menuFor('linux', { theme: 'dark' });
    const appearance = submenu(find(submenu(top(template, 'View')), 'Appearance'));
    expect(appearance.map((item) => [item.label, item.type, item.checked])).toEqual([
      ['Same as System', 'radio', false],
      ['Light', 'radio', false],
      ['Dark', 'radio', true],
    ]);
    click(appearance[1]);
    expect(options.setTheme).toHaveBeenCalledWith('light');
  });

  it('zooms in (also on CmdOrCtrl+=), out and back to actual size', () => {
    const { template, options } = menuFor('linux');
    const zoomItems = submenu(top(template, 'View')).filter((item) => /Zoom|Actual/.test(item.label ?? ''));
    expect(zoomItems.map((item) => item.accelerator)).toEqual(['CmdOrCtrl+0', 'CmdOrCtrl+Plus', 'CmdOrCtrl+=', 'CmdOrCtrl+-']);
    zoomItems.forEach(click);
    expect(vi.mocked(options.zoom).mock.calls.map(([direction]) => direction)).toEqual(['reset', 'in', 'in', 'out']);
  });

  it('prints and saves as PDF through its options; Keyboard Shortcuts is the page’s dialog', () => {
    const { template, options } = menuFor('darwin');
    const file = submenu(top(template, 'File'));
    click(find(file, 'Print…'));
    click(find(file, 'Save as PDF…'));
    const help = submenu(top(template, 'Help'));
    click(find(help, 'Keyboard Shortcuts'));
    for (const fn of [options.print, options.saveAsPdf]) expect(fn).toHaveBeenCalledOnce();
    expect(options.sendCommand).toHaveBeenCalledWith('keyboard-shortcuts');
  });

  it('shows the review commands, and a Review menu, only once the page handles them', () => {
    expect(menuFor('linux').template.map((item) => item.label)).not.toContain('&Review');
    expect(allItems(menuFor('linux').template).map((item) => item.label)).not.toContain('Suggesting Mode');
    const { template, options } = menuFor('linux', { availableCommands: new Set(['comment.add', 'review.toggleSuggesting']) });
    const review = submenu(top(template, 'Review'));
    expect(review).toEqual([expect.objectContaining({ label: 'Add Comment…', accelerator: 'CmdOrCtrl+Alt+M' })]);
    click(review[0]);
    expect(options.sendCommand).toHaveBeenCalledWith('comment.add');
    expect(find(submenu(top(template, 'Edit')), 'Suggesting Mode')).toMatchObject({ accelerator: 'CmdOrCtrl+Alt+Shift+S' });
  });

  it('gives the body blocks their Insert keys', () => {
    expect(submenu(find(submenu(top(menuFor('linux').template, 'Format')), 'Insert')).map((item) => item.accelerator)).toEqual(['CmdOrCtrl+Alt+P', 'CmdOrCtrl+Alt+Q', 'CmdOrCtrl+Alt+B', 'CmdOrCtrl+Alt+E', 'CmdOrCtrl+Alt+G']);
  });

  it('has no link to an issue tracker: the project has no public one', () => {
    for (const platform of PLATFORMS) {
      expect(allItems(menuFor(platform).template).map((item) => item.label ?? '').filter((label) => /issue|report/i.test(label))).toEqual([]);
    }
  });

  // Electron 45: role 'window' makes a submenu macOS's Window menu (electron_menu_controller.mm calls setWindowsMenu for a
  // submenu only; on an item it does nothing); 'zoom' and 'front' are macOS roles (menu-item-roles.ts gives them no method elsewhere).
  it('makes Window the macOS window menu, with Zoom and Bring All to Front there only', () => {
    const mac = top(menuFor('darwin').template, 'Window');
    expect(mac?.role).toBe('window');
    expect(submenu(mac).map((item) => item.role).filter(Boolean)).toEqual(['minimize', 'zoom', 'front']);
    for (const platform of ['win32', 'linux'] as const) expect(submenu(top(menuFor(platform).template, 'Window')).map((item) => item.role)).toEqual(['minimize']);
  });

  it.each(PLATFORMS)('uses on %s only roles Electron carries out there', (platform) => {
    const items = allItems(menuFor(platform, { isDevelopment: true }).template);
    // Roles that name a menu act only on a submenu.
    expect(items.filter((item) => !item.submenu && (item.role === 'window' || item.role === 'help')).map((item) => item.label ?? item.role)).toEqual([]);
    if (platform !== 'darwin') {
      const macOnly = new Set(['services', 'hide', 'hideOthers', 'unhide', 'front', 'zoom']);
      expect(items.filter((item) => item.role && macOnly.has(item.role)).map((item) => item.role)).toEqual([]);
    }
  });
});

describe('accelerator labels', () => {
  it('spells keys as each platform does, modifiers in the platform’s order', () => {
    expect(acceleratorLabel('CmdOrCtrl+Shift+S', 'darwin')).toBe('⇧⌘S');
    expect(acceleratorLabel('Shift+CommandOrControl+Z', 'darwin')).toBe('⇧⌘Z');
    expect(acceleratorLabel('CmdOrCtrl+Shift+S', 'win32')).toBe('Ctrl+Shift+S');
    expect(acceleratorLabel('Shift+CommandOrControl+Z', 'linux')).toBe('Ctrl+Shift+Z');
    expect(acceleratorLabel('Control+Y', 'win32')).toBe('Ctrl+Y');
    expect(acceleratorLabel('CmdOrCtrl+Plus', 'linux')).toBe('Ctrl++');
    expect(acceleratorLabel('CmdOrCtrl+-', 'linux')).toBe('Ctrl+-');
    expect(acceleratorLabel('F11', 'win32')).toBe('F11');
  });
});
