import { useEffect, useRef, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import { isBodyEdit } from '../editor/edit-tags';
import { useArticleStore } from '../store/article-store';
import { useConflictStore } from '../conflict/conflict-store';
import { host } from '../host';
import { articleOnScreen, saveArticleOutcome } from './session';
import { editRevision } from './autosave-revision';
import { createAutosave, type Autosave, type SaveOutcome } from './autosave';

const store = () => useArticleStore.getState();

function runWhenIdle(task: () => void, timeoutMs: number): () => void {
  const handle = window.requestIdleCallback(task, { timeout: timeoutMs });
  return () => window.cancelIdleCallback(handle);
}

function setTimer(task: () => void, ms: number): () => void {
  const handle = window.setTimeout(task, ms);
  return () => window.clearTimeout(handle);
}

async function writeRecovery(editor: LexicalEditor | null): Promise<void> {
  const revision = editRevision.current();
  const article = articleOnScreen(editor);
  try {
    await host.writeRecovery({ draftId: article.id, article: JSON.stringify(article), revision });
  } catch {
    // The save path reports problems; a missed recovery copy is retried with the next edit.
  }
}

function noteEdit(autosave: Autosave | null): void {
  editRevision.bump();
  autosave?.noteChange();
}

async function save(editor: LexicalEditor | null): Promise<SaveOutcome> {
  const outcome = await saveArticleOutcome(editor, { quiet: true });
  if (outcome === 'conflict') useConflictStore.getState().raise(store().metadata.id);
  return outcome;
}

/**
 * Autosave (see autosave.ts for the rule). An edit only bumps a counter and re-arms timers; the
 * body is serialized inside the save. Also keeps the status bar in step with the host's own save
 * retries, and answers the host's flushRequested before a close.
 */
export function useAutosave(editorRef: RefObject<LexicalEditor | null>): void {
  const revision = useArticleStore((state) => state.document.revision);
  const autosaveRef = useRef<Autosave | null>(null);

  useEffect(() => {
    const autosave = createAutosave({
      isDirty: () => editRevision.isDirty(),
      save: () => save(editorRef.current),
      writeRecovery: () => writeRecovery(editorRef.current),
      runWhenIdle,
      setTimer,
    });
    autosaveRef.current = autosave;

    const stopMetadata = useArticleStore.subscribe((state, previous) => {
      if (state.metadata !== previous.metadata && state.document.revision === previous.document.revision) noteEdit(autosave);
    });
    const stopConflict = useConflictStore.subscribe((state) => (state.draftId ? autosave.pause() : autosave.resume()));
    const stopFlush = host.subscribe('flushRequested', () => {
      void autosave.flush().finally(() => void host.flushDone({}).catch(() => undefined));
    });
    const stopStatus = host.subscribe('saveStatusChanged', (status) => {
      if (status.draftId !== store().metadata.id || store().saveState.kind === 'saving') return;
      if (status.state === 'failed') store().setSaveState({ kind: 'failed', reason: status.message });
      else if (!editRevision.isDirty()) store().setSaveState({ kind: 'saved', savedAt: status.savedAt });
    });
    return () => {
      stopMetadata();
      stopConflict();
      stopFlush();
      stopStatus();
      autosave.dispose();
      autosaveRef.current = null;
    };
  }, [editorRef]);

  // Each loaded article gets a new editor (App remounts it); its edits feed the autosave.
  useEffect(() => {
    editRevision.markAllSaved();
    // Another draft is on screen (opened from the OS, say): an unresolved prompt about the previous one no longer pauses saving.
    const conflict = useConflictStore.getState();
    if (conflict.draftId && conflict.draftId !== store().metadata.id) conflict.settle();
    const editor = editorRef.current;
    if (!editor) return;
    return editor.registerUpdateListener((update) => {
      if (isBodyEdit(update)) noteEdit(autosaveRef.current);
    });
  }, [editorRef, revision]);
}
