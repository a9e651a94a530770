import { useEffect, useState } from 'react';
import { $getSelection, $isRangeSelection, CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW, mergeRegister, type LexicalEditor } from 'lexical';
import { $isLinkNode } from '@lexical/link';
import { $isTableCellNode } from '@lexical/table';
import { $findMatchingParent } from '@lexical/utils';
import { $blockTypeOf, type BlockType } from './block-types';

export interface SelectionFormat {
  blockType: BlockType;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  inLink: boolean;
  /** The caret is in a table cell: the toolbar offers the table's row and column actions. */
  inTable: boolean;
}

const INITIAL: SelectionFormat = { blockType: 'paragraph', bold: false, italic: false, underline: false, strikethrough: false, inLink: false, inTable: false };

function sameFormat(a: SelectionFormat, b: SelectionFormat): boolean {
  return (Object.keys(a) as Array<keyof SelectionFormat>).every((key) => a[key] === b[key]);
}

/**
 * What the toolbar shows for the current selection. Reads only the selection on each update, and
 * re-renders only when the answer changes, so typing a word costs a few property reads.
 */
export function useSelectionFormat(editor: LexicalEditor): SelectionFormat & { canUndo: boolean; canRedo: boolean } {
  const [format, setFormat] = useState(INITIAL);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return null;
            const anchor = selection.anchor.getNode();
            return {
              blockType: $blockTypeOf(anchor),
              bold: selection.hasFormat('bold'),
              italic: selection.hasFormat('italic'),
              underline: selection.hasFormat('underline'),
              strikethrough: selection.hasFormat('strikethrough'),
              inLink: $findMatchingParent(anchor, $isLinkNode) !== null,
              inTable: $findMatchingParent(anchor, $isTableCellNode) !== null,
            };
          });
          if (next) setFormat((previous) => (sameFormat(previous, next) ? previous : next));
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (possible) => (setCanUndo(possible), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (possible) => (setCanRedo(possible), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  return { ...format, canUndo, canRedo };
}
