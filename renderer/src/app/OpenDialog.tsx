import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { DraftSummary } from '../../../core/host-api/contract';
import { STATUS_LABELS } from './AppBar';
import { host } from '../host';

interface OpenDialogProps {
  onOpenDraft(draft: DraftSummary): void;
  onOpenFile(): void;
  onClose(): void;
}

const modified = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

type Listing = { kind: 'loading' } | { kind: 'ready'; drafts: DraftSummary[] } | { kind: 'failed'; reason: string };

/** Lists the saved drafts, newest first; arrow keys move through them, Enter opens one. */
export function OpenDialog({ onOpenDraft, onOpenFile, onClose }: OpenDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  useEffect(() => {
    let current = true;
    host
      .listDrafts({})
      .then((drafts) => {
        if (current) setListing({ kind: 'ready', drafts: [...drafts].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) });
      })
      .catch((error: unknown) => {
        if (current) setListing({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (listing.kind === 'ready') listRef.current?.querySelector('button')?.focus();
  }, [listing]);

  const moveFocus = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = Array.from(event.currentTarget.querySelectorAll('button'));
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const target = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(target, buttons.length - 1))]?.focus();
  };

  return (
    <dialog ref={dialogRef} className="open-dialog" aria-labelledby={titleId} onClose={onClose}>
      <header className="dialog-head">
        <h2 id={titleId}>Open a draft</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {listing.kind === 'loading' && <p className="dialog-note">Loading drafts…</p>}
      {listing.kind === 'failed' && (
        <p role="alert" className="field-problem">
          Could not list the drafts. {listing.reason}
        </p>
      )}
      {listing.kind === 'ready' && listing.drafts.length === 0 && <p className="dialog-note">No saved drafts yet.</p>}
      {listing.kind === 'ready' && listing.drafts.length > 0 && (
        <ul ref={listRef} className="draft-list" aria-label="Drafts" onKeyDown={moveFocus}>
          {listing.drafts.map((draft) => (
            <li key={draft.id}>
              <button type="button" className="draft-item" onClick={() => onOpenDraft(draft)}>
                <span className={draft.headline ? 'draft-headline' : 'draft-headline draft-untitled'} dir="auto">
                  {draft.headline || 'Untitled'}
                </span>
                <span className="draft-meta">
                  <span className={`status-pill status-${draft.status}`}>{STATUS_LABELS[draft.status]}</span>
                  <span dir="auto">{draft.bylines.length ? draft.bylines.join(', ') : 'No byline'}</span>
                  <span>{draft.wordCount} words</span>
                  <span>Modified {modified.format(new Date(draft.updatedAt))}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <footer className="dialog-actions">
        <button type="button" className="button" onClick={onOpenFile}>
          Open file…
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Cancel
        </button>
      </footer>
    </dialog>
  );
}
