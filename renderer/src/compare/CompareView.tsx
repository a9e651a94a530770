import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ArticleStatus } from '../../../core/article/article-schema';
import { applyChoices, choicesSummary, compareArticles, type BlockChange, type ChangeOrigin, type Choice, type Choices, type FieldChange } from '../../../core/compare/compare-articles';
import { STATUS_LABELS } from '../app/AppBar';
import { registerCommandHandlers } from '../commands/command-registry';
import { commandKeys, withShortcut, type CommandId } from '../commands/command-keys';
import { useModalDialog } from '../recovery/use-modal-dialog';
import { closeCompare, useCompareStore, type CompareRequest } from './compare-store';
import { WordPieces } from './WordPieces';
import './compare.css';

type Layout = 'redline' | 'side-by-side';
type Change = FieldChange | BlockChange;

/** The view's own one-letter key, and the Review menu's key for the same command. */
const keysFor = (letter: string, id: CommandId) => [letter, commandKeys(id)?.aria].filter(Boolean).join(' ');

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

const BLOCK_LABELS: Readonly<Record<string, string>> = {
  paragraph: 'Paragraph',
  heading: 'Subhead',
  quote: 'Quote',
  list: 'List',
  horizontalrule: 'Rule',
  image: 'Picture',
  pullquote: 'Pull quote',
  factbox: 'Fact box',
  embed: 'Embed',
  table: 'Table',
};

/** Whose change it is; History compares two copies of one's own, so it names none. */
const ORIGIN_LABELS: Record<ChangeOrigin, string> = { theirs: 'Incoming', mine: 'Your change', conflict: 'Both changed' };

/** The compare view on screen, if one was opened (compare-store.ts). */
export function CompareDialog() {
  const request = useCompareStore((state) => state.request);
  const opened = useCompareStore((state) => state.opened);
  return request ? <CompareView key={opened} request={request} /> : null;
}

function changeLabel(change: Change): string {
  if ('field' in change) return change.label;
  return `${BLOCK_LABELS[change.blockType] ?? 'Block'} ${change.change === 'insert' ? 'added' : change.change === 'delete' ? 'removed' : 'changed'}`;
}

/**
 * Fields and body of two copies, word by word, as one redline or side by side. Incoming mode: each
 * change from the other copy is accepted or rejected, then the result is kept; until then nothing
 * of mine changes. History mode: read-only.
 */
