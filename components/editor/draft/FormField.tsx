import type { ReactNode } from 'react';
import { describedBy, fieldIds } from './field-ids';

/**
 * A labelled form field with an optional hint and its error beside it: the control is marked
 * aria-invalid and described by both, so a screen reader announces the problem with the field.
 */

interface FieldShell {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
}

export function FieldHint({ name, hint }: { name: string; hint?: ReactNode }) {
  return hint ? (
    <span id={fieldIds(name).hint} className="draft-hint">
      {hint}
    </span>
  ) : null;
}

export function FieldError({ name, error }: { name: string; error?: string }) {
  return error ? (
    <span id={fieldIds(name).error} className="draft-error">
      {error}
    </span>
  ) : null;
}

function controlProps(name: string, hint: ReactNode | undefined, error: string | undefined, extra?: string) {
  const described = [describedBy(name, Boolean(hint), Boolean(error)), extra].filter(Boolean).join(' ');
  return {
    id: fieldIds(name).input,
    name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
  } as const;
}

export function TextField({ name, label, hint, error, defaultValue, required, maxLength, inputMode }: FieldShell & { defaultValue: string; required?: boolean; maxLength?: number; inputMode?: 'numeric' }) {
  return (
    <div className="draft-field">
      <label htmlFor={fieldIds(name).input} className="draft-label">
        {label}
      </label>
      <FieldHint name={name} hint={hint} />
      <input type="text" defaultValue={defaultValue} required={required} maxLength={maxLength} inputMode={inputMode} className="draft-input" {...controlProps(name, hint, error)} />
      <FieldError name={name} error={error} />
    </div>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  error,
  defaultValue,
  rows,
  className,
  after,
  describedByExtra,
}: FieldShell & { defaultValue: string; rows: number; className?: string; after?: ReactNode; describedByExtra?: string }) {
  return (
    <div className="draft-field">
      <label htmlFor={fieldIds(name).input} className="draft-label">
        {label}
      </label>
      <FieldHint name={name} hint={hint} />
      <textarea defaultValue={defaultValue} rows={rows} className={className ?? 'draft-input'} spellCheck {...controlProps(name, hint, error, describedByExtra)} />
      <FieldError name={name} error={error} />
      {after}
    </div>
  );
}

export function SelectField({ name, label, hint, error, defaultValue, options }: FieldShell & { defaultValue: string; options: readonly { value: string; label: string }[] }) {
  return (
    <div className="draft-field">
      <label htmlFor={fieldIds(name).input} className="draft-label">
        {label}
      </label>
      <FieldHint name={name} hint={hint} />
      <select defaultValue={defaultValue} className="draft-input" {...controlProps(name, hint, error)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError name={name} error={error} />
    </div>
  );
}

/** A group of checkboxes (e.g. authors) whose error describes the whole group. */
export function CheckboxGroup({ name, label, hint, error, checked, options }: FieldShell & { checked: readonly string[]; options: readonly { value: string; label: string }[] }) {
  return (
    <fieldset className="draft-fieldset" aria-describedby={describedBy(name, Boolean(hint), Boolean(error))} id={fieldIds(name).input} tabIndex={-1}>
      <legend className="draft-label">{label}</legend>
      <FieldHint name={name} hint={hint} />
      <div className="draft-checkboxes">
        {options.map((option) => (
          <label key={option.value} className="draft-checkbox">
            <input type="checkbox" name={name} value={option.value} defaultChecked={checked.includes(option.value)} aria-invalid={error ? true : undefined} />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError name={name} error={error} />
    </fieldset>
  );
}
