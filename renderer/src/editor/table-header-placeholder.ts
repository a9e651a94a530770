import { $getNodeByKey, setDOMUnmanaged, type LexicalEditor } from 'lexical';
import { $isTableCellNode, TableCellNode } from '@lexical/table';

const PLACEHOLDER_CLASS = 'body-table-header-placeholder';

function placeholderOf(cell: HTMLElement): Element | null {
  const last = cell.lastElementChild;
  return last?.classList.contains(PLACEHOLDER_CLASS) ? last : null;
}

/**
 * An empty header cell shows “Column heading” in grey, so the writer sees where the heading goes
 * and a screen reader (and axe: empty-table-header) hears a name for it. It is on screen only: an
 * element Lexical leaves alone (setDOMUnmanaged) after the cell's blocks, hidden by
 * styles/blocks.css once the cell holds text, never in the editor state, the saved JSON or any
 * export. Kept last in the cell: a block Lexical adds to the cell goes in after it, so it moves back.
 */
export function registerTableHeaderPlaceholders(editor: LexicalEditor): () => void {
  return editor.registerMutationListener(
    TableCellNode,
    (mutations) => {
      editor.getEditorState().read(() => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') continue;
          const node = $getNodeByKey(key);
          const cell = editor.getElementByKey(key);
          if (!$isTableCellNode(node) || !cell) continue;
          const existing = placeholderOf(cell) ?? cell.querySelector(`:scope > .${PLACEHOLDER_CLASS}`);
          if (!node.hasHeader()) {
            existing?.remove();
            continue;
          }
          if (existing && existing === cell.lastElementChild) continue;
          const placeholder = existing ?? cell.ownerDocument.createElement('span');
          if (!existing) {
            placeholder.className = PLACEHOLDER_CLASS;
            placeholder.setAttribute('contenteditable', 'false');
            placeholder.textContent = 'Column heading';
            setDOMUnmanaged(placeholder as HTMLElement);
          }
          cell.append(placeholder);
        }
      });
    },
    { skipInitialization: false },
  );
}
