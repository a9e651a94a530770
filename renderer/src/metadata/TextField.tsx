import { useId, type ReactElement, type ReactNode } from 'react';
import type { ReviewField } from '../../../core/review/review-schema';
import { fieldFocusHandlers, FieldSuggestions } from '../review/FieldSuggestions';

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
  /** Shown after the label (a comment count, say). */
  labelAside?: ReactNode;
  /** Wraps the control (a layer that highlights commented words, say); gets the control's class. */
  decorateControl?(control: ReactElement, controlClassName: string): ReactNode;
  /** The review field this is: its suggestions are shown below it, and focus in it shows the user's own (pass `value` from useShownValue). */
  reviewField?: ReviewField;
}

/** A labelled input whose hint and problem are tied to it for screen readers. */
export function TextField({ label, value, onChange, onBlur, hint, problem, multiline, placeholder, className, inputClassName, dir = 'auto', type = 'text', list, labelAside, decorateControl, reviewField }: TextFieldProps) {
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
  const control = multiline ? (
    <textarea {...shared} rows={3} onChange={(event) => onChange(event.target.value)} />
  ) : (
    <input {...shared} type={type} list={list} onChange={(event) => onChange(event.target.value)} />
  );
  const labelElement = (
    <label className="field-label" htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={`field ${className ?? ''}`} {...(reviewField ? fieldFocusHandlers(reviewField) : {})}>
      {labelAside ? (
        <span className="field-label-row">
          {labelElement}
          {labelAside}
        </span>
      ) : (
        labelElement
      )}
      {decorateControl ? decorateControl(control, shared.className) : control}
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
      {reviewField && <FieldSuggestions field={reviewField} />}
    </div>
  );
}
