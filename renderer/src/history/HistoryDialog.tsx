import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Article } from '../../../core/article/article-schema';
import type { VersionListEntry, VersionMeta, VersionReason } from '../../../core/versions/version-file';
import { STATUS_LABELS } from '../app/AppBar';
import { host } from '../host';
import { CopyPreview, formatWhen } from '../recovery/CopyPreview';
import { useModalDialog } from '../recovery/use-modal-dialog';
import './history.css';

export const REASON_LABELS: Record<VersionReason, string> = {
  idle: 'Automatic, after a break',
  'status-change': 'Status changed',
  export: 'Exported',
  manual: 'Saved by hand',
  'before-restore': 'Before a restore',
  'external-change': 'Changed on disk by another program',
  conflict: 'Copy not kept in a conflict',
  handoff: 'Hand-off point',
  'before-merge': 'Before an incoming copy was kept',
  incoming: 'Incoming copy, as it arrived',
};

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface HistoryDialogProps {
  draftId: string;
  /** Saves the text on screen, so a version holds what the reporter sees. */
  savePending(): Promise<boolean>;
  onRestore(version: VersionMeta): void;
  onClose(): void;
}

type Preview = { meta: VersionMeta; article: Article };

/** The draft's versions, newest first: save one with a label, preview one read-only, restore one. */
export function HistoryDialog({ draftId, savePending, onRestore, onClose }: HistoryDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const labelId = useId();
  const [versions, setVersions] = useState<VersionListEntry[] | null>(null);
  const [label, setLabel] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  useModalDialog(dialogRef, preview ? () => setPreview(null) : onClose);

  const load = useCallback(() => {
    host
      .listVersions({ draftId })
      .then(setVersions)
      .catch((error: unknown) => setMessage(`Could not list the versions. ${describe(error)}`));
  }, [draftId]);
  useEffect(load, [load]);

  const saveVersion = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      if (!(await savePending())) throw new Error('The text on screen could not be saved first, so no version was made.');
      const meta = await host.saveVersion({ draftId, label: label.trim() });
      setMessage(`Saved version “${meta.label || formatWhen(meta.createdAt)}”.`);
      setLabel('');
      load();
    } catch (error) {
      setMessage(describe(error));
    } finally {
      setBusy(false);
    }
  };

  const showPreview = async (id: string) => {
    try {
      setPreview(await host.loadVersion({ draftId, versionId: id }));
      setMessage(null);
    } catch (error) {
      setMessage(`Could not open that version. ${describe(error)}`);
    }
  };

  return (
    <dialog ref={dialogRef} className="open-dialog history-dialog" aria-labelledby={titleId}>
      <div className="dialog-head">
        <h2 id={titleId}>{preview ? `Version of ${formatWhen(preview.meta.createdAt)}` : 'History'}</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {message && (
        <p className="library-notice history-message" role="status">
          {message}
        </p>
      )}
      {preview ? (
        <>
          {/* It scrolls, so it is a Tab stop: the keyboard can scroll it. */}
          <div className="history-preview" tabIndex={0} role="region" aria-labelledby={titleId}>
            <CopyPreview title={preview.meta.label || REASON_LABELS[preview.meta.reason]} at={preview.meta.createdAt} article={preview.article} />
          </div>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setPreview(null)}>
              ← Back to history
            </button>
            <button type="button" className="button button-primary" onClick={() => onRestore(preview.meta)}>
              Restore this version
            </button>
          </div>
        </>
      ) : (
        <>
          <form className="history-save" onSubmit={(event) => void saveVersion(event)}>
            <label htmlFor={labelId}>Save version…</label>
            <input
              id={labelId}
              className="field-input"
              placeholder="Label, e.g. “Sent to the desk”"
              maxLength={200}
              value={label}
              onChange={(event) => setLabel(event.target.value)}
            />
            <button type="submit" className="button button-primary" disabled={busy}>
              Save version
            </button>
          </form>
          {versions && versions.length === 0 && <p className="dialog-note">No versions yet. Copydesk keeps one after a break, on each status change and export, and whenever you save one here.</p>}
          {versions && versions.length > 0 && (
            <ul className="history-rows" aria-label="Versions">
              {versions.map((version) => (
                <li key={version.id} className="history-row">
                  {version.readable ? (
                    <>
                      <span className="history-row-text">
                        <span className="history-when">
                          {formatWhen(version.createdAt)}
                          {version.label && <span className="history-label">{version.label}</span>}
                        </span>
                        <span className="library-meta">
                          <span className={`status-pill status-${version.status}`}>{STATUS_LABELS[version.status]}</span>
                          <span>{version.wordCount} words</span>
                          <span>{REASON_LABELS[version.reason]}</span>
                          <span dir="auto" className="history-headline">
                            {version.headline || 'Untitled'}
                          </span>
                        </span>
                      </span>
                      <span className="button-row">
                        <button type="button" className="button button-small" aria-label={`Preview version of ${formatWhen(version.createdAt)}${version.label ? `, ${version.label}` : ''}`} onClick={() => void showPreview(version.id)}>
                          Preview
                        </button>
                        <button type="button" className="button button-small" aria-label={`Restore version of ${formatWhen(version.createdAt)}${version.label ? `, ${version.label}` : ''}`} onClick={() => onRestore(version)}>
                          Restore
                        </button>
                      </span>
                    </>
                  ) : (
                    <span className="history-row-text">
                      <span className="history-when">{version.createdAt ? formatWhen(version.createdAt) : version.id}</span>
                      <span className="field-problem">Unreadable version: {version.problem}</span>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <div className="dialog-actions">
            <span />
            <button type="button" className="button button-quiet" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
