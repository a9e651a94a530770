import { useId, useRef, type ReactNode } from 'react';
import { ARTICLE_STATUS_LABELS, ARTICLE_STATUSES, type ArticleStatus } from '../../../core/article/article-schema';
import { useArticleStore } from '../store/article-store';
import type { PageCommandId } from '../../../core/commands/command-table';
import { runCommand } from '../commands/command-registry';
import { commandKeys, pageLabelOf, withShortcut } from '../commands/command-keys';
import { changeStatus } from '../review/change-status';
import { usePendingSuggestions } from '../review/pending-suggestions';
import { ModeSwitch } from '../review/ModeSwitch';
import { MenuButton } from './MenuButton';
import { useCollapsedCount } from './use-collapsed-count';

export const STATUS_LABELS = ARTICLE_STATUS_LABELS;

/**
 * The app bar's commands, in bar order. `collapse` is the order in which they go into More when the
 * window is too narrow for one row: the least used first, Settings last; Save, Export…, Status, Mode and Review stay.
 */
const FILE_COMMANDS: ReadonlyArray<{ id: PageCommandId; collapse?: number }> = [
  { id: 'new', collapse: 5 },
  { id: 'open', collapse: 4 },
  { id: 'save' },
  { id: 'history', collapse: 2 },
  { id: 'import', collapse: 1 },
  { id: 'preview', collapse: 3 },
];
const SETTINGS = { id: 'settings', collapse: 6 } as const;

interface AppBarProps {
  reviewPanelShown: boolean;
  /** The Export… menu button, after the file commands. */
  exportMenu: ReactNode;
}

export function AppBar({ reviewPanelShown, exportMenu }: AppBarProps) {
  const status = useArticleStore((state) => state.metadata.status);
  const pendingCount = usePendingSuggestions().length;
  const id = useId();
  const barRef = useRef<HTMLElement>(null);
  const collapsedCount = useCollapsedCount(barRef);
  const isCollapsed = (rank: number | undefined) => rank !== undefined && rank <= collapsedCount;

  const command = ({ id, collapse }: { id: PageCommandId; collapse?: number }, className = 'button') => {
    const label = pageLabelOf(id);
    return (
      <button
        key={id}
        type="button"
        className={isCollapsed(collapse) ? `${className} app-bar-collapsed` : className}
        data-collapse-rank={collapse}
        aria-keyshortcuts={commandKeys(id)?.aria}
        title={withShortcut(label, id)}
        onClick={() => runCommand(id)}
      >
        {label}
      </button>
    );
  };

  const inMore = [...FILE_COMMANDS, SETTINGS].filter(({ collapse }) => isCollapsed(collapse));
  const moreItems = inMore.map(({ id }) => ({
    label: pageLabelOf(id),
    keys: commandKeys(id),
    separatorBefore: id === SETTINGS.id && inMore.length > 1,
    onSelect: () => runCommand(id),
  }));

  return (
    <header ref={barRef} className="app-bar">
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
        {/* Save is never disabled: a Save pressed while an autosave runs must still save and report (the host keeps the newest). */}
        {FILE_COMMANDS.map((entry) => command(entry, entry.id === 'save' ? 'button button-primary' : 'button'))}
        {exportMenu}
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
      {command(SETTINGS, 'button button-quiet')}
      <div data-overflow-button className={collapsedCount > 0 ? undefined : 'app-bar-collapsed'}>
        <MenuButton name="More" items={moreItems} buttonClassName="button button-quiet">
          More <span aria-hidden="true" className="menu-button-caret">▾</span>
        </MenuButton>
      </div>
    </header>
  );
}
