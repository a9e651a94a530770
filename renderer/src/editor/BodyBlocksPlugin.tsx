import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelection, $setSelection, COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_HIGH, DRAGOVER_COMMAND, DROP_COMMAND, mergeRegister } from 'lexical';
import { $insertImage, INSERT_IMAGE_COMMAND, insertImageFiles } from './insert-blocks';
import { $normalizeFactBox, FactBoxNode } from './nodes/FactBoxNode';
import { registerTableHeaderPlaceholders } from './table-header-placeholder';
import { registerTabAddsTableRow } from './table-keys';

function droppedImages(event: DragEvent): File[] {
  return [...(event.dataTransfer?.files ?? [])].filter((file) => file.type.startsWith('image/'));
}

/**
 * The body's own blocks: inserting pictures (from the Insert menu, a drop or a paste), keeping fact
 * boxes whole, Tab in a table's last cell adding a row, empty header cells named. Pictures dropped on the body go where they were dropped; dropped elsewhere on the
 * window they still become the lead image (native/use-native-shell.ts).
 */
export function BodyBlocksPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(FactBoxNode, $normalizeFactBox),
        registerTabAddsTableRow(editor),
        registerTableHeaderPlaceholders(editor),
        editor.registerCommand(
          INSERT_IMAGE_COMMAND,
          (image) => {
            $insertImage(image);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (droppedImages(event).length === 0 && !event.dataTransfer?.types.includes('Files')) return false;
            event.preventDefault();
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            const images = droppedImages(event);
            if (images.length === 0) return false;
            event.preventDefault();
            const range = document.caretRangeFromPoint(event.clientX, event.clientY);
            if (range) {
              const selection = $createRangeSelection();
              selection.applyDOMRange(range);
              $setSelection(selection);
            }
            void insertImageFiles(editor, images);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}