function CompareView({ request }: { request: CompareRequest }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const summaryId = useId();
  const { mode } = request;
  const labels = request.labels ?? (mode === 'incoming' ? { mine: 'Your text', theirs: 'Incoming copy' } : { mine: 'Older', theirs: 'Newer' });
  const comparison = useMemo(() => compareArticles(request.base, request.mine, request.theirs), [request]);
  const changes = useMemo<Change[]>(() => [...comparison.fields, ...comparison.body.filter((row): row is BlockChange => row.kind === 'change')], [comparison]);
  const [layout, setLayout] = useState<Layout>('redline');
  const [choices, setChoices] = useState<Choices>({});
  const [current, setCurrent] = useState(0);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const decidable = mode === 'incoming';

  const cancel = () => {
    closeCompare();
    request.onCancel?.();
  };
  useModalDialog(dialogRef, cancel);

  const goTo = (index: number) => {
    if (changes.length === 0) return;
    const next = Math.max(0, Math.min(changes.length - 1, index));
    setCurrent(next);
    const card = dialogRef.current?.querySelector<HTMLElement>(`[data-change-id="${changes[next]?.id ?? ''}"]`);
    card?.focus({ preventScroll: true });
    card?.scrollIntoView({ block: 'center' });
  };

  const decide = (ids: readonly string[], choice: Choice) => setChoices((before) => ({ ...before, ...Object.fromEntries(ids.map((id) => [id, choice])) }));
  const accepted = comparison.incoming.filter((id) => choices[id] === 'accept').length;

  const keep = async () => {
    setBusy(true);
    try {
      await request.onKeep?.(applyChoices(comparison, choices), choicesSummary(comparison, choices));
      closeCompare();
    } catch (error) {
      setProblem(`The result was not kept. ${describe(error)}`);
      setBusy(false);
    }
  };

  const currentChange = changes[current];
  const currentDecidable = decidable && currentChange !== undefined && currentChange.origin !== 'mine';
  const decideCurrent = (choice: Choice) => {
    if (currentDecidable) decide([currentChange.id], choice);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
    const key = event.key.toLowerCase();
    if (key === 'n' || key === 'j') goTo(current + 1);
    else if (key === 'p' || key === 'k') goTo(current - 1);
    else if (currentDecidable && (key === 'a' || key === 'r')) decideCurrent(key === 'a' ? 'accept' : 'reject');
    else return;
    event.preventDefault();
  };

  // The Review menu's commands (and their keys) act on this view while it is open.
  const commands = useRef({ goTo, current, decideCurrent, decideAll: (choice: Choice) => decide(comparison.incoming, choice), currentDecidable });
  useEffect(() => {
    commands.current = { goTo, current, decideCurrent, decideAll: (choice: Choice) => decide(comparison.incoming, choice), currentDecidable };
  });
  useEffect(() => {
    const latest = () => commands.current;
    const dialog = dialogRef.current;
    if (!dialog) return;
    const handlers = {
      'review.nextChange': { run: () => latest().goTo(latest().current + 1) },
      'review.previousChange': { run: () => latest().goTo(latest().current - 1) },
      'review.accept': { run: () => latest().decideCurrent('accept'), isEnabled: () => latest().currentDecidable },
      'review.reject': { run: () => latest().decideCurrent('reject'), isEnabled: () => latest().currentDecidable },
      'review.acceptAll': { run: () => latest().decideAll('accept'), isEnabled: () => decidable },
      'review.rejectAll': { run: () => latest().decideAll('reject'), isEnabled: () => decidable },
    };
    // Within this dialog: while it is open the page's own commands behind it do not run (useModalDialog).
    return registerCommandHandlers(handlers, { within: dialog });
  }, [decidable]);

  const counts = {
    incoming: comparison.incoming.length,
    conflicts: changes.filter((change) => change.origin === 'conflict').length,
    mine: changes.filter((change) => change.origin === 'mine').length,
  };
  const summary =
    mode === 'incoming'
      ? `${counts.incoming} incoming ${counts.incoming === 1 ? 'change' : 'changes'}${counts.conflicts ? `, ${counts.conflicts} where you both changed the same text` : ''}${counts.mine ? ` · ${counts.mine} of yours, kept` : ''} · ${accepted} accepted`
      : `${changes.length} ${changes.length === 1 ? 'change' : 'changes'}`;

  return (
    <dialog ref={dialogRef} className="open-dialog compare-dialog" aria-labelledby={titleId} aria-describedby={summaryId} onKeyDown={onKeyDown}>
      <div className="dialog-head">
        <div className="compare-title">
          <h2 id={titleId}>{mode === 'incoming' ? 'Compare with the returned copy' : 'Compare versions'}</h2>
          <p className="compare-sides">
            <span className="compare-side-name compare-side-mine">{labels.mine}</span>
            <span aria-hidden="true">→</span>
            <span className="visually-hidden">compared with</span>
            <span className="compare-side-name compare-side-theirs">{labels.theirs}</span>
          </p>
        </div>
        <button type="button" className="icon-button" aria-label="Close" onClick={cancel}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="compare-toolbar" role="toolbar" aria-label="Compare">
        <span className="compare-layout" role="group" aria-label="Layout">
          <button type="button" className="compare-segment" aria-pressed={layout === 'redline'} onClick={() => setLayout('redline')}>
            Redline
          </button>
          <button type="button" className="compare-segment" aria-pressed={layout === 'side-by-side'} onClick={() => setLayout('side-by-side')}>
            Side by side
          </button>
        </span>
        <span className="compare-nav">
          <button type="button" className="button button-small" disabled={changes.length === 0} onClick={() => goTo(current - 1)} aria-keyshortcuts={keysFor('P', 'review.previousChange')} title={withShortcut('Previous change: P', 'review.previousChange')}>
            Previous change
          </button>
          <button type="button" className="button button-small" disabled={changes.length === 0} onClick={() => goTo(current + 1)} aria-keyshortcuts={keysFor('N', 'review.nextChange')} title={withShortcut('Next change: N', 'review.nextChange')}>
            Next change
          </button>
        </span>
        {decidable && (
          <span className="compare-bulk">
            <button type="button" className="button button-small" disabled={counts.incoming === 0} onClick={() => decide(comparison.incoming, 'accept')}>
              Accept all
            </button>
            <button type="button" className="button button-small" disabled={counts.incoming === 0} onClick={() => decide(comparison.incoming, 'reject')}>
              Reject all
            </button>
          </span>
        )}
      </div>
      <p id={summaryId} className="compare-summary" role="status">
        {summary}
        <span className="compare-keys" aria-hidden="true">
          N / P next, previous{decidable ? ' · A accept · R reject' : ''}
        </span>
      </p>
      {problem && (
        <p className="field-problem compare-problem" role="alert">
          {problem}
        </p>
      )}
      {/* It scrolls, so it is a Tab stop: the keyboard can scroll it. */}
      <div className={`compare-document compare-${layout}`} role="region" aria-label="Changes" tabIndex={0} data-autofocus={changes.length === 0 ? true : undefined}>
        {layout === 'side-by-side' && (
          <div className="compare-columns-head" aria-hidden="true">
            <span>{labels.mine}</span>
            <span>{labels.theirs}</span>
          </div>
        )}
        {changes.length === 0 && <p className="compare-empty">The two copies are the same.</p>}
        {comparison.fields.length > 0 && (
          <section aria-label="Fields" className="compare-section">
            <h3 className="compare-section-title">Fields</h3>
            {comparison.fields.map((change) => (
              <ChangeCard key={change.id} change={change} mode={mode} layout={layout} choice={choices[change.id]} current={changes[current]?.id === change.id} first={changes[0]?.id === change.id} onDecide={(choice) => decide([change.id], choice)} onFocus={() => setCurrent(changes.indexOf(change))} status={change.field === 'status'} />
            ))}
          </section>
        )}
        <section aria-label="Body" className="compare-section compare-body">
          <h3 className="compare-section-title">Body</h3>
          {comparison.body.map((row, index) =>
            row.kind === 'same' ? (
              <SameBlock key={index} text={row.text} layout={layout} />
            ) : (
              <ChangeCard key={row.id} change={row} mode={mode} layout={layout} choice={choices[row.id]} current={changes[current]?.id === row.id} first={changes[0]?.id === row.id} onDecide={(choice) => decide([row.id], choice)} onFocus={() => setCurrent(changes.indexOf(row))} />
            ),
          )}
        </section>
      </div>
      <div className="dialog-actions">
        {decidable ? (
          <>
            <span className="dialog-note compare-note">Nothing changes in your draft until you keep the result. Both copies are kept in History.</span>
            <span className="button-row">
              <button type="button" className="button" onClick={cancel} disabled={busy}>
                Cancel
              </button>
              <button type="button" className="button button-primary" onClick={() => void keep()} disabled={busy}>
                Keep result
              </button>
            </span>
          </>
        ) : (
          <>
            <span />
            <button type="button" className="button" onClick={cancel}>
              Close
            </button>
          </>
        )}
      </div>
    </dialog>
  );
}

