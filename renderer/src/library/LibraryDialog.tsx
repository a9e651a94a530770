import { useId, useRef, useState } from 'react';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../core/article/article-schema';
import type { IncomingCompareOffer, LibraryEntry } from '../../../core/host-api/contract';
import { STATUS_LABELS } from '../app/AppBar';
import { host } from '../host';
import { useArticleStore } from '../store/article-store';
import { useModalDialog } from '../recovery/use-modal-dialog';
import { DraftRows } from './DraftRows';
import { TrashView } from './TrashView';
import { DraftsFolder } from './DraftsFolder';
import { useLibraryListing, type LibraryQuery, type LibrarySort } from './use-library-listing';
import './library.css';

interface LibraryDialogProps {
  /** Saves the text on screen (before a copy of it is written; `always` after the library moved); false if that failed. */
  savePending(always?: boolean): Promise<boolean>;
  /** `notice`: what to tell the user once it is open (files a brought-in draft left out); `compare`: a copy of it came back, to compare. */
  onOpenDraft(draft: { id: string; headline: string }, notice?: string, compare?: IncomingCompareOffer): void;
  onOpenFile(): void;
  onClose(): void;
}

type Notice = { text: string; undo?: () => Promise<void> } | null;

const SORT_LABELS: Record<LibrarySort, string> = { modified: 'Last modified', created: 'Created', headline: 'Headline' };
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const named = (entry: LibraryEntry) => (entry.kind === 'draft' ? entry.headline || 'Untitled' : 'Unreadable draft');

/**
 * The drafts library: every draft with its status, byline, word count and last change; search
 * (headline and body), sort and status filter; open, duplicate, move to the trash (undoable), and
 * the trash itself (restore, empty). Opened with File ▸ Open… or Ctrl+O.
 */
