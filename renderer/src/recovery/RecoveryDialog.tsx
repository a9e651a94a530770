import { useEffect, useId, useRef, useState } from 'react';
import type { HostCallResult } from '../../../core/host-api/contract';
import type { Article } from '../../../core/article/article-schema';
import { host } from '../host';
import { useArticleStore } from '../store/article-store';
import { editRevision } from '../session/autosave-revision';
import { CopyPreview } from './CopyPreview';
import { useModalDialog } from './use-modal-dialog';

type Pending = NonNullable<HostCallResult<'getRecovery'>>;

const store = () => useArticleStore.getState();
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Puts the kept copy on screen when it is the draft there, or when the screen holds nothing typed yet. */
function show(article: Article): void {
  const onScreen = store().metadata.id === article.id;
  const untouched = !editRevision.isDirty() && store().saveState.kind === 'never-saved';
  if (onScreen || untouched) store().load(article);
}

/**
 * On start: text the app held when it last died, if it differs from the file on disk. With no file
 * on disk there is nothing to weigh, so the text is simply recovered; otherwise the user chooses,
 * with both copies side by side. The copy not chosen is kept as a version by the host.
 */
export function RecoveryDialog() {
  const [queue, setQueue] = useState<Pending[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        const recoveries = await host.listRecoveries({});
        const found: Pending[] = [];
        for (const { draftId } of recoveries) {
          const pending = await host.getRecovery({ draftId });
          if (!pending) continue;
          if (pending.disk || pending.diskProblem) found.push(pending);
          else show((await host.resolveRecovery({ draftId, keep: 'recovered' })).article);
        }
        if (current) setQueue(found);
      } catch (error) {
        store().showAlert(`Could not check for text to recover. ${describe(error)} Nothing was changed.`);
      }
    })();
    return () => {
      current = false;
    };
  }, []);

  const pending = queue[0];
  if (!pending) return null;

  const choose = async (keep: 'recovered' | 'disk') => {
    setBusy(true);
    try {
      show((await host.resolveRecovery({ draftId: pending.draftId, keep })).article);
      setQueue((rest) => rest.slice(1));
    } catch (error) {
      store().showAlert(`Could not keep that copy. ${describe(error)} Both copies are still there.`);
    } finally {
      setBusy(false);
    }
  };

  return <RecoveryChoice key={pending.draftId} pending={pending} busy={busy} onChoose={(keep) => void choose(keep)} />;
}

function RecoveryChoice({ pending, busy, onChoose }: { pending: Pending; busy: boolean; onChoose(keep: 'recovered' | 'disk'): void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const introId = useId();
  useModalDialog(dialogRef);
  const headline = pending.recovered.article.headline || 'Untitled';

  return (
    <dialog ref={dialogRef} className="open-dialog copy-dialog" aria-labelledby={titleId} aria-describedby={introId}>
      <div className="dialog-head">
        <h2 id={titleId}>Recover unsaved text</h2>
      </div>
      <p id={introId} className="copy-dialog-intro">
        Copydesk closed before “{headline}” was saved. The text it was holding differs from the saved file. Choose which to keep; the other is
        kept in the draft’s history.
      </p>
      {/* It scrolls when the copies are long, so it is a Tab stop: the keyboard can scroll it. */}
      <div className="copy-pair" tabIndex={0} role="group" aria-label="Both copies side by side">
        <CopyPreview title="Recovered text" at={pending.writtenAt} article={pending.recovered.article} paragraphs={4} />
        {pending.disk ? (
          <CopyPreview title="Saved file" at={pending.disk.preview.updatedAt} article={pending.disk.article} paragraphs={4} />
        ) : (
          <section className="copy-preview" aria-label="Saved file">
            <h3 className="copy-preview-title">Saved file</h3>
            <p role="alert" className="field-problem copy-preview-page">
              {pending.diskProblem}
            </p>
          </section>
        )}
      </div>
      <div className="dialog-actions copy-dialog-actions">
        <button type="button" className="button" disabled={busy || !pending.disk} onClick={() => onChoose('disk')}>
          Keep saved file
        </button>
        <button type="button" className="button button-primary" disabled={busy} onClick={() => onChoose('recovered')} data-autofocus>
          Keep recovered text
        </button>
      </div>
    </dialog>
  );
}
