// SPDX-License-Identifier: EUPL-1.2
/** A date text field with label, description and error wired together (NL Design System form-field markup). */
import { useId } from 'react';

export interface DateFieldProps {
  id: string;
  label: string;
  description: string;
  value: string;
  error?: string;
  required?: boolean;
  onChange(value: string): void;
}

/** Text input for a date (JJJJ-MM-DD or DD-MM-JJJJ). */
export function DateField({
  id,
  label,
  description,
  value,
  error,
  required,
  onChange,
}: DateFieldProps) {
  const descriptionId = useId();
  const errorId = useId();
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {required ? '' : ' (niet verplicht)'}
        </label>
      </div>
      <div className="utrecht-form-field-description" id={descriptionId}>
        {description}
      </div>
      {error ? (
        <div className="utrecht-form-field-error-message" id={errorId}>
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        <input
          id={id}
          name={id}
          className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={value}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${descriptionId} ${errorId}` : descriptionId}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
    </div>
  );
}
