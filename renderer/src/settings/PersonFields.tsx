import { useId } from 'react';
import { REVIEW_LIMITS } from '../../../core/review/review-schema';
import { initialsOf } from '../../../core/review/initials';
import { withInitials, withName, type PersonDraft, type PersonProblems } from './person-form';

interface PersonFieldsProps {
  draft: PersonDraft;
  problems: PersonProblems;
  onChange(draft: PersonDraft): void;
  /** The name field takes focus when its dialog opens. */
  autoFocus?: boolean;
}

/** Name and initials, the initials filled from the name until typed; each problem shown under its field. */
export function PersonFields({ draft, problems, onChange, autoFocus = false }: PersonFieldsProps) {
  const id = useId();
  const field = (key: keyof PersonProblems, label: string, value: string, change: (value: string) => PersonDraft, extra: { maxLength: number; placeholder?: string; autoFocus?: boolean; className?: string }) => (
    <div className={`field person-field ${extra.className ?? ''}`}>
      <label className="field-label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        className="field-input"
        autoComplete={key === 'name' ? 'name' : 'off'}
        spellCheck={false}
        maxLength={extra.maxLength}
        placeholder={extra.placeholder}
        data-autofocus={extra.autoFocus ? true : undefined}
        aria-invalid={problems[key] ? true : undefined}
        aria-describedby={problems[key] ? `${id}-${key}-problem` : undefined}
        value={value}
        onChange={(event) => onChange(change(event.target.value))}
      />
      {problems[key] && (
        <p id={`${id}-${key}-problem`} className="field-problem">
          {problems[key]}
        </p>
      )}
    </div>
  );
  return (
    <div className="person-fields">
      {field('name', 'Your name', draft.name, (name) => withName(draft, name), { maxLength: REVIEW_LIMITS.personName, placeholder: 'As colleagues know you', autoFocus })}
      {field('initials', 'Initials', draft.initials, (initials) => withInitials(draft, initials), {
        maxLength: REVIEW_LIMITS.initials,
        placeholder: initialsOf(draft.name) || 'AO',
        className: 'person-initials',
      })}
    </div>
  );
}
