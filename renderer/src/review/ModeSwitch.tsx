import './mode-switch.css';
import { useId } from 'react';
import { runCommand } from '../commands/command-registry';
import { commandKeys, withShortcut } from '../commands/command-keys';
import { useReviewUi, type EditMode } from './review-ui-store';

const MODES: ReadonlyArray<{ mode: EditMode; label: string; hint: string }> = [
  { mode: 'editing', label: 'Editing', hint: 'Edits change the text' },
  { mode: 'suggesting', label: 'Suggesting', hint: 'Edits become suggestions others accept or reject' },
];

/** Editing / Suggesting in the app bar: two pressed-or-not buttons; Suggesting shows in colour while it is on. */
export function ModeSwitch() {
  const current = useReviewUi((state) => state.mode);
  const id = useId();
  return (
    <div className={`mode-switch mode-switch-${current}`} role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="visually-hidden">
        Mode
      </span>
      {MODES.map(({ mode, label, hint }) => (
        <button
          key={mode}
          type="button"
          className="mode-switch-option"
          aria-pressed={current === mode}
          aria-keyshortcuts={commandKeys('review.toggleSuggesting')?.aria}
          title={withShortcut(hint, 'review.toggleSuggesting')}
          onClick={() => {
            if (current !== mode) runCommand('review.toggleSuggesting');
          }}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
