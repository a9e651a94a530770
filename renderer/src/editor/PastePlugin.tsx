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
import { PARAGRAPH_MARK_NODE_TYPE } from '../../../core/review/body-suggestions';
import { leftOutNotice, liftImagesToBlocks, pendingImages, withStoredImages, type LeftOutImage } from '../../../core/paste/pasted-images';
import type { StoredImage } from '../../../core/host-api/contract';
import { host } from '../host';
import { useArticleStore } from '../store/article-store';
import { ARTICLE_BODY_NAMESPACE } from './editor-nodes';

/**
 * The body's one way in for pasted and dropped content. Lexical's own paste reads HTML through the
 * browser's DOM, where the strict CSP strips inline styles (Google Docs pasted all bold) and logs
 * violations; here HTML goes to core's parse5 cleaner instead, plain text (Paste as Plain Text sends
 * only that) becomes paragraphs, and a copy from this editor keeps its nodes. Pictures (clipboard image
 * data, data: URIs in the HTML) are stored with the draft first, then everything goes in as one undo step.
 */

const LEXICAL_MIME = 'application/x-lexical-editor';
/** Lexical's mark on a drag that started in a Lexical editor: such a drop moves nodes, with no HTML read. */
const LEXICAL_DRAG_MIME = 'application/x-lexical-drag';

/** A suggested paragraph break belongs where it was made, as other suggestions do (they are left out of copies). */
function withoutParagraphMarks(nodes: BaseSerializedNode[]): BaseSerializedNode[] {
  return nodes
    .filter((node) => node.type !== PARAGRAPH_MARK_NODE_TYPE)
    .map((node) => ('children' in node && Array.isArray(node.children) ? { ...node, children: withoutParagraphMarks(node.children as BaseSerializedNode[]) } : node));
}

/** Nodes copied from a Copydesk body, or null when the data is not that. */
function copiedBodyNodes(data: DataTransfer): BaseSerializedNode[] | null {
  const json = data.getData(LEXICAL_MIME);
  if (!json) return null;
  try {
    const copied = JSON.parse(json) as { namespace?: unknown; nodes?: unknown };
    return copied.namespace === ARTICLE_BODY_NAMESPACE && Array.isArray(copied.nodes) ? withoutParagraphMarks(copied.nodes as BaseSerializedNode[]) : null;
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

/** A picture the paste carries, to store with the draft before its node goes in. */
interface PictureToStore {
  /** Read while the clipboard is still open; the host gets the bytes once they are in. */
  bytes: Promise<Uint8Array>;
  /** For the host's messages: the file's name, if the clipboard gave one. */
  name?: string;
  altText: string;
  /** How the notice names it when it is refused. */
  source: string;
}

interface Pasted {
  /** Blocks to insert; image nodes among them wait for `pictures[i]` to be stored. */
  blocks: BaseSerializedNode[];
  pictures: PictureToStore[];
  leftOut: LeftOutImage[];
}

function clipboardImageFiles(data: DataTransfer): File[] {
  const files = data.files.length > 0 ? [...data.files] : [...data.items].filter((item) => item.kind === 'file').map((item) => item.getAsFile());
  return files.filter((file): file is File => file !== null && file.type.startsWith('image/'));
}

/** What to insert for the clipboard's contents. Read synchronously: the clipboard closes when the event ends. */
function pastedContent(editor: LexicalEditor, data: DataTransfer): Pasted {
  const copied = copiedBodyNodes(data);
  if (copied) return { blocks: copied, pictures: [], leftOut: [] };
  const html = data.getData('text/html');
  const files = clipboardImageFiles(data);
  // A picture copied from a web page or an image viewer comes as its file plus an <img> of its address: the file is the picture.
  if (html && (hasText(html) || (files.length === 0 && /<img\b/i.test(html)))) {
    const tables = editor.hasNodes([TableNode, TableRowNode, TableCellNode]);
    const pasted = pasteHtml({ html, docsSliceClip: data.getData(DOCS_SLICE_CLIP_TYPE) || undefined, tables });
    const pictures = pasted.images.map((picture) => ({ bytes: Promise.resolve(picture.bytes), altText: picture.altText, source: `a pasted ${picture.mediaType}` }));
    return { blocks: pasted.blocks, pictures, leftOut: pasted.leftOut };
  }
  if (files.length > 0) {
    const pictures = files.map((file) => ({ bytes: file.arrayBuffer().then((buffer) => new Uint8Array(buffer)), name: file.name || undefined, altText: '', source: file.name || `a pasted ${file.type}` }));
    return { blocks: pendingImages(pictures), pictures, leftOut: [] };
  }
  return { blocks: plainTextToBlocks(data.getData('text/plain')), pictures: [], leftOut: [] };
}

function showNotice(notice: string | null): void {
  if (notice) useArticleStore.getState().showAlert(notice);
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}

/** Stores the paste's pictures with the draft; a refused one keeps its alt text and joins the notice. */
async function storePictures(pasted: Pasted): Promise<{ blocks: BaseSerializedNode[]; leftOut: LeftOutImage[] }> {
  const draftId = useArticleStore.getState().metadata.id;
  const refused: LeftOutImage[] = [];
  const stored = await Promise.all(
    pasted.pictures.map(async (picture): Promise<StoredImage | null> => {
      try {
        return await host.storeImage({ draftId, bytes: await picture.bytes, ...(picture.name ? { name: picture.name.slice(0, 255) } : {}) });
      } catch (error) {
        refused.push({ source: picture.source, altText: picture.altText, reason: `was not stored (${errorText(error)})` });
        return null;
      }
    }),
  );
  return { blocks: liftImagesToBlocks(withStoredImages(pasted.blocks as SerializedBodyNode[], stored)), leftOut: [...pasted.leftOut, ...refused] };
}

/** Inserts what was pasted or dropped; with pictures, once the host has stored them (at the caret as it is then). */
function insertPasted(editor: LexicalEditor, pasted: Pasted, drop?: DragEvent): void {
  if (pasted.pictures.length === 0) {
    insertBlocks(editor, pasted.blocks, drop);
    showNotice(leftOutNotice(pasted.leftOut));
    return;
  }
  if (drop) editor.update(() => $selectDropPoint(editor, drop));
  void storePictures(pasted).then(({ blocks, leftOut }) => {
    insertBlocks(editor, blocks);
    showNotice(leftOutNotice(leftOut));
  });
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
            insertPasted(editor, pastedContent(editor, event.clipboardData));
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
            insertPasted(editor, pastedContent(editor, data), event);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}
