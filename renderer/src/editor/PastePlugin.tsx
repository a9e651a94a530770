import { useEffect } from 'react';
import { $getSelection, $isSelectionCapturedInDecoratorInput, COMMAND_PRIORITY_HIGH, isDOMNode, PASTE_COMMAND, PASTE_TAG, type LexicalEditor } from 'lexical';
import { $generateNodesFromSerializedNodes, $insertGeneratedNodes, type BaseSerializedNode } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { SerializedBodyNode } from '../../../core/article/article-schema';
import { DOCS_SLICE_CLIP_TYPE } from '../../../core/paste/docs-suggestions';
import { pasteHtml } from '../../../core/paste/paste-html';
import { plainTextToBlocks } from '../../../core/paste/paste-plain-text';
import { leftOutNotice } from '../../../core/paste/pasted-images';
import { useArticleStore } from '../store/article-store';
import { ARTICLE_BODY_NAMESPACE } from './editor-nodes';

/**
 * The body's one way in for pasted content. Lexical's own paste reads HTML through the browser's
 * DOM, where the strict CSP strips inline styles (Google Docs pasted all bold) and logs violations;
 * here HTML goes to core's parse5 cleaner instead, plain text (Paste as Plain Text sends only that)
 * becomes paragraphs, and a copy from this editor keeps its nodes. Each paste is one undo step.
 */

const LEXICAL_MIME = 'application/x-lexical-editor';

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

function insertBlocks(editor: LexicalEditor, blocks: readonly (SerializedBodyNode | BaseSerializedNode)[]): void {
  editor.update(
    () => {
      const selection = $getSelection();
      if (selection === null || blocks.length === 0) return;
      $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes([...blocks] as BaseSerializedNode[]), selection);
    },
    { tag: PASTE_TAG },
  );
}

/** What to insert for the clipboard's contents, and what to tell the reporter about it. */
function pastedBlocks(data: DataTransfer): { blocks: BaseSerializedNode[]; notice: string | null } {
  const copied = copiedBodyNodes(data);
  if (copied) return { blocks: copied, notice: null };
  const html = data.getData('text/html');
  if (html && hasText(html)) {
    const pasted = pasteHtml({ html, docsSliceClip: data.getData(DOCS_SLICE_CLIP_TYPE) || undefined });
    return { blocks: pasted.blocks, notice: leftOutNotice(pasted.leftOut) };
  }
  return { blocks: plainTextToBlocks(data.getData('text/plain')), notice: null };
}

export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          if (!(event instanceof ClipboardEvent) || !event.clipboardData) return false;
          // A field inside a block (a caption, say) takes its own paste.
          if (isDOMNode(event.target) && $isSelectionCapturedInDecoratorInput(event.target)) return false;
          event.preventDefault();
          const { blocks, notice } = pastedBlocks(event.clipboardData);
          insertBlocks(editor, blocks);
          if (notice) useArticleStore.getState().showAlert(notice);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
