import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useArticleStore } from '../store/article-store';
import { isBodyEdit } from './edit-tags';

/** Flags the article as changed on the first body edit after a save: one boolean, nothing copied. */
export function UnsavedChangesPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener((update) => {
        if (isBodyEdit(update)) useArticleStore.getState().markUnsaved();
      }),
    [editor],
  );
  return null;
}
