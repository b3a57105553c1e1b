// Labelled form fields of the planning forms: the label wraps its control, so it is always tied to it.
import type { HTMLInputTypeAttribute, ReactNode } from 'react';

export interface TextFieldProps {
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  maxLength?: number;
  type?: HTMLInputTypeAttribute;
  /** A multi-line field (a textarea of this many rows). */
  rows?: number;
  /** Shown under the field: its value changed on another device (see ChangedElsewhere). */
  notice?: ReactNode;
}

export function TextField({ label, value, onChange, maxLength, type, rows, notice }: TextFieldProps) {
  const field = (
    <label>
      {label}
      {rows ? (
        <textarea
          value={value}
          onChange={(e) => onChange(e.target.value)}
          maxLength={maxLength}
          rows={rows}
        />
      ) : (
        <input type={type} value={value} onChange={(e) => onChange(e.target.value)} maxLength={maxLength} />
      )}
    </label>
  );
  return notice ? (
    <>
      {field}
      {notice}
    </>
  ) : (
    field
  );
}

export interface SelectFieldProps<T extends string> {
  label: ReactNode;
  /** Visible only to screen readers (a select in a row that already says what it is about). */
  labelHidden?: boolean;
  value: T;
  options: readonly T[];
  optionLabel(option: T): string;
  onChange(value: T): void;
  /** Shown under the field: its value changed on another device. */
  notice?: ReactNode;
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { label, labelHidden, value, options, optionLabel, onChange, notice } = props;
  const field = (
    <label>
      {labelHidden ? <span className="visually-hidden">{label}</span> : label}
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </label>
  );
  return notice ? (
    <>
      {field}
      {notice}
    </>
  ) : (
    field
  );
}

/** A form's refusal, announced when it appears. */
export function FormError({ error }: { error: string | null }) {
  return error ? (
    <p role="alert" className="field-error">
      {error}
    </p>
  ) : null;
}
