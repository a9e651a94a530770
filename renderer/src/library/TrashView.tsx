import { useCallback, useEffect, useState } from 'react';
import type { HostCallResult } from '../../../core/host-api/contract';
import { host } from '../host';
import { formatWhen } from '../recovery/CopyPreview';

type TrashEntry = HostCallResult<'listTrash'>[number];

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Drafts moved to the trash: restore one, or erase them all for good after a confirmation. */
export function TrashView({ onBack }: { onBack(): void }) {
  const [entries, setEntries] = useState<TrashEntry[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(() => {
    host
      .listTrash({})
      .then(setEntries)
      .catch((error: unknown) => setMessage(`Could not list the trash. ${describe(error)}`));
  }, []);
  useEffect(load, [load]);

  const run = async (work: () => Promise<string>) => {
    try {
      setMessage(await work());
    } catch (error) {
      setMessage(describe(error));
    }
    setConfirming(false);
    load();
  };

  return (
    <div className="trash-view">
      <div className="library-controls">
        <button type="button" className="button button-small" onClick={onBack}>
          ← Back to drafts
        </button>
        {entries && entries.length > 0 && !confirming && (
          <button type="button" className="button button-small trash-empty" onClick={() => setConfirming(true)}>
            Empty trash…
          </button>
        )}
      </div>
      {confirming && (
        <div role="alert" className="trash-confirm">
          <p>
            Erase {entries?.length === 1 ? 'the draft' : `all ${entries?.length ?? 0} drafts`} in the trash for good? Their text, images and history
            cannot be brought back.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button-small button-danger"
              onClick={() => void run(async () => `Erased ${(await host.emptyTrash({})).erased} from the trash.`)}
            >
              Erase for good
            </button>
            <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
              Keep them
            </button>
          </div>
        </div>
      )}
      {message && (
        <p className="library-notice" role="status">
          {message}
        </p>
      )}
      {entries && entries.length === 0 && <p className="dialog-note">The trash is empty.</p>}
      {entries && entries.length > 0 && (
        <ul className="trash-rows" aria-label="Drafts in the trash">
          {entries.map((entry) => (
            <li key={entry.trashId} className="trash-row">
              <span className="trash-row-text">
                <span className={entry.headline ? 'library-headline' : 'library-headline library-untitled'} dir="auto">
                  {entry.headline === null ? 'Unreadable draft' : entry.headline || 'Untitled'}
                </span>
                <span className="library-meta">Deleted {formatWhen(entry.deletedAt)}</span>
              </span>
              <button
                type="button"
                className="button button-small"
                aria-label={`Restore ${entry.headline || 'Untitled'}`}
                onClick={() =>
                  void run(async () => {
                    const { article } = await host.restoreFromTrash({ trashId: entry.trashId });
                    return `Restored “${article.headline || 'Untitled'}”.`;
                  })
                }
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
