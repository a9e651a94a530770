import { useId, type ReactNode } from 'react';
import { ARTICLE_STATUS_LABELS, ARTICLE_STATUSES, type ArticleStatus } from '../../../core/article/article-schema';
import { useArticleStore } from '../store/article-store';
import type { PageCommandId } from '../../../core/commands/command-table';
import { runCommand } from '../commands/command-registry';
import { commandKeys, pageLabelOf, withShortcut } from '../commands/command-keys';
import { changeStatus } from '../review/change-status';
import { usePendingSuggestions } from '../review/pending-suggestions';
import { ModeSwitch } from '../review/ModeSwitch';

export const STATUS_LABELS = ARTICLE_STATUS_LABELS;

interface AppBarProps {
  reviewPanelShown: boolean;
  /** More file commands after Save (import, preview, export). */
  moreCommands?: ReactNode;
}

export function AppBar({ reviewPanelShown, moreCommands }: AppBarProps) {
  const status = useArticleStore((state) => state.metadata.status);
  const pendingCount = usePendingSuggestions().length;
  const id = useId();

  const command = (id: PageCommandId, className = 'button') => {
    const label = pageLabelOf(id);
    return (
      <button type="button" className={className} aria-keyshortcuts={commandKeys(id)?.aria} title={withShortcut(label, id)} onClick={() => runCommand(id)}>
        {label}
      </button>
    );
  };

  return (
    <header className="app-bar">
      <div className="app-name">
        <span className="app-mark" aria-hidden="true" />
        <span className="app-name-text">Copydesk</span>
      </div>
      <div className="app-bar-status">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          className={`status-select status-${status}`}
          value={status}
          onChange={(event) => void changeStatus(event.target.value as ArticleStatus)}
        >
          {ARTICLE_STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <ModeSwitch />
      <div className="app-bar-commands" role="group" aria-label="File">
        {command('new')}
        {command('open')}
        {/* Never disabled: a Save pressed while an autosave runs must still save and report (the host keeps the newest). */}
        {command('save', 'button button-primary')}
        {moreCommands}
      </div>
      <button
        type="button"
        className="button button-quiet review-toggle"
        aria-pressed={reviewPanelShown}
        aria-controls={reviewPanelShown ? 'review-panel' : undefined}
        aria-keyshortcuts={commandKeys('view.reviewPanel')?.aria}
        title={withShortcut('Review panel', 'view.reviewPanel')}
        aria-describedby={pendingCount ? `${id}-pending` : undefined}
        onClick={() => runCommand('view.reviewPanel')}
      >
        Review
        {pendingCount > 0 && (
          <span className="review-toggle-count" aria-hidden="true">
            {pendingCount}
          </span>
        )}
      </button>
      {pendingCount > 0 && (
        <span id={`${id}-pending`} hidden>
          {pendingCount === 1 ? '1 pending suggestion' : `${pendingCount} pending suggestions`}
        </span>
      )}
      {command('settings', 'button button-quiet')}
    </header>
  );
}
