import { $findCellNode, $findTableNode, $insertTableRowAtSelection } from '@lexical/table';
import { $getSelection, $isElementNode, $isRangeSelection, COMMAND_PRIORITY_CRITICAL, KEY_TAB_COMMAND, type LexicalEditor } from 'lexical';

/**
 * Tab in a table's last cell adds a row and goes to its first cell, as in Word and Google Docs
 * (Lexical's own Tab handler would leave the table). Elsewhere Tab and Shift+Tab are Lexical's:
 * the next and the previous cell.
 */
export function registerTabAddsTableRow(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_TAB_COMMAND,
    (event) => {
      if (event.shiftKey) return false;
      const selection = $getSelection();
      if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
      const cell = $findCellNode(selection.anchor.getNode());
      const lastRow = cell && $findTableNode(cell)?.getLastChild();
      if (!cell || !$isElementNode(lastRow) || !cell.is(lastRow.getLastChild())) return false;
      event.preventDefault();
      const row = $insertTableRowAtSelection(true);
      const first = row?.getFirstChild();
      if ($isElementNode(first)) first.selectStart();
      return true;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
}
