import { useEffect, useState } from 'react';
import { host } from '../host';
import './library.css';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Where the library lives, and moving it: drafts already in the chosen folder are listed, nothing
 * is moved; the open draft is then saved into it (onChanged). Also the way out when the folder is gone.
 */
export function DraftsFolder({ onChanged }: { onChanged(): void }) {
  const [folder, setFolder] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    host
      .getAppInfo({})
      .then((info) => setFolder(info.draftsFolder))
      .catch((error: unknown) => setProblem(describe(error)));
  }, []);

  const use = async (choose: () => Promise<{ draftsFolder: string } | null>) => {
    try {
      const chosen = await choose();
      if (!chosen) return;
      setFolder(chosen.draftsFolder);
      setProblem(null);
      onChanged();
    } catch (error) {
      setProblem(describe(error));
    }
  };

  return (
    <div className="drafts-folder" role="group" aria-label="Drafts folder">
      <span className="drafts-folder-path" title={folder ?? undefined}>
        Drafts folder: <span dir="ltr">{folder ?? '…'}</span>
      </span>
      <button type="button" className="button button-small" onClick={() => void use(() => host.chooseDraftsFolder({}))}>
        Change folder…
      </button>
      <button type="button" className="button button-small button-quiet" onClick={() => void use(() => host.useDefaultDraftsFolder({}))}>
        Use default
      </button>
      {problem && (
        <p role="alert" className="field-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
