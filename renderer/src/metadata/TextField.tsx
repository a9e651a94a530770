import { useId, type ReactNode } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  hint?: ReactNode;
  problem?: string | null;
  multiline?: boolean;
  placeholder?: string;
  className?: string;
  inputClassName?: string;
  /** Direction of the value: names and copy follow their script ('auto'); addresses read left to right. */
  dir?: 'auto' | 'ltr';
  type?: 'text' | 'url';
  list?: string;
}

/** A labelled input whose hint and problem are tied to it for screen readers. */
export function TextField({ label, value, onChange, onBlur, hint, problem, multiline, placeholder, className, inputClassName, dir = 'auto', type = 'text', list }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const describedBy = [hint ? hintId : null, problem ? problemId : null].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    value,
    dir,
    placeholder,
    className: `field-input ${inputClassName ?? ''}`,
    'aria-describedby': describedBy,
    'aria-invalid': problem ? true : undefined,
    onBlur,
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...shared} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...shared} type={type} list={list} onChange={(event) => onChange(event.target.value)} />
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={problemId} className="field-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