interface ChangeCardProps {
  change: Change;
  mode: CompareRequest['mode'];
  layout: Layout;
  choice: Choice | undefined;
  current: boolean;
  first: boolean;
  status?: boolean;
  onDecide(choice: Choice): void;
  onFocus(): void;
}

function ChangeCard({ change, mode, layout, choice, current, first, status = false, onDecide, onFocus }: ChangeCardProps) {
  const label = changeLabel(change);
  const originLabel = mode === 'incoming' ? ORIGIN_LABELS[change.origin] : null;
  const decidable = mode === 'incoming' && change.origin !== 'mine';
  const decision = !decidable ? null : choice === 'accept' ? 'Accepted' : choice === 'reject' ? 'Rejected' : null;
  const pieces = status ? change.pieces.map((piece) => ({ ...piece, text: STATUS_LABELS[piece.text as ArticleStatus] ?? piece.text })) : change.pieces;
  // Which op is on my side: my value is the old one, except for my own changes, which go from the base to mine.
  const mineOp = change.origin === 'mine' ? 'ins' : 'del';
  return (
    <div
      className={`compare-change compare-origin-${change.origin}${current ? ' compare-current' : ''}${decision ? ` compare-${choice}ed` : ''}`}
      role="group"
      aria-label={[label, originLabel, decision?.toLowerCase()].filter(Boolean).join(', ')}
      tabIndex={-1}
      data-change-id={change.id}
      data-autofocus={first ? true : undefined}
      onFocus={onFocus}
    >
      <div className="compare-change-head">
        <span className="compare-change-label">{label}</span>
        {originLabel && <span className="compare-origin">{originLabel}</span>}
        {'formatOnly' in change && <BlockNotes change={change} />}
        {decision && <span className={`compare-decision compare-decision-${choice}`}>{decision}</span>}
        {decidable && (
          <span className="compare-decide">
            <button type="button" className="button button-small" aria-pressed={choice === 'accept'} aria-label={`Accept: ${label}`} aria-keyshortcuts={current ? keysFor('A', 'review.accept') : undefined} onClick={() => onDecide('accept')}>
              Accept
            </button>
            <button type="button" className="button button-small" aria-pressed={choice === 'reject'} aria-label={`Reject: ${label}`} aria-keyshortcuts={current ? keysFor('R', 'review.reject') : undefined} onClick={() => onDecide('reject')}>
              Reject
            </button>
          </span>
        )}
      </div>
      {layout === 'redline' ? (
        <p className="compare-text" dir="auto">
          <WordPieces pieces={pieces} />
        </p>
      ) : (
        <div className="compare-pair">
          <p className="compare-text" dir="auto">
            <WordPieces pieces={pieces.filter((piece) => piece.op === 'same' || piece.op === mineOp)} />
          </p>
          <p className="compare-text" dir="auto">
            <WordPieces pieces={pieces.filter((piece) => piece.op === 'same' || piece.op !== mineOp)} />
          </p>
        </div>
      )}
    </div>
  );
}

/** What a word diff cannot show: a change of formatting alone, and comments or suggestions carried with the block. */
function BlockNotes({ change }: { change: BlockChange }) {
  const notes = [
    change.formatOnly && !change.commentsDiffer && !change.suggestionsDiffer ? 'Formatting or link only' : null,
    change.commentsDiffer ? (change.formatOnly ? 'Comments only' : 'Comments') : null,
    change.suggestionsDiffer ? 'Suggestions, to accept or reject in the draft' : null,
  ];
  return notes.map((note) =>
    note ? (
      <span key={note} className="compare-format-note">
        {note}
      </span>
    ) : null,
  );
}

function SameBlock({ text, layout }: { text: string; layout: Layout }) {
  if (layout === 'redline')
    return (
      <p className="compare-same" dir="auto">
        {text}
      </p>
    );
  // Both columns, so the two sides stay level; a screen reader reads it once.
  return (
    <div className="compare-pair compare-same">
      <p dir="auto">{text}</p>
      <p dir="auto" aria-hidden="true">
        {text}
      </p>
    </div>
  );
}
