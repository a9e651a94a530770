import { $getSelection, $isRangeSelection, createCommand, FORMAT_TEXT_COMMAND, type LexicalCommand, type LexicalEditor } from 'lexical';
import type { MenuCommand } from '../../../core/host-api/contract';
import { $blockTypeOf, setBlockType, type BlockType } from '../editor/block-types';
import { insertBodyBlock, type BodyBlockKind } from '../editor/insert-blocks';

/** Format ▸ Link… and the context menu's Link…: BodyEditor opens its link popover on this. */
export const OPEN_LINK_EDITOR_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_EDITOR_COMMAND');

const TEXT_FORMATS = { bold: 'bold', italic: 'italic', underline: 'underline', strikethrough: 'strikethrough' } as const;
const BLOCKS: Partial<Record<MenuCommand, BlockType>> = {
  'heading-h2': 'h2',
  'heading-h3': 'h3',
  quote: 'quote',
  'bullet-list': 'bullet',
  'numbered-list': 'number',
};

const INSERTS: Partial<Record<MenuCommand, BodyBlockKind>> = {
  'insert-picture': 'picture',
  'insert-pull-quote': 'pull-quote',
  'insert-fact-box': 'fact-box',
  'insert-embed': 'embed',
  'insert-table': 'table',
};

function currentBlockType(editor: LexicalEditor): BlockType {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    return $isRangeSelection(selection) ? $blockTypeOf(selection.anchor.getNode()) : 'paragraph';
  });
}

/**
 * Carries out a Format menu command in the body editor; false when it did nothing. Only while the
 * body has focus: Ctrl+B typed in the headline reaches the menu's accelerator, and must not bold
 * whatever was last selected in the body.
 */
export function runFormatCommand(editor: LexicalEditor, command: MenuCommand): boolean {
  // Insert ▸ works from anywhere: the block goes where the body's caret was, or at its end.
  const insert = INSERTS[command];
  if (insert) {
    insertBodyBlock(editor, insert);
    return true;
  }
  if (!editor.getRootElement()?.contains(document.activeElement)) return false;
  if (command in TEXT_FORMATS) {
    editor.dispatchCommand(FORMAT_TEXT_COMMAND, TEXT_FORMATS[command as keyof typeof TEXT_FORMATS]);
    return true;
  }
  if (command === 'link') {
    editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined);
    return true;
  }
  const block = BLOCKS[command];
  if (!block) return false;
  setBlockType(editor, currentBlockType(editor), block);
  return true;
}
