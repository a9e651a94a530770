import { useId, useRef, useState, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import { ARTICLE_STATUS_LABELS } from '../../../core/article/article-schema';
import { HANDOFF_MESSAGE_LIMIT, type HandoffDirection } from '../../../core/review/round-trip';
import { useModalDialog } from '../recovery/use-modal-dialog';
import { useArticleStore } from '../store/article-store';
import { useCurrentUser } from './comment-author';
import { HANDOFF_ACTIONS, HANDOFF_TITLES, messageProblem, startHandoff, statusOptions } from './handoff-form';
import { handOver } from './hand-over';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

const EXPLANATIONS: Readonly<Record<HandoffDirection, string>> = {
  'for-review': 'The draft is saved and this text is kept in History as the hand-off point. You then choose where to write the .copydesk file to pass to the editor.',
  'to-reporter': 'The draft is saved with your comments and suggestions, and this text is kept in History as the hand-off point. You then choose where to write the .copydesk file to pass back.',
};

interface HandoffDialogProps {
  direction: HandoffDirection;
  editorRef: RefObject<LexicalEditor | null>;
  onClose(): void;
}

/**
 * Send for review… / Return to reporter…: the status the hand-off sets, a note for the review log and
 * who sends it; the host's save dialog comes next. Closing the save dialog leaves this one open.
 */
export function HandoffDialog({ direction, editorRef, onClose }: HandoffDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [form, setForm] = useState(() => startHandoff(direction));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const user = useCurrentUser();
  const current = useArticleStore((state) => state.metadata.status);
  const options = statusOptions(direction);
  const tooLong = messageProblem(form.message);

  useModalDialog(dialogRef, () => {
    if (!busy) onClose();
  });

  const submit = async () => {
    if (tooLong || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      if ((await handOver(editorRef.current, form)) === 'done') {
        onClose();
        return;
      }
    } catch (error) {
      setProblem(`Nothing was handed over. ${describe(error)}`);
    }
    setBusy(false);
  };

  return (
    <dialog ref={dialogRef} className="open-dialog handoff-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-about`}>
      <form
        className="handoff-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="dialog-head">
          <h2 id={`${id}-title`}>{HANDOFF_TITLES[direction]}</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose} disabled={busy}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <div className="handoff-body">
          <p id={`${id}-about`} className="handoff-about">
            {EXPLANATIONS[direction]}
          </p>
          {options.length === 1 ? (
            <div className="handoff-status-fixed">
              <span className="field-label">Status to set</span>
              <p>
                <span className={`status-pill status-${options[0]!.status}`}>{options[0]!.label}</span>
                <span className="field-hint">{options[0]!.hint}</span>
              </p>
            </div>
          ) : (
            <fieldset className="handoff-statuses">
              <legend className="field-label">Status to set</legend>
              {options.map((option, index) => (
                <label key={option.status} className="handoff-status">
                  <input
                    type="radio"
                    name={`${id}-status`}
                    checked={form.status === option.status}
                    data-autofocus={index === 0 ? true : undefined}
                    aria-describedby={`${id}-${option.status}-hint`}
                    onChange={() => setForm({ ...form, status: option.status })}
                  />
                  <span className="handoff-status-text">
                    <span className={`status-pill status-${option.status}`}>{option.label}</span>
                    <span id={`${id}-${option.status}-hint`} className="field-hint">
                      {option.hint}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          <div className="field">
            <label className="field-label" htmlFor={`${id}-message`}>
              Message (optional)
            </label>
            <textarea
              id={`${id}-message`}
              className="field-input handoff-message"
              value={form.message}
              data-autofocus={options.length === 1 ? true : undefined}
              aria-invalid={tooLong ? true : undefined}
              aria-describedby={`${id}-message-hint`}
              placeholder={direction === 'for-review' ? 'What the editor should look at' : 'What the reporter should do next'}
              onChange={(event) => setForm({ ...form, message: event.target.value })}
            />
            <p id={`${id}-message-hint`} className={tooLong ? 'field-problem' : 'field-hint'}>
              {tooLong ?? `Goes into the review log with your name. At most ${HANDOFF_MESSAGE_LIMIT.toLocaleString()} characters.`}
            </p>
          </div>
          <p className="handoff-who">
            {user ? (
              <>
                From <strong>{user.name}</strong> · status now {ARTICLE_STATUS_LABELS[current]}
              </>
            ) : (
              <>You are asked for your name before the file is written.</>
            )}
          </p>
          {problem && (
            <p role="alert" className="field-problem">
              {problem}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button button-quiet" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy || tooLong !== null}>
            {busy ? 'Writing the file…' : HANDOFF_ACTIONS[direction]}
          </button>
        </div>
      </form>
    </dialog>
  );
}
