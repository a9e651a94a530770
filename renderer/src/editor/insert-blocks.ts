import { createCommand, type LexicalCommand, type LexicalEditor } from 'lexical';
import { $createTableNodeWithDimensions } from '@lexical/table';
import type { PageCommandId } from '../../../core/commands/command-table';
import type { StoredImage } from '../../../core/host-api/contract';
import { host } from '../host';
import { $insertBodyBlockNode } from './block-placement';
import { useArticleStore } from '../store/article-store';
import { $createEmbedNode } from './nodes/EmbedNode';
import { $newFactBox } from './nodes/FactBoxNode';
import { $createImageNode } from './nodes/ImageNode';
import { $createPullQuoteNode } from './nodes/PullQuoteNode';
import { requestFocus } from './nodes/focus-requests';
import { refusedWhileSuggesting } from '../review/untracked-edits';

export const BODY_BLOCK_KINDS = ['picture', 'pull-quote', 'fact-box', 'embed', 'table'] as const;
export type BodyBlockKind = (typeof BODY_BLOCK_KINDS)[number];

/** Each kind's command in the command table (its label and key come from there). */
export const INSERT_COMMANDS = {
  picture: 'insert-picture',
  'pull-quote': 'insert-pull-quote',
  'fact-box': 'insert-fact-box',
  embed: 'insert-embed',
  table: 'insert-table',
} as const satisfies Record<BodyBlockKind, PageCommandId>;

/** Puts a picture already stored with the draft into the body at the caret (paste and drop use it too). */
export const INSERT_IMAGE_COMMAND: LexicalCommand<StoredImage> = createCommand('INSERT_IMAGE_COMMAND');

/** A new table: a header row and two rows for figures, three columns. */
const NEW_TABLE = { rows: 3, columns: 3, headers: { rows: true, columns: false } } as const;

export function $insertImage(image: StoredImage): void {
  $insertBodyBlockNode($createImageNode({ file: image.file, altText: '', caption: '', credit: '', width: image.width ?? null, height: image.height ?? null }));
}

async function pickAndInsertPicture(editor: LexicalEditor): Promise<void> {
  const store = useArticleStore.getState();
  try {
    const picked = await host.pickBodyImage({ draftId: store.metadata.id });
    if (picked) editor.update(() => $insertImage(picked));
    store.showAlert(null);
  } catch (error) {
    store.showAlert(`The picture could not be added. ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Stores dropped or pasted image files with the draft and puts each into the body. */
export async function insertImageFiles(editor: LexicalEditor, files: readonly File[]): Promise<void> {
  const store = useArticleStore.getState();
  for (const file of files) {
    try {
      const stored = await host.storeImage({ draftId: store.metadata.id, bytes: new Uint8Array(await file.arrayBuffer()), name: file.name });
      editor.dispatchCommand(INSERT_IMAGE_COMMAND, stored);
      store.showAlert(null);
    } catch (error) {
      store.showAlert(`“${file.name}” could not be added. ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** Inserts a block of the kind from the Insert menu (toolbar or app menu), then puts the focus in it. */
export function insertBodyBlock(editor: LexicalEditor, kind: BodyBlockKind): void {
  if (refusedWhileSuggesting('block')) return;
  if (kind === 'picture') {
    void pickAndInsertPicture(editor);
    return;
  }
  editor.update(() => {
    if (kind === 'table') {
      const table = $createTableNodeWithDimensions(NEW_TABLE.rows, NEW_TABLE.columns, NEW_TABLE.headers);
      $insertBodyBlockNode(table);
      table.getFirstDescendant()?.selectStart();
      return;
    }
    if (kind === 'fact-box') {
      const { box, title } = $newFactBox();
      $insertBodyBlockNode(box);
      title.select();
      return;
    }
    const card = kind === 'pull-quote' ? $createPullQuoteNode() : $createEmbedNode();
    requestFocus(card.getKey());
    $insertBodyBlockNode(card);
  });
  if (kind === 'fact-box' || kind === 'table') editor.focus();
}
