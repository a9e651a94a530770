import { describe, expect, it } from 'vitest';
import { acceleratorLabel, resolveAccelerator } from './accelerators';
import { COMMAND_TABLE, MENU_BAR, PAGE_COMMAND_IDS, type CommandSpec } from './command-table';
import { acceleratorOn, offeredOn } from './shortcut-list';

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;
const TABLE = COMMAND_TABLE as readonly CommandSpec[];

/** Every key the app binds on `platform`, development items and not-yet-handled commands included, as the user reads it. */
function keysOn(platform: string): Array<{ id: string; keys: string }> {
  return TABLE.filter((spec) => offeredOn(spec, platform, true)).flatMap((spec) =>
    [acceleratorOn(spec, platform), spec.runs === 'main' ? spec.hiddenAccelerator : undefined]
      .filter((accelerator) => accelerator !== undefined)
      .map((accelerator) => ({ id: spec.id, keys: acceleratorLabel(accelerator, platform).toLowerCase() })),
  );
}

/**
 * Keys something else owns on each platform, so a command there would never arrive or would break
 * something: the desktop's (GNOME, KDE, Windows, macOS), and Lexical's own editing keys (Emacs keys on a Mac,
 * word deletion). Lexical's Bold, Italic, Underline, Undo and Redo are the same actions as ours and are not here.
 */
const TAKEN: Readonly<Record<(typeof PLATFORMS)[number], readonly string[]>> = {
  linux: ['Ctrl+Alt+T', 'Ctrl+Alt+L', 'Ctrl+Alt+D', 'Ctrl+Alt+Delete', 'Ctrl+Alt+Backspace', 'Ctrl+Alt+Escape', 'Ctrl+Alt+Tab', 'Ctrl+Alt+Up', 'Ctrl+Alt+Down', 'Ctrl+Alt+Left', 'Ctrl+Alt+Right', 'Ctrl+Backspace', 'Ctrl+Delete', 'Alt+Backspace', 'Alt+F4', 'Ctrl+Alt+F1', 'Ctrl+Alt+F2'],
  win32: ['Ctrl+Alt+Delete', 'Ctrl+Shift+Escape', 'Ctrl+Alt+Tab', 'Ctrl+Backspace', 'Ctrl+Delete', 'Alt+Backspace', 'Alt+F4', 'Ctrl+Esc'],
  darwin: ['Alt+Command+D', 'Alt+Command+Escape', 'Command+Tab', 'Command+Space', 'Control+Command+Q', 'Control+Command+Space', 'Shift+Command+3', 'Shift+Command+4', 'Shift+Command+5', 'Control+O', 'Control+H', 'Control+D', 'Control+K', 'Command+Backspace', 'Alt+Backspace'],
};

describe('command table', () => {
  it('gives each command one id', () => {
    const ids = TABLE.map((spec) => spec.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it.each(PLATFORMS)('binds no key twice on %s, reserved review commands included', (platform) => {
    const keys = keysOn(platform);
    expect(keys.length).toBeGreaterThan(30);
    const clashes = keys.filter(({ keys: mine }, index) => keys.findIndex((other) => other.keys === mine) !== index);
    expect(clashes).toEqual([]);
  });

  it.each(PLATFORMS)('takes no key the desktop or the editor owns on %s', (platform) => {
    const taken = new Set(TAKEN[platform].map((accelerator) => acceleratorLabel(accelerator, platform).toLowerCase()));
    expect(keysOn(platform).filter(({ keys }) => taken.has(keys))).toEqual([]);
  });

  it('writes every key in Electron’s accelerator spelling, with a modifier unless it is a function key', () => {
    const MODIFIER = /^(CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|Shift|Super)$/;
    const KEY = /^([A-Z0-9]|F([1-9]|1[0-9]|2[0-4])|Plus|Space|Tab|Backspace|Delete|Insert|Return|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Escape|Esc|[,./\\;'[\]=`-])$/;
    for (const spec of TABLE) {
      for (const accelerator of [spec.accelerator, spec.runs === 'main' ? spec.hiddenAccelerator : undefined]) {
        if (!accelerator) continue;
        const tokens = accelerator.split(/\+(?!$)/);
        const key = tokens.pop() ?? '';
        expect(tokens.every((token) => MODIFIER.test(token)), `${spec.id}: ${accelerator}`).toBe(true);
        expect(KEY.test(key), `${spec.id}: ${accelerator}`).toBe(true);
        expect(resolveAccelerator(accelerator, 'linux').modifiers.size > 0 || /^F\d/.test(key), `${spec.id}: ${accelerator}`).toBe(true);
      }
    }
  });

  it('puts every item in a menu of the menu bar or in a submenu some item opens', () => {
    const menus = new Set<string>([...MENU_BAR.map((menu) => menu.id), ...TABLE.flatMap((spec) => (spec.runs === 'submenu' ? [spec.submenu] : []))]);
    for (const spec of TABLE) for (const placement of spec.menu) expect(menus.has(placement.menu), `${spec.id} in ${placement.menu}`).toBe(true);
  });

  it('reserves the review commands of issue 9 as hidden until their feature handles them', () => {
    const reserved = ['comment.add', 'review.toggleSuggesting', 'review.nextChange', 'review.previousChange', 'review.accept', 'review.reject', 'review.acceptAll', 'review.rejectAll', 'review.sendForReview', 'review.returnToReporter', 'history.compare', 'view.reviewPanel'];
    for (const id of reserved) expect(TABLE.find((spec) => spec.id === id), id).toMatchObject({ runs: 'page', hiddenUntilHandled: true });
    expect(TABLE.find((spec) => spec.id === 'comment.add')?.accelerator).toBe('CmdOrCtrl+Alt+M');
    expect(PAGE_COMMAND_IDS).toEqual(expect.arrayContaining(reserved));
  });
});
