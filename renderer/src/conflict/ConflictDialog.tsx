import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import { HostError, type HostCallResult } from '../../../core/host-api/contract';
import type { Article } from '../../../core/article/article-schema';
import { host } from '../host';
import { useArticleStore } from '../store/article-store';
import { articleOnScreen } from '../session/session';
import { editRevision } from '../session/autosave-revision';
import { CopyPreview } from '../recovery/CopyPreview';
import { useModalDialog } from '../recovery/use-modal-dialog';
import { useConflictStore } from './conflict-store';

type Comparison = HostCallResult<'compareWithDisk'> & { mine: Article };

const store = () => useArticleStore.getState();
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Another program changed the open draft's file. Nothing is saved over it until the user picks:
 * Reload (theirs; mine is kept as a version), Keep mine (theirs is kept as a version), or first
 * Compare the two side by side.
 */
export function ConflictDialog({ editorRef }: { editorRef: RefObject<LexicalEditor | null> }) {
  const draftId = useConflictStore((state) => state.draftId);

  useEffect(
    () =>
      host.subscribe('draftChangedOnDisk', ({ draftId: changed }) => {
        if (changed === store().metadata.id) useConflictStore.getState().raise(changed);
      }),
    [],
  );

  if (!draftId || draftId !== store().metadata.id) return null;
  return <ConflictPrompt key={draftId} draftId={draftId} editorRef={editorRef} />;
}

function ConflictPrompt({ draftId, editorRef }: { draftId: string; editorRef: RefObject<LexicalEditor | null> }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const introId = useId();
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The drafts folder itself is gone (a removed drive): mine can only be kept in another folder.
  const [folderGone, setFolderGone] = useState(false);
  useModalDialog(dialogRef);

  const compare = async () => {
    setBusy(true);
    try {
      const mine = articleOnScreen(editorRef.current);
      setComparison({ ...(await host.compareWithDisk({ draftId })), mine });
      setProblem(null);
    } catch (error) {
      setProblem(`Could not read the file to compare. ${describe(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const resolve = async (choice: 'reload' | 'keep-mine') => {
    setBusy(true);
    try {
      const revision = editRevision.current();
      const { article } = await host.resolveDiskConflict({ draftId, choice, mine: articleOnScreen(editorRef.current) });
      if (choice === 'reload') store().load(article);
      else {
        editRevision.savedUpTo(revision);
        store().setSaveState({ kind: 'saved', savedAt: new Date().toISOString() });
      }
      useConflictStore.getState().settle();
    } catch (error) {
      setProblem(describe(error));
      setFolderGone(error instanceof HostError && error.code === 'drafts-folder-missing');
      setBusy(false);
    }
  };

  const keepMineElsewhere = async () => {
    try {
      if (!(await host.chooseDraftsFolder({}))) return;
    } catch (error) {
      setProblem(describe(error));
      return;
    }
    await resolve('keep-mine');
  };

  return (
    <dialog ref={dialogRef} role="alertdialog" className="open-dialog copy-dialog" aria-labelledby={titleId} aria-describedby={introId}>
      <div className="dialog-head">
        <h2 id={titleId}>This draft changed on disk</h2>
      </div>
      <p id={introId} className="copy-dialog-intro">
        Another program (a sync tool, perhaps) changed this draft’s file while it was open here. Nothing has been saved over it. Your text is
        kept here meanwhile; whichever copy you do not keep is saved in the draft’s history.
      </p>
      {problem && (
        <p role="alert" className="field-problem copy-dialog-intro">
          {problem}
        </p>
      )}
      {/* It scrolls when the copies are long, so it is a Tab stop: the keyboard can scroll it. */}
      {comparison && (
        <div className="copy-pair" tabIndex={0} role="group" aria-label="Both copies side by side">
          <CopyPreview title="Your text" at={comparison.mine.updatedAt} article={comparison.mine} />
          {comparison.disk ? (
            <CopyPreview title="On disk now" at={comparison.disk.preview.updatedAt} article={comparison.disk.article} />
          ) : (
            <section className="copy-preview" aria-label="On disk now">
              <h3 className="copy-preview-title">On disk now</h3>
              <p className="field-problem copy-preview-page">{comparison.diskProblem}</p>
            </section>
          )}
        </div>
      )}
      <div className="dialog-actions copy-dialog-actions">
        <button
          type="button"
          className="button button-quiet dialog-actions-start"
          aria-expanded={comparison !== null}
          disabled={busy}
          onClick={() => (comparison ? setComparison(null) : void compare())}
          data-autofocus
        >
          {comparison ? 'Hide comparison' : 'Compare'}
        </button>
        {folderGone && (
          <button type="button" className="button" disabled={busy} onClick={() => void keepMineElsewhere()}>
            Keep mine in another folder…
          </button>
        )}
        <button type="button" className="button" disabled={busy} onClick={() => void resolve('reload')}>
          Reload
        </button>
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void resolve('keep-mine')}>
          Keep mine
        </button>
      </div>
    </dialog>
  );
}
