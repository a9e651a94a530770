import './style.css';
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import type { StyleIssue } from '../../../core/style/style-issue';
import { useCardsLocked } from '../editor/nodes/CardField';
import { applyFix, goToIssue, ignoreAlways, ignoreHere } from './style-actions';
import { countStyleIssues, describeStylePlace } from './style-labels';
import { useStyleStore } from './style-store';

const SEVERITY_NAMES = { warning: 'Warning', suggestion: 'Suggestion' } as const;

/** Why a quick fix did nothing: a card's own field (a picture's caption) is read-only while suggesting. */
function fixFailure(issue: StyleIssue, cardsLocked: boolean): string {
  return cardsLocked && issue.location.kind === 'body' && issue.location.property
    ? 'Cards are read-only while suggesting: switch to Editing to make this fix.'
    : 'Could not apply the fix: the text has changed since the check.';
}

/**
 * The Style panel: the house-style issues in reading order, each with where it is, what is wrong and
 * why. Picking one selects its text; its quick fix, “Ignore here” (this draft) and “Ignore always”
 * (the house style) act at once, and focus moves on to the next issue.
 */
export function StylePanel({ editorRef }: { editorRef: RefObject<LexicalEditor | null> }) {
  const issues = useStyleStore((state) => state.issues);
  const cardsLocked = useCardsLocked();
  const activeIssueId = useStyleStore((state) => state.activeIssueId);
  const [notice, setNotice] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  /** After an issue is fixed or ignored, the issue now at its place gets focus once the list is redrawn. */
  const focusAfterChange = useRef<number | null>(null);
  const id = useId();
  const warnings = issues.filter((issue) => issue.severity === 'warning').length;

  useEffect(() => {
    const index = focusAfterChange.current;
    if (index === null) return;
    focusAfterChange.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('[data-issue-go]') ?? [];
    (buttons[Math.min(index, buttons.length - 1)] ?? closeRef.current)?.focus();
  }, [issues]);

  const act = (index: number, action: () => unknown, failure: string) => {
    setNotice(null);
    focusAfterChange.current = index;
    Promise.resolve(action()).then(
      (done) => {
        if (done === false) {
          focusAfterChange.current = null;
          setNotice(failure);
        }
      },
      (error: unknown) => {
        focusAfterChange.current = null;
        setNotice(`${failure} ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  };

  const go = (issue: StyleIssue) => {
    setNotice(null);
    if (!goToIssue(editorRef.current, issue)) setNotice('That text has changed since the check; the list is brought up to date in a moment.');
  };

  return (
    <aside id="style-panel" className="side-panel" aria-labelledby={`${id}-title`}>
      <div className="side-panel-head">
        <h2 id={`${id}-title`} className="side-panel-title">
          House style
        </h2>
        <button ref={closeRef} type="button" className="icon-button" aria-label="Close style panel" title="Close style panel" onClick={() => closeStylePanel(editorRef.current)}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
            <path d="m4 4 8 8M12 4l-8 8" />
          </svg>
        </button>
      </div>
      <p className="style-panel-summary" aria-live="polite">
        {issues.length === 0 ? 'No style issues. The checks run as you write.' : `${countStyleIssues(issues.length)}${warnings ? `, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''}`}
      </p>
      {notice && (
        <p role="status" className="style-panel-notice">
          {notice}
        </p>
      )}
      {issues.length > 0 && (
        <ol ref={listRef} className="row-list" aria-label="Style issues">
          {issues.map((issue, index) => {
            const whyId = `${id}-why-${index}`;
            return (
              <li key={issue.id} className={`style-issue style-issue-${issue.severity}${issue.id === activeIssueId ? ' style-issue-active' : ''}`}>
                <button type="button" data-issue-go className="style-issue-go" aria-describedby={whyId} onClick={() => go(issue)}>
                  <span className="style-issue-place">
                    <span className="style-issue-dot" aria-hidden="true" />
                    <span className="visually-hidden">{SEVERITY_NAMES[issue.severity]}: </span>
                    {describeStylePlace(issue.location)}
                  </span>
                  <span className="style-issue-message" dir="auto">
                    {issue.text.trim() && <span className="style-issue-flagged">{flaggedExcerpt(issue.text)}</span>} {issue.message}
                  </span>
                </button>
                <p id={whyId} className="style-issue-why" dir="auto">
                  {issue.explanation}
                </p>
                <div className="style-issue-actions">
                  {issue.fix && (
                    <button type="button" className="button button-small button-primary" onClick={() => act(index, () => applyFix(editorRef.current, issue), fixFailure(issue, cardsLocked))}>
                      {issue.fix.label}
                    </button>
                  )}
                  <span className="style-issue-ignores">
                    <button type="button" className="button button-small button-quiet" title="Ignore this one in this draft" onClick={() => act(index, () => ignoreHere(issue), 'Could not ignore it.')}>
                      Ignore here
                    </button>
                    <button type="button" className="button button-small button-quiet" title="Never flag this text for this rule again (kept in the house style)" onClick={() => act(index, () => ignoreAlways(issue), 'Could not add it to the house style.')}>
                      Ignore always
                    </button>
                  </span>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}

/** The flagged words as the card quotes them: short enough for one line. */
function flaggedExcerpt(text: string): string {
  const squeezed = text.replace(/\s+/g, ' ').trim();
  return squeezed.length > 48 ? `${squeezed.slice(0, 47)}…` : squeezed;
}

/** Shows or hides the Style panel; hiding it from inside puts focus back in the article. */
export function toggleStylePanel(editor: LexicalEditor | null): void {
  if (useStyleStore.getState().panelShown) closeStylePanel(editor);
  else useStyleStore.getState().setPanelShown(true);
}

function closeStylePanel(editor: LexicalEditor | null): void {
  if (document.getElementById('style-panel')?.contains(document.activeElement)) editor?.focus();
  useStyleStore.getState().setPanelShown(false);
}
