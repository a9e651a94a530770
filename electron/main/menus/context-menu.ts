import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import { COMMAND_TABLE, type CommandSpec, type PageCommandSpec } from '../../../core/commands/command-table';
import type { MenuCommand } from '../../../core/host-api/contract';
import { checkUrl } from '../../../core/text/url-allowlist';

export type ContextMenuFacts = Pick<
  ContextMenuParams,
  'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'linkURL' | 'editFlags' | 'formControlType'
>;

export interface ContextMenuActions {
  /** Commands marked hiddenUntilHandled that the page has a handler for (setAvailableCommands). */
  availableCommands: ReadonlySet<string>;
  replaceMisspelling(suggestion: string): void;
  addToDictionary(word: string): void;
  sendCommand(command: MenuCommand): void;
  /** Only ever called with an http, https or mailto URL. */
  openLink(url: string): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The right-click menu of the page, from Electron's context-menu params: spelling first (suggestions,
 * Add to Dictionary), then clipboard items, then the page's commands (command table) and links. Empty when there is nothing to offer, so no
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
  const commandItems: MenuItemConstructorOptions[] = CONTEXT_COMMANDS.filter(
    (spec) => offeredHere(spec, facts) && !(spec.hiddenUntilHandled && !actions.availableCommands.has(spec.id)),
  ).map((spec) => ({
    label: facts.linkURL && spec.contextMenu?.labelOnLink ? spec.contextMenu.labelOnLink : spec.label,
    click: () => actions.sendCommand(spec.id as MenuCommand),
  }));
  if (link?.ok) {
    const url = link.url;
    commandItems.push({ label: url.startsWith('mailto:') ? 'Write Email' : 'Open Link in Browser', click: () => actions.openLink(url) });
  }
  if (commandItems.length) groups.push(commandItems);

  return groups.flatMap((group, index) => (index === 0 ? group : [separator, ...group]));
}

/** The page commands the table offers on right-click (Link…, Add Comment…), in table order. */
const CONTEXT_COMMANDS = (COMMAND_TABLE as readonly CommandSpec[]).filter((spec): spec is PageCommandSpec => spec.runs === 'page' && spec.contextMenu !== undefined);

function offeredHere(spec: PageCommandSpec, facts: ContextMenuFacts): boolean {
  if (!facts.isEditable) return false;
  // Links live in the body (rich text); headline, standfirst and other fields are plain form controls.
  if (spec.contextMenu?.when === 'rich-text') return facts.formControlType === 'none';
  return facts.selectionText.trim() !== '';
}
