import { useRef, useState } from 'react';
import { knownUser } from './current-user';
import { personDraft, personFrom, type PersonProblems } from './person-form';
import { PersonFields } from './PersonFields';
import { storeUser } from './user-settings';

/** Settings ▸ Who is working: each valid change is stored at once, like the other settings. */
export function UserSettings() {
  const [draft, setDraft] = useState(() => personDraft(knownUser()));
  const [problems, setProblems] = useState<PersonProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  // Stores run in the order typed; only the last answer's failure is shown.
  const latest = useRef(0);

  return (
    <div className="user-settings">
      <PersonFields
        draft={draft}
        problems={problems}
        onChange={(next) => {
          setDraft(next);
          const checked = personFrom(next);
          setProblems(checked.ok ? {} : checked.problems);
          if (!checked.ok) return;
          const attempt = ++latest.current;
          storeUser(checked.person).then(
            () => attempt === latest.current && setFailure(null),
            (error: unknown) => attempt === latest.current && setFailure(`Your name could not be saved. ${error instanceof Error ? error.message : String(error)}`),
          );
        }}
      />
      <p className="settings-hint">Comments, suggestions, status changes and hand-offs are signed with this name and initials.</p>
      {failure && (
        <p role="alert" className="field-problem">
          {failure}
        </p>
      )}
    </div>
  );
}
