import { useId, useRef, useState, useSyncExternalStore } from 'react';
import { acceleratorLabel } from '../../../core/commands/accelerators';
import type { PageCommandId } from '../../../core/commands/command-table';
import { shortcutList, shortcutsMatching } from '../../../core/commands/shortcut-list';
import { useModalDialog } from '../recovery/use-modal-dialog';
import { commandsVersion, hasCommandHandler, subscribeToCommands } from './command-registry';
import { PLATFORM } from './platform';
import './commands.css';

/** Help ▸ Keyboard Shortcuts: every key of the command table on this machine, by menu, with a search field (there are some forty). */
export function KeyboardShortcutsDialog({ onClose }: { onClose(): void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [query, setQuery] = useState('');
  useModalDialog(dialogRef, onClose);
  // Re-read when a feature's handler comes or goes: its keys are listed only while it works.
  useSyncExternalStore(subscribeToCommands, commandsVersion);
  const all = shortcutList(PLATFORM, (spec) => !(spec.runs === 'page' && spec.hiddenUntilHandled && !hasCommandHandler(spec.id as PageCommandId)));
  const groups = shortcutsMatching(all, query, PLATFORM);
  const count = (list: typeof all) => list.reduce((sum, group) => sum + group.shortcuts.length, 0);
  const found = count(groups);

  return (
    <dialog ref={dialogRef} className="open-dialog shortcuts-dialog" aria-labelledby={`${id}-title`}>
      <div className="dialog-head">
        <h2 id={`${id}-title`}>Keyboard shortcuts</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="shortcuts-search" role="search">
        <input
          type="search"
          className="field-input"
          aria-label="Search shortcuts"
          placeholder="Search by command or key"
          data-autofocus
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <p className="shortcuts-count" role="status">
          {query.trim() === '' ? `${found} shortcuts` : found === 0 ? `No shortcut matches “${query.trim()}”.` : `${found} of ${count(all)} shortcuts`}
        </p>
      </div>
      {/* Focusable, so the list scrolls from the keyboard: it holds no controls of its own. */}
      <div className="shortcuts-body" role="region" aria-label="Shortcuts" tabIndex={0}>
        <div className="shortcuts-columns">
          {groups.map(({ group, shortcuts }) => (
            <section key={group} className="shortcuts-group" aria-labelledby={`${id}-${group}`}>
              <h3 id={`${id}-${group}`}>{group}</h3>
              <dl className="shortcuts-list">
                {shortcuts.map((shortcut) => (
                  <div key={shortcut.id} className="shortcuts-row">
                    <dt>{shortcut.label}</dt>
                    <dd>
                      <kbd>{acceleratorLabel(shortcut.accelerator, PLATFORM)}</kbd>
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
      <div className="dialog-actions shortcuts-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      </div>
    </dialog>
  );
}
