import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Article } from '../../../core/article/article-schema';
import type { VersionListEntry, VersionMeta, VersionReason } from '../../../core/versions/version-file';
import { STATUS_LABELS } from '../app/AppBar';
import { host } from '../host';
import { CopyPreview, formatWhen } from '../recovery/CopyPreview';
import { useModalDialog } from '../recovery/use-modal-dialog';
import { openCompare } from '../compare/compare-store';
import { useArticleStore } from '../store/article-store';
import { ReviewLog } from './ReviewLog';
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
  /** The text on screen, for “Compare with…” the text now. */
  currentArticle(): Article;
  /** Opened for “Compare with…”: focus goes to it once the versions are listed. */
  startWithCompare?: boolean;
  onRestore(version: VersionMeta): void;
  onClose(): void;
}

type Preview = { meta: VersionMeta; article: Article };
type ReadableVersion = Extract<VersionListEntry, { readable: true }>;

/** The draft's versions, newest first: save one with a label, preview one read-only, restore one. */
export function HistoryDialog({ draftId, savePending, currentArticle, startWithCompare = false, onRestore, onClose }: HistoryDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const labelId = useId();
  const compareId = useId();
  const [versions, setVersions] = useState<VersionListEntry[] | null>(null);
  const [label, setLabel] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [logShown, setLogShown] = useState(false);
  const log = useArticleStore((state) => state.metadata.review.log);
  /** Between the versions and the review log; focus goes to the button that comes back the other way. */
  const showLog = (shown: boolean) => {
    flushSync(() => setLogShown(shown));
    dialogRef.current?.querySelector<HTMLElement>(shown ? '[data-back-to-versions]' : '[data-review-log]')?.focus();
  };
  useModalDialog(dialogRef, preview ? () => setPreview(null) : logShown ? () => showLog(false) : onClose);

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

  const closeButton = (
    <button type="button" className="button button-quiet" onClick={onClose}>
      Close
    </button>
  );
  const readable = (versions ?? []).filter((version): version is ReadableVersion => version.readable);

  return (
    <dialog ref={dialogRef} className="open-dialog history-dialog" aria-labelledby={titleId}>
      <div className="dialog-head">
        <h2 id={titleId}>{preview ? `Version of ${formatWhen(preview.meta.createdAt)}` : logShown ? 'Review log' : 'History'}</h2>
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
      ) : logShown ? (
        <>
          <ReviewLog log={log} />
          <div className="dialog-actions">
            <button type="button" className="button" data-back-to-versions onClick={() => showLog(false)}>
              ← Back to history
            </button>
            {closeButton}
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
          {readable.length > 0 && (
            <CompareWith
              key={readable[0]?.id}
              versions={readable}
              labelId={compareId}
              autoFocus={startWithCompare}
              onCompare={(from, to) =>
                void compareVersions(draftId, from, to, currentArticle).catch((error: unknown) => setMessage(`Could not compare those versions. ${describe(error)}`))
              }
            />
          )}
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
            <button type="button" className="button" data-review-log onClick={() => showLog(true)}>
              Review log{log.length > 0 && ` (${log.length})`}
            </button>
            {closeButton}
          </div>
        </>
      )}
    </dialog>
  );
}

const NOW = 'now';

type Side = { label: string; at: string; article: Article };

function versionName(meta: Pick<VersionMeta, 'createdAt' | 'label'>): string {
  return `Version of ${formatWhen(meta.createdAt)}${meta.label ? `, ${meta.label}` : ''}`;
}

/** Opens the read-only redline between two versions, or a version and the text now, older on the left. */
async function compareVersions(draftId: string, from: string, to: string, currentArticle: () => Article): Promise<void> {
  const side = async (id: string): Promise<Side> => {
    if (id === NOW) return { label: 'The text now', at: new Date().toISOString(), article: currentArticle() };
    const { meta, article } = await host.loadVersion({ draftId, versionId: id });
    return { label: versionName(meta), at: meta.createdAt, article };
  };
  const [one, other] = await Promise.all([side(from), side(to)]);
  const [older, newer] = Date.parse(one.at) <= Date.parse(other.at) ? [one, other] : [other, one];
  openCompare({ mode: 'history', mine: older.article, theirs: newer.article, base: null, labels: { mine: older.label, theirs: newer.label } });
}

/** “Compare with…”: which version, with which other version or the text now. */
function CompareWith({ versions, labelId, autoFocus, onCompare }: { versions: readonly ReadableVersion[]; labelId: string; autoFocus: boolean; onCompare(from: string, to: string): void }) {
  const firstRef = useRef<HTMLSelectElement>(null);
  // When the versions appear: they load after the dialog opened.
  useEffect(() => {
    if (autoFocus) firstRef.current?.focus();
  }, [autoFocus]);
  const [from, setFrom] = useState(versions[0]?.id ?? '');
  const [to, setTo] = useState(NOW);
  const fromId = useId();
  const toId = useId();
  const options = versions.map((version) => (
    <option key={version.id} value={version.id}>
      {formatWhen(version.createdAt)}
      {version.label ? ` · ${version.label}` : ''}
    </option>
  ));
  return (
    <form
      className="history-compare"
      aria-labelledby={labelId}
      onSubmit={(event) => {
        event.preventDefault();
        onCompare(from, to);
      }}
    >
      <span id={labelId} className="history-compare-title">
        Compare with…
      </span>
      <label htmlFor={fromId} className="visually-hidden">
        Version to compare
      </label>
      <select ref={firstRef} id={fromId} className="field-input" value={from} onChange={(event) => setFrom(event.target.value)}>
        {options}
      </select>
      <span className="history-compare-with">with</span>
      <label htmlFor={toId} className="visually-hidden">
        Compare it with
      </label>
      <select id={toId} className="field-input" value={to} onChange={(event) => setTo(event.target.value)}>
        <option value={NOW}>The text now</option>
        {options}
      </select>
      <button type="submit" className="button" disabled={from === to}>
        Compare
      </button>
    </form>
  );
}
