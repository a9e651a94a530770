import { useId, type ReactNode } from 'react';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../core/article/article-schema';
import { useArticleStore } from '../store/article-store';
import { MOD_KEY, shortcutLabel } from './shortcuts';

export const STATUS_LABELS: Record<ArticleStatus, string> = { draft: 'Draft', 'in-review': 'In review', approved: 'Approved' };

interface AppBarProps {
  onNew(): void;
  onOpen(): void;
  onSave(): void;
  onSettings(): void;
  /** More file commands after Save (import, preview, export). */
  moreCommands?: ReactNode;
}

export function AppBar({ onNew, onOpen, onSave, onSettings, moreCommands }: AppBarProps) {
  const status = useArticleStore((state) => state.metadata.status);
  const saving = useArticleStore((state) => state.saveState.kind === 'saving');
  const id = useId();

  const command = (label: string, key: string, onClick: () => void, className = 'button', disabled = false) => {
    const keys = `${MOD_KEY}+${key}`;
    return (
      <button
        type="button"
        className={className}
        aria-keyshortcuts={keys}
        title={`${label} (${shortcutLabel(keys)})`}
        disabled={disabled}
        onClick={onClick}
      >
        {label}
      </button>
    );
  };

  return (
    <header className="app-bar">
      <div className="app-name">
        <span className="app-mark" aria-hidden="true" />
        Copydesk
      </div>
      <div className="app-bar-status">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          className={`status-select status-${status}`}
          value={status}
          onChange={(event) => useArticleStore.getState().setStatus(event.target.value as ArticleStatus)}
        >
          {ARTICLE_STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="app-bar-commands" role="group" aria-label="File">
        {command('New', 'N', onNew)}
        {command('Open…', 'O', onOpen)}
        {command('Save', 'S', onSave, 'button button-primary', saving)}
        {moreCommands}
      </div>
      {command('Settings', ',', onSettings, 'button button-quiet')}
    </header>
  );
}
