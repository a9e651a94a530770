import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate, type ContextMenuActions, type ContextMenuFacts } from './context-menu';

const allFlags = { canUndo: true, canRedo: true, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: true };

function facts(overrides: Partial<ContextMenuFacts> = {}): ContextMenuFacts {
  return { misspelledWord: '', dictionarySuggestions: [], isEditable: true, selectionText: '', linkURL: '', editFlags: allFlags, formControlType: 'none', ...overrides };
}

function build(overrides: Partial<ContextMenuFacts> = {}, availableCommands: ReadonlySet<string> = new Set()) {
  const actions: ContextMenuActions = { availableCommands, replaceMisspelling: vi.fn(), addToDictionary: vi.fn(), sendCommand: vi.fn(), openLink: vi.fn() };
  return { actions, template: contextMenuTemplate(facts(overrides), actions) };
}

const names = (template: MenuItemConstructorOptions[]) => template.map((item) => item.label ?? item.role ?? item.type);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as () => void)();

describe('editor context menu', () => {
  it('puts spelling suggestions first, each replacing the word, then Add to Dictionary', () => {
    const { template, actions } = build({ misspelledWord: 'Mombsa', dictionarySuggestions: ['Mombasa', 'Mimosa'] });
    expect(names(template)).toEqual(['Mombasa', 'Mimosa', 'Add to Dictionary', 'separator', 'cut', 'copy', 'paste', 'Paste as Plain Text', 'separator', 'Link…']);
    click(template[0]);
    expect(actions.replaceMisspelling).toHaveBeenCalledWith('Mombasa');
    click(template[2]);
    expect(actions.addToDictionary).toHaveBeenCalledWith('Mombsa');
  });

  it('says so when the spellchecker has no suggestion, and offers at most five', () => {
    expect(names(build({ misspelledWord: 'Wanjiru' }).template).slice(0, 2)).toEqual(['No Guesses Found', 'Add to Dictionary']);
    const many = build({ misspelledWord: 'teh', dictionarySuggestions: ['the', 'tea', 'ten', 'tel', 'tech', 'Teh'] }).template;
    expect(names(many).indexOf('Add to Dictionary')).toBe(5);
  });

  it('offers cut, copy, paste and paste as plain text in editable text, enabled as the page says', () => {
    const { template } = build({ editFlags: { ...allFlags, canCut: false, canCopy: false } });
    expect(template.slice(0, 4).map((item) => [item.role, item.enabled])).toEqual([
      ['cut', false],
      ['copy', false],
      ['paste', true],
      ['pasteAndMatchStyle', true],
    ]);
    expect(template[3]?.label).toBe('Paste as Plain Text');
  });

  it('asks the renderer for the link popover', () => {
    const { template, actions } = build({ linkURL: 'https://www.example.org/story' });
    click(template.find((item) => item.label === 'Edit Link…'));
    expect(actions.sendCommand).toHaveBeenCalledWith('link');
  });

  it('offers Link… only in the body, not in the headline or other plain fields', () => {
    for (const formControlType of ['input-text', 'text-area'] as const) {
      const names = build({ formControlType }).template.map((item) => item.label ?? item.role);
      expect(names, formControlType).toEqual(['cut', 'copy', 'paste', 'Paste as Plain Text']);
    }
  });

  it('opens only allowed links, and never offers the others', () => {
    const { template, actions } = build({ linkURL: 'https://www.example.org/story' });
    click(template.find((item) => item.label === 'Open Link in Browser'));
    expect(actions.openLink).toHaveBeenCalledWith('https://www.example.org/story');
    expect(names(build({ linkURL: 'mailto:desk@example.org' }).template)).toContain('Write Email');
    for (const linkURL of ['javascript:alert(1)', 'file:///etc/passwd', 'ms-settings:privacy', 'app://copydesk/']) {
      expect(names(build({ linkURL }).template).filter((name) => /Open|Email/.test(String(name))), linkURL).toEqual([]);
    }
  });

  it('offers Add Comment… on selected editable text once the page handles comments, in fields too', () => {
    expect(names(build({ selectionText: 'Schools stay shut.' }).template)).not.toContain('Add Comment…');
    const { template, actions } = build({ selectionText: 'Schools stay shut.', formControlType: 'input-text' }, new Set(['comment.add']));
    click(template.find((item) => item.label === 'Add Comment…'));
    expect(actions.sendCommand).toHaveBeenCalledWith('comment.add');
    expect(names(build({ selectionText: '' }, new Set(['comment.add'])).template)).not.toContain('Add Comment…');
  });

  it('offers only Copy on selected read-only text, and nothing on bare page', () => {
    expect(names(build({ isEditable: false, selectionText: 'Schools stay shut.' }).template)).toEqual(['copy']);
    expect(build({ isEditable: false }).template).toEqual([]);
  });
});
