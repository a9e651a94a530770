import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useModalDialog } from '../recovery/use-modal-dialog';
import { closeUserPrompt, useCurrentUserStore, type UserPromptReason } from './current-user';
import { personDraft, personFrom, type PersonProblems } from './person-form';
import { PersonFields } from './PersonFields';
import { storePromptSkipped, storeUser } from './user-settings';
import './settings.css';

const INTRO: Readonly<Record<UserPromptReason, string>> = {
  'first-run': 'Copydesk signs your comments, suggestions, status changes and hand-offs with your name, so colleagues see who did what.',
  needed: 'This is signed with your name, so colleagues see who did it. Say who you are to go on.',
};

/** The “Who is working?” prompt, while the current-user store has it open. */
export function WhoIsWorkingPrompt() {
  const reason = useCurrentUserStore((state) => state.prompt);
  return reason && <WhoIsWorkingDialog reason={reason} />;
}

/** Name and initials: Save stores them with the settings; Skip (first start) or Cancel (an action waiting) declines. */
function WhoIsWorkingDialog({ reason }: { reason: UserPromptReason }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [draft, setDraft] = useState(() => personDraft(null));
  const [problems, setProblems] = useState<PersonProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const decline = () => {
    if (reason === 'first-run') storePromptSkipped();
    closeUserPrompt(null);
  };
  useModalDialog(dialogRef, decline);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const checked = personFrom(draft);
    if (!checked.ok) {
      // Rendered at once, so the field marked invalid is there to take focus.
      flushSync(() => setProblems(checked.problems));
      dialogRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setSaving(true);
    try {
      closeUserPrompt(await storeUser(checked.person));
    } catch (error) {
      setFailure(`Your name could not be saved. ${error instanceof Error ? error.message : String(error)}`);
      setSaving(false);
    }
  };

  return (
    <dialog ref={dialogRef} className="open-dialog who-is-working-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-intro`}>
      <form onSubmit={(event) => void save(event)} noValidate>
        <div className="dialog-head">
          <h2 id={`${id}-title`}>Who is working?</h2>
        </div>
        <div className="who-is-working-body">
          <p id={`${id}-intro`} className="who-is-working-intro">
            {INTRO[reason]}
          </p>
          <PersonFields
            draft={draft}
            problems={problems}
            autoFocus
            onChange={(next) => {
              setDraft(next);
              setProblems({});
            }}
          />
          <p className="field-hint">You can change this at any time in Settings.</p>
          {failure && (
            <p role="alert" className="field-problem">
              {failure}
            </p>
          )}
        </div>
        <div className="dialog-actions who-is-working-actions">
          <button type="button" className="button" onClick={decline}>
            {reason === 'first-run' ? 'Skip' : 'Cancel'}
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}
