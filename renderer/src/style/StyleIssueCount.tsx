import { commandKeys } from '../commands/command-keys';
import { countStyleIssues } from './style-labels';
import { useStyleStore } from './style-store';

/** The status bar's count of open house-style issues; it opens (or closes) the Style panel. */
export function StyleIssueCount() {
  const count = useStyleStore((state) => state.issues.length);
  const shown = useStyleStore((state) => state.panelShown);
  const keys = commandKeys('view.stylePanel');
  return (
    <button
      type="button"
      className="status-style-issues"
      aria-pressed={shown}
      aria-controls={shown ? 'style-panel' : undefined}
      aria-keyshortcuts={keys?.aria}
      title={`Style panel${keys ? ` (${keys.label})` : ''}`}
      onClick={() => useStyleStore.getState().setPanelShown(!shown)}
    >
      {count > 0 && <span className="style-issue-dot" aria-hidden="true" />}
      {countStyleIssues(count)}
    </button>
  );
}
