import { useId, useRef, useSyncExternalStore } from 'react';
import { acceleratorLabel } from '../../../core/commands/accelerators';
import type { PageCommandId } from '../../../core/commands/command-table';
import { shortcutList } from '../../../core/commands/shortcut-list';
import { useModalDialog } from '../recovery/use-modal-dialog';
import { commandsVersion, hasCommandHandler, subscribeToCommands } from './command-registry';
import { PLATFORM } from './platform';
import './commands.css';

/** Help ▸ Keyboard Shortcuts: every key of the command table on this machine, by menu. */
export function KeyboardShortcutsDialog({ onClose }: { onClose(): void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  useModalDialog(dialogRef, onClose);
  // Re-read when a feature's handler comes or goes: its keys are listed only while it works.
  useSyncExternalStore(subscribeToCommands, commandsVersion);
  const groups = shortcutList(PLATFORM, (spec) => !(spec.runs === 'page' && spec.hiddenUntilHandled && !hasCommandHandler(spec.id as PageCommandId)));

  return (
    <dialog ref={dialogRef} className="open-dialog shortcuts-dialog" aria-labelledby={`${id}-title`}>
      <div className="dialog-head">
        <h2 id={`${id}-title`}>Keyboard shortcuts</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="shortcuts-body">
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
      <div className="dialog-actions shortcuts-actions">
        <button type="button" className="button button-primary" data-autofocus onClick={onClose}>
          Done
        </button>
      </div>
    </dialog>
  );
}
