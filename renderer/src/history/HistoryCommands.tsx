import { useEffect, useState, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import type { VersionMeta } from '../../../core/versions/version-file';
import { host } from '../host';
import { useArticleStore } from '../store/article-store';
import { articleOnScreen, saveArticle } from '../session/session';
import { editRevision } from '../session/autosave-revision';
import { formatWhen } from '../recovery/CopyPreview';
import { registerCommandHandlers } from '../commands/command-registry';
import { HistoryDialog } from './HistoryDialog';

const store = () => useArticleStore.getState();
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

type Toast = { text: string; undoVersionId?: string } | null;

/** Saves what is on screen when it has changes (or was never saved, or `always`); false if that failed. */
export async function savePending(editor: LexicalEditor | null, always = false): Promise<boolean> {
  if (!always && !editRevision.isDirty() && store().saveState.kind !== 'never-saved') return true;
  return saveArticle(editor, { quiet: true });
}

/**
 * Restores a version: the text on screen is saved first and snapshotted by the host (so the restore
 * can be undone), then the version becomes the draft and the editor shows it.
 */
async function restore(editor: LexicalEditor | null, versionId: string): Promise<string | null> {
  if (!(await savePending(editor))) throw new Error('The text on screen could not be saved first, so nothing was restored.');
  const { article, undoVersionId } = await host.restoreVersion({ draftId: store().metadata.id, versionId, current: articleOnScreen(editor) });
  store().load(article);
  return undoVersionId;
}

/** The History and Compare Versions… commands: the history dialog and the "Restored. Undo" notice. */
export function HistoryCommands({ editorRef }: { editorRef: RefObject<LexicalEditor | null> }) {
  /** Open, and whether it opened on “Compare with…” (Review ▸ Compare Versions…). */
  const [open, setOpen] = useState<false | 'list' | 'compare'>(false);
  const [toast, setToast] = useState<Toast>(null);
  const draftId = useArticleStore((state) => state.metadata.id);

  const run = async (work: () => Promise<Toast>) => {
    try {
      setToast(await work());
    } catch (error) {
      setToast({ text: describe(error) });
    }
  };

  const onRestore = (version: VersionMeta) => {
    setOpen(false);
    void run(async () => {
      const undoVersionId = await restore(editorRef.current, version.id);
      return { text: `Restored the version of ${formatWhen(version.createdAt)}.`, ...(undoVersionId ? { undoVersionId } : {}) };
    });
  };

  useEffect(() => registerCommandHandlers({ history: { run: () => setOpen('list') }, 'history.compare': { run: () => setOpen('compare') } }), []);

  return (
    <>
      {open && <HistoryDialog draftId={draftId} savePending={() => savePending(editorRef.current)} currentArticle={() => articleOnScreen(editorRef.current)} startWithCompare={open === 'compare'} onRestore={onRestore} onClose={() => setOpen(false)} />}
      {toast && (
        <div className="history-toast" role="status">
          <span>{toast.text}</span>
          {toast.undoVersionId && (
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                const undoVersionId = toast.undoVersionId;
                if (undoVersionId)
                  void run(async () => {
                    await restore(editorRef.current, undoVersionId);
                    return { text: 'Restore undone.' };
                  });
              }}
            >
              Undo
            </button>
          )}
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => setToast(null)}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </>
  );
}
