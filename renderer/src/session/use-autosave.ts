import { useEffect, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import { useArticleStore } from '../store/article-store';
import { saveArticle } from './session';

/** How long changes may sit unsaved. Saving reads the whole body, so it never runs per keystroke. */
export const AUTOSAVE_DELAY_MS = 5000;

/** Saves changes a few seconds after the first one, and retries at that pace after a failed save. */
export function useAutosave(editorRef: RefObject<LexicalEditor | null>): void {
  const unsaved = useArticleStore((state) => state.unsaved);
  const saving = useArticleStore((state) => state.saveState.kind === 'saving');
  useEffect(() => {
    if (!unsaved || saving) return;
    const timer = window.setTimeout(() => void saveArticle(editorRef.current, { quiet: true }), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [unsaved, saving, editorRef]);
}
