import { useEffect } from 'react';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useArticleStore } from '../store/article-store';

/** Flags the article as changed on the first body edit after a save: one boolean, nothing copied. */
export function UnsavedChangesPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        // Loading and plugins re-normalizing the loaded body (tagged history-merge) are not edits.
        if (prevEditorState.isEmpty() || tags.has(HISTORY_MERGE_TAG)) return;
        if (dirtyElements.size > 0 || dirtyLeaves.size > 0) useArticleStore.getState().markUnsaved();
      }),
    [editor],
  );
  return null;
}
