import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { attachDecisionUndo } from './decision-undo';

/**
 * Undo and redo of accepted and rejected suggestions in the body editor's Undo and Redo. Edit ▸ Undo
 * and Redo and their keys elsewhere (the review panel, a suggestion's card, the fields) reach them
 * through the undo and redo commands (editor/undo-redo.ts).
 */
export function DecisionUndoPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => attachDecisionUndo(editor), [editor]);
  return null;
}
