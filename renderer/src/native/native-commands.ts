import { $getSelection, $isRangeSelection, createCommand, FORMAT_TEXT_COMMAND, type LexicalCommand, type LexicalEditor } from 'lexical';
import type { RefObject } from 'react';
import type { PageCommandId } from '../../../core/commands/command-table';
import { registerCommandHandlers, type CommandHandler } from '../commands/command-registry';
import { $blockTypeOf, setBlockType, type BlockType } from '../editor/block-types';
import { insertBodyBlock, type BodyBlockKind } from '../editor/insert-blocks';

/** Format ▸ Link… and the context menu's Link…: BodyEditor opens its link popover on this. */
export const OPEN_LINK_EDITOR_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_EDITOR_COMMAND');

const TEXT_FORMATS = { bold: 'bold', italic: 'italic', underline: 'underline', strikethrough: 'strikethrough' } as const;
const BLOCKS: Partial<Record<PageCommandId, BlockType>> = {
  'heading-h2': 'h2',
  'heading-h3': 'h3',
  quote: 'quote',
  'bullet-list': 'bullet',
  'numbered-list': 'number',
};

const INSERTS: Partial<Record<PageCommandId, BodyBlockKind>> = {
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
 * Format commands act only while the body has focus: Ctrl+B typed in the headline reaches the menu's
 * accelerator, and must not bold whatever was last selected in the body. Insert works from anywhere:
 * the block goes where the body's caret was, or at its end.
 */
function canRun(editor: LexicalEditor, command: PageCommandId): boolean {
  return command in INSERTS || editor.getRootElement()?.contains(document.activeElement) === true;
}

function runBodyCommand(editor: LexicalEditor, command: PageCommandId): void {
  const insert = INSERTS[command];
  const block = BLOCKS[command];
  if (insert) insertBodyBlock(editor, insert);
  else if (command in TEXT_FORMATS) editor.dispatchCommand(FORMAT_TEXT_COMMAND, TEXT_FORMATS[command as keyof typeof TEXT_FORMATS]);
  else if (command === 'link') editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined);
  else if (block) setBlockType(editor, currentBlockType(editor), block);
}

const BODY_COMMANDS = [...Object.keys(TEXT_FORMATS), 'link', ...Object.keys(BLOCKS), ...Object.keys(INSERTS)] as PageCommandId[];

/** The Format and Insert commands of the command table, carried out in the body editor. */
export function registerBodyCommands(editorRef: RefObject<LexicalEditor | null>): () => void {
  const handler = (command: PageCommandId): CommandHandler => ({
    run: () => {
      if (editorRef.current) runBodyCommand(editorRef.current, command);
    },
    isEnabled: () => editorRef.current !== null && canRun(editorRef.current, command),
  });
  return registerCommandHandlers(Object.fromEntries(BODY_COMMANDS.map((command) => [command, handler(command)])));
}
