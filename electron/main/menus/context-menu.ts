import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../core/host-api/contract';
import { checkUrl } from '../../../core/text/url-allowlist';

export type ContextMenuFacts = Pick<
  ContextMenuParams,
  'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'linkURL' | 'editFlags' | 'formControlType'
>;

export interface ContextMenuActions {
  replaceMisspelling(suggestion: string): void;
  addToDictionary(word: string): void;
  sendCommand(command: MenuCommand): void;
  /** Only ever called with an http, https or mailto URL. */
  openLink(url: string): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The right-click menu of the page, from Electron's context-menu params: spelling first (suggestions,
 * Add to Dictionary), then clipboard items, then links. Empty when there is nothing to offer, so no
 * menu opens.
 */
export function contextMenuTemplate(facts: ContextMenuFacts, actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const groups: MenuItemConstructorOptions[][] = [];
  const { editFlags } = facts;

  if (facts.isEditable && facts.misspelledWord) {
    const suggestions = facts.dictionarySuggestions.slice(0, 5);
    groups.push([
      ...(suggestions.length
        ? suggestions.map((suggestion) => ({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) }))
        : [{ label: 'No Guesses Found', enabled: false }]),
      { label: 'Add to Dictionary', click: () => actions.addToDictionary(facts.misspelledWord) },
    ]);
  }

  if (facts.isEditable) {
    groups.push([
      { role: 'cut', enabled: editFlags.canCut },
      { role: 'copy', enabled: editFlags.canCopy },
      { role: 'paste', enabled: editFlags.canPaste },
      { role: 'pasteAndMatchStyle', label: 'Paste as Plain Text', enabled: editFlags.canPaste },
    ]);
  } else if (facts.selectionText.trim()) {
    groups.push([{ role: 'copy', enabled: editFlags.canCopy }]);
  }

  const link = facts.linkURL ? checkUrl(facts.linkURL) : null;
  const linkItems: MenuItemConstructorOptions[] = [];
  // Links live in the body (rich text); headline, standfirst and other fields are plain form controls.
  if (facts.isEditable && facts.formControlType === 'none') linkItems.push({ label: facts.linkURL ? 'Edit Link…' : 'Link…', click: () => actions.sendCommand('link') });
  if (link?.ok) {
    const url = link.url;
    linkItems.push({ label: url.startsWith('mailto:') ? 'Write Email' : 'Open Link in Browser', click: () => actions.openLink(url) });
  }
  if (linkItems.length) groups.push(linkItems);

  return groups.flatMap((group, index) => (index === 0 ? group : [separator, ...group]));
}