export function LibraryDialog({ savePending, onOpenDraft, onOpenFile, onClose }: LibraryDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [query, setQuery] = useState<LibraryQuery>({ search: '', sort: 'modified', status: 'all' });
  const { listing, refresh } = useLibraryListing(query);
  const [active, setActive] = useState(0);
  // The first listing puts focus on the newest draft, so Enter opens it.
  const [focusActive, setFocusActive] = useState(true);
  const [showTrash, setShowTrash] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const openId = useArticleStore((state) => state.metadata.id);
  useModalDialog(dialogRef, onClose);

  const entries = listing.kind === 'ready' ? listing.entries : [];
  const current = entries[Math.min(active, entries.length - 1)];

  const change = (patch: Partial<LibraryQuery>) => {
    setQuery((previous) => ({ ...previous, ...patch }));
    setActive(0);
  };

  const act = async (work: () => Promise<Notice>) => {
    setBusy(true);
    try {
      setNotice(await work());
      refresh();
    } catch (error) {
      setNotice({ text: describe(error) });
    } finally {
      setBusy(false);
    }
  };

  const open = (entry: LibraryEntry) => {
    if (entry.kind === 'unreadable') {
      setNotice({ text: `This draft cannot be opened: ${entry.problem}` });
      return;
    }
    onOpenDraft(entry);
  };

  const duplicate = (entry: LibraryEntry) =>
    act(async () => {
      const { article } = await host.duplicateDraft({ id: entry.id });
      return { text: `Duplicated as “${article.headline || 'Untitled'}”.` };
    });

  const moveToTrash = (entry: LibraryEntry) => {
      if (entry.id === openId) {
        setNotice({ text: 'The draft open in the editor cannot be moved to the trash. Open another draft first.' });
        return;
      }
      void act(async () => {
        const trashed = await host.deleteDraft({ id: entry.id });
        return {
          text: `Moved “${named(entry)}” to the trash.`,
          undo: async () => {
            await host.restoreFromTrash({ trashId: trashed.trashId });
          },
        };
      });
  };

  const importFile = () =>
    act(async () => {
      const imported = await host.importPortableDraft({});
      if (!imported) return null;
      onOpenDraft(imported.article, imported.notes.length > 0 ? imported.notes.join(' ') : undefined, imported.compare);
      return null;
    });

  const saveCopy = () =>
    act(async () => {
      if (!(await savePending())) throw new Error('The open draft could not be saved, so no copy was written.');
      const written = await host.saveCopyAs({ draftId: openId });
      return written ? { text: `Saved a copy of the open draft as ${written.file}.` } : null;
    });

  return (
    <dialog ref={dialogRef} className="open-dialog library-dialog" aria-labelledby={titleId}>
      <div className="dialog-head">
        <h2 id={titleId}>{showTrash ? 'Trash' : 'Open a draft'}</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>

      {showTrash ? (
        <TrashView
          onBack={() => {
            setShowTrash(false);
            refresh();
          }}
        />
      ) : (
        <>
          <div className="library-controls" role="search">
            <input
              type="search"
              className="field-input library-search"
              aria-label="Search drafts"
              placeholder="Search headlines and text"
              value={query.search}
              onChange={(event) => change({ search: event.target.value })}
              onKeyDown={(event) => {
                if (event.key === 'ArrowDown' && entries.length > 0) {
                  event.preventDefault();
                  setFocusActive(true);
                }
              }}
            />
            <label className="library-select">
              <span>Sort</span>
              <select value={query.sort} onChange={(event) => change({ sort: event.target.value as LibrarySort })}>
                {Object.entries(SORT_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label className="library-select">
              <span>Status</span>
              <select value={query.status} onChange={(event) => change({ status: event.target.value as ArticleStatus | 'all' })}>
                <option value="all">All</option>
                {ARTICLE_STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {STATUS_LABELS[value]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="library-count" role="status">
            {listing.kind === 'loading' && 'Loading drafts…'}
            {listing.kind === 'ready' &&
              (entries.length === 0
                ? query.search || query.status !== 'all'
                  ? 'No drafts match.'
                  : 'No saved drafts yet.'
                : `${entries.length.toLocaleString()} ${entries.length === 1 ? 'draft' : 'drafts'}${query.search || query.status !== 'all' ? ' found' : ''}`)}
          </p>
          {listing.kind === 'failed' && (
            <p role="alert" className="field-problem library-notice">
              Could not list the drafts. {listing.reason}
            </p>
          )}
          {entries.length > 0 && (
            <DraftRows
              entries={entries}
              active={Math.min(active, entries.length - 1)}
              onActivate={(index) => {
                setActive(index);
                setFocusActive(true);
              }}
              onOpen={open}
              onDelete={moveToTrash}
              focusActive={focusActive}
              onFocused={() => setFocusActive(false)}
            />
          )}
          {current && (
            <div className="library-selection" role="group" aria-label="Selected draft">
              <span className="library-selection-name" dir="auto">
                {named(current)}
              </span>
              <button type="button" className="button button-small" disabled={busy || current.kind !== 'draft'} onClick={() => void duplicate(current)}>
                Duplicate
              </button>
              <button type="button" className="button button-small" disabled={busy} onClick={() => moveToTrash(current)}>
                Move to trash
              </button>
            </div>
          )}
        </>
      )}

      {!showTrash && (
        <DraftsFolder
          onChanged={() => {
            // The open draft goes with the library: saved into the new folder.
            void savePending(true).finally(refresh);
          }}
        />
      )}

      {notice && (
        <div className="library-notice" role="status" aria-live="polite">
          <span>{notice.text}</span>
          {notice.undo && (
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                const undo = notice.undo;
                if (undo) void act(async () => (await undo(), { text: 'Restored from the trash.' }));
              }}
            >
              Undo
            </button>
          )}
        </div>
      )}

      <div className="dialog-actions">
        <div className="button-row">
          <button type="button" className="button" onClick={onOpenFile}>
            Open file…
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void importFile()}>
            Import draft file…
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void saveCopy()}>
            Save a copy as…
          </button>
        </div>
        <div className="button-row">
          {!showTrash && (
            <button type="button" className="button button-quiet" onClick={() => setShowTrash(true)}>
              Trash
            </button>
          )}
          <button type="button" className="button button-quiet" onClick={onClose}>
            Cancel
          </button>
        </div>
      </div>
    </dialog>
  );
}
