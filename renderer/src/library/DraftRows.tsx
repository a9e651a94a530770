import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { LibraryEntry } from '../../../core/host-api/contract';
import { STATUS_LABELS } from '../app/AppBar';
import { formatWhen } from '../recovery/CopyPreview';

/** Every row is this tall, so only the rows in view need to exist (2,000 drafts stay quick). */
export const ROW_HEIGHT = 64;
const OVERSCAN = 6;

const numbers = new Intl.NumberFormat();

interface DraftRowsProps {
  entries: LibraryEntry[];
  /** The row the actions below the list apply to. */
  active: number;
  onActivate(index: number): void;
  onOpen(entry: LibraryEntry): void;
  /** Delete key on a row. */
  onDelete(entry: LibraryEntry): void;
  /** Put focus on the active row once rendered (on open, and after arrow keys). */
  focusActive: boolean;
  onFocused(): void;
}

/**
 * The drafts as a list of buttons (Enter or click opens one), windowed: only the rows in view and a
 * few around them are rendered. Arrow keys, Page Up/Down, Home and End move through all of them.
 */
export function DraftRows({ entries, active, onActivate, onOpen, onDelete, focusActive, onFocused }: DraftRowsProps) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [view, setView] = useState({ top: 0, height: 480 });

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const measure = () => setView({ top: scroller.scrollTop, height: scroller.clientHeight || 480 });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, []);

  // Keep the active row in view.
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const rowTop = active * ROW_HEIGHT;
    if (rowTop < scroller.scrollTop) scroller.scrollTop = rowTop;
    else if (rowTop + ROW_HEIGHT > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = rowTop + ROW_HEIGHT - scroller.clientHeight;
  }, [active]);

  useEffect(() => {
    if (!focusActive) return;
    // A row far away is rendered only after the scroll it causes; focus it then.
    const row = listRef.current?.querySelector<HTMLButtonElement>(`[data-index="${active}"]`);
    if (!row) return;
    row.focus();
    onFocused();
  });

  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(entries.length, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const page = Math.max(1, Math.floor(view.height / ROW_HEIGHT) - 1);
    const target = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: entries.length - 1, PageDown: active + page, PageUp: active - page }[event.key];
    if (event.key === 'Delete') {
      const entry = entries[active];
      if (entry) onDelete(entry);
      event.preventDefault();
      return;
    }
    if (target === undefined) return;
    event.preventDefault();
    onActivate(Math.max(0, Math.min(target, entries.length - 1)));
  };

  return (
    <div ref={scrollerRef} className="library-scroller" onScroll={(event) => setView({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight })}>
      <ul ref={listRef} className="library-rows" aria-label="Drafts" style={{ height: entries.length * ROW_HEIGHT }} onKeyDown={onKeyDown}>
        {entries.slice(first, last).map((entry, offset) => {
          const index = first + offset;
          return (
            <li key={entry.id} className="library-row-item" style={{ top: index * ROW_HEIGHT }} aria-setsize={entries.length} aria-posinset={index + 1}>
              <DraftRow entry={entry} index={index} active={index === active} onFocus={() => onActivate(index)} onOpen={() => onOpen(entry)} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function DraftRow({ entry, index, active, onFocus, onOpen }: { entry: LibraryEntry; index: number; active: boolean; onFocus(): void; onOpen(): void }) {
  const common = {
    type: 'button' as const,
    'data-index': index,
    tabIndex: active ? 0 : -1,
    'aria-current': active ? ('true' as const) : undefined,
    onFocus,
    onClick: onOpen,
  };
  if (entry.kind === 'unreadable') {
    return (
      <button {...common} className="library-row library-row-unreadable">
        <span className="library-headline">Unreadable draft</span>
        <span className="library-meta">
          <span className="library-problem">{entry.problem}</span>
        </span>
      </button>
    );
  }
  return (
    <button {...common} className="library-row">
      <span className={entry.headline ? 'library-headline' : 'library-headline library-untitled'} dir="auto">
        {entry.headline || 'Untitled'}
      </span>
      <span className="library-meta">
        <span className={`status-pill status-${entry.status}`}>{STATUS_LABELS[entry.status]}</span>
        <span dir="auto">{entry.bylines.length ? entry.bylines.join(', ') : 'No byline'}</span>
        <span>{numbers.format(entry.wordCount)} words</span>
        <span>Modified {formatWhen(entry.updatedAt)}</span>
      </span>
    </button>
  );
}
