import { useEffect } from 'react';
import {
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isSelectionCapturedInDecoratorInput,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  DROP_COMMAND,
  isDOMNode,
  PASTE_COMMAND,
  PASTE_TAG,
  type LexicalEditor,
} from 'lexical';
import { $generateNodesFromSerializedNodes, $insertGeneratedNodes, caretFromPoint, type BaseSerializedNode } from '@lexical/clipboard';
import { mergeRegister } from '@lexical/utils';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { SerializedBodyNode } from '../../../core/article/article-schema';
import { DOCS_SLICE_CLIP_TYPE } from '../../../core/paste/docs-suggestions';
import { pasteHtml } from '../../../core/paste/paste-html';
import { plainTextToBlocks } from '../../../core/paste/paste-plain-text';
import { leftOutNotice } from '../../../core/paste/pasted-images';
import { useArticleStore } from '../store/article-store';
import { ARTICLE_BODY_NAMESPACE } from './editor-nodes';

/**
 * The body's one way in for pasted and dropped content. Lexical's own paste reads HTML through the
 * browser's DOM, where the strict CSP strips inline styles (Google Docs pasted all bold) and logs
 * violations; here HTML goes to core's parse5 cleaner instead, plain text (Paste as Plain Text sends
 * only that) becomes paragraphs, and a copy from this editor keeps its nodes. Each paste is one undo step.
 */

const LEXICAL_MIME = 'application/x-lexical-editor';
/** Lexical's mark on a drag that started in a Lexical editor: such a drop moves nodes, with no HTML read. */
const LEXICAL_DRAG_MIME = 'application/x-lexical-drag';

/** Nodes copied from a Copydesk body, or null when the data is not that. */
function copiedBodyNodes(data: DataTransfer): BaseSerializedNode[] | null {
  const json = data.getData(LEXICAL_MIME);
  if (!json) return null;
  try {
    const copied = JSON.parse(json) as { namespace?: unknown; nodes?: unknown };
    return copied.namespace === ARTICLE_BODY_NAMESPACE && Array.isArray(copied.nodes) ? (copied.nodes as BaseSerializedNode[]) : null;
  } catch {
    return null;
  }
}

function hasText(html: string): boolean {
  return /[^\s<>]/.test(html.replace(/<[^>]*>/g, ''));
}

/** Puts the caret where a drop landed, as Lexical's own drop does. */
function $selectDropPoint(editor: LexicalEditor, event: DragEvent): void {
  const hit = caretFromPoint(event.clientX, event.clientY, editor.getRootElement());
  const node = hit ? $getNearestNodeFromDOMNode(hit.node) : null;
  if (!hit || !node) return;
  const selection = $createRangeSelection();
  if ($isTextNode(node)) {
    selection.anchor.set(node.getKey(), hit.offset, 'text');
    selection.focus.set(node.getKey(), hit.offset, 'text');
  } else {
    const parent = node.getParentOrThrow();
    selection.anchor.set(parent.getKey(), node.getIndexWithinParent() + 1, 'element');
    selection.focus.set(parent.getKey(), node.getIndexWithinParent() + 1, 'element');
  }
  $setSelection(selection);
}

function insertBlocks(editor: LexicalEditor, blocks: readonly (SerializedBodyNode | BaseSerializedNode)[], drop?: DragEvent): void {
  editor.update(
    () => {
      if (drop) $selectDropPoint(editor, drop);
      const selection = $getSelection();
      if (selection === null || blocks.length === 0) return;
      $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes([...blocks] as BaseSerializedNode[]), selection);
    },
    { tag: PASTE_TAG },
  );
}

/** What to insert for the clipboard's contents, and what to tell the reporter about it. */
function pastedBlocks(editor: LexicalEditor, data: DataTransfer): { blocks: BaseSerializedNode[]; notice: string | null } {
  const copied = copiedBodyNodes(data);
  if (copied) return { blocks: copied, notice: null };
  const html = data.getData('text/html');
  if (html && hasText(html)) {
    const tables = editor.hasNodes([TableNode, TableRowNode, TableCellNode]);
    const pasted = pasteHtml({ html, docsSliceClip: data.getData(DOCS_SLICE_CLIP_TYPE) || undefined, tables });
    return { blocks: pasted.blocks, notice: leftOutNotice(pasted.leftOut) };
  }
  return { blocks: plainTextToBlocks(data.getData('text/plain')), notice: null };
}

function showNotice(notice: string | null): void {
  if (notice) useArticleStore.getState().showAlert(notice);
}

export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          PASTE_COMMAND,
          (event) => {
            if (!(event instanceof ClipboardEvent) || !event.clipboardData) return false;
            // A field inside a block (a caption, say) takes its own paste.
            if (isDOMNode(event.target) && $isSelectionCapturedInDecoratorInput(event.target)) return false;
            event.preventDefault();
            const { blocks, notice } = pastedBlocks(editor, event.clipboardData);
            insertBlocks(editor, blocks);
            showNotice(notice);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            const data = event.dataTransfer;
            // Files (pictures) and drags from a Lexical editor keep their own handlers; neither reads HTML.
            if (!data || data.files.length > 0 || data.types.includes(LEXICAL_DRAG_MIME) || data.types.includes(LEXICAL_MIME)) return false;
            if (!data.types.includes('text/html') && !data.types.includes('text/plain')) return false;
            event.preventDefault();
            const { blocks, notice } = pastedBlocks(editor, data);
            insertBlocks(editor, blocks, event);
            showNotice(notice);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}
