import type { LexicalEditor } from 'lexical';
import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $findTableNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
} from '@lexical/table';
import { $createParagraphNode, $getSelection, $isRangeSelection } from 'lexical';
import type { MenuEntry } from '../app/MenuButton';
import { refusedWhileSuggesting } from '../review/untracked-edits';

/** Removes the table the caret is in, leaving the caret where it was. */
function $deleteTable(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const table = $findTableNode(selection.anchor.getNode());
  if (!table) return;
  const next = table.getNextSibling() ?? table.insertAfter($createParagraphNode());
  next.selectStart();
  table.remove();
}

/** The toolbar's Table menu while the caret is in a table: each action one undo step. */
export function tableActions(editor: LexicalEditor): MenuEntry[] {
  const run = (action: () => void) => () => {
    if (!refusedWhileSuggesting('block')) editor.update(action);
    editor.focus();
  };
  return [
    { label: 'Insert row above', onSelect: run(() => $insertTableRowAtSelection(false)) },
    { label: 'Insert row below', onSelect: run(() => $insertTableRowAtSelection(true)) },
    { label: 'Insert column left', onSelect: run(() => $insertTableColumnAtSelection(false)), separatorBefore: true },
    { label: 'Insert column right', onSelect: run(() => $insertTableColumnAtSelection(true)) },
    { label: 'Delete row', onSelect: run($deleteTableRowAtSelection), separatorBefore: true },
    { label: 'Delete column', onSelect: run($deleteTableColumnAtSelection) },
    { label: 'Delete table', onSelect: run($deleteTable), separatorBefore: true },
  ];
}
