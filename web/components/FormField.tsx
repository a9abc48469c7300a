// SPDX-License-Identifier: EUPL-1.2
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { Alert } from './Page.tsx';

interface FieldProps {
  id: string;
  label: string;
  description?: string | undefined;
  error?: string | undefined;
}

/** Label, description and error message wired to the control with aria-describedby (NL DS form field). */
function FieldShell({
  id,
  label,
  description,
  error,
  children,
}: FieldProps & { children: ReactNode }) {
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description && (
        <div
          className="utrecht-form-field__description utrecht-form-field-description"
          id={`${id}-description`}
        >
          {description}
        </div>
      )}
      {error && (
        <div
          className="utrecht-form-field__error-message utrecht-form-field-error-message"
          id={`${id}-error`}
        >
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

const describedBy = (id: string, description?: string, error?: string) =>
  [description && `${id}-description`, error && `${id}-error`].filter(Boolean).join(' ') ||
  undefined;

export function TextField({
  id,
  label,
  description,
  error,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement> & { ref?: React.Ref<HTMLInputElement> }) {
  return (
    <FieldShell id={id} label={label} description={description} error={error}>
      <input
        id={id}
        name={id}
        className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        {...input}
      />
    </FieldShell>
  );
}

export function TextAreaField({
  id,
  label,
  description,
  error,
  ...area
}: FieldProps & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell id={id} label={label} description={description} error={error}>
      <textarea
        id={id}
        name={id}
        rows={4}
        className={`utrecht-textarea utrecht-textbox--html-input aw-textarea${error ? ' utrecht-textbox--invalid' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        {...area}
      />
    </FieldShell>
  );
}

export function SelectField({
  id,
  label,
  description,
  error,
  options,
  ...select
}: FieldProps &
  SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return (
    <FieldShell id={id} label={label} description={description} error={error}>
      <select
        id={id}
        name={id}
        className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** The error summary at the top of a form: links to each field, focused after a failed submit. */
export function ErrorSummary({
  errors,
  summaryRef,
}: {
  errors: { id: string; message: string }[];
  summaryRef: React.RefObject<HTMLDivElement | null>;
}) {
  if (errors.length === 0) return null;
  return (
    <div
      className="aw-error-summary"
      role="alert"
      tabIndex={-1}
      ref={summaryRef}
      aria-labelledby="foutsamenvatting-titel"
    >
      <h2 className="utrecht-heading-3" id="foutsamenvatting-titel">
        Controleer de volgende {errors.length === 1 ? 'vraag' : 'vragen'}
      </h2>
      <ul className="utrecht-unordered-list">
        {errors.map((e) => (
          <li key={e.id} className="utrecht-unordered-list__item">
            <a className="utrecht-link" href={`#${e.id}`}>
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export const Button = ({
  children,
  appearance = 'primary-action-button',
  ...rest
}: React.ButtonHTMLAttributes<HTMLButtonElement> & {
  appearance?: 'primary-action-button' | 'secondary-action-button';
}) => (
  // NL DS names the appearance `primary-action-button`; the Utrecht CSS class drops the `-button`.
  <button
    className={`utrecht-button utrecht-button--${appearance.replace(/-button$/, '')}`}
    type="submit"
    {...rest}
  >
    {children}
  </button>
);

/** Above a form: the error summary, then the outcome of the last send (see `useForm`). */
export function FormMessages({
  errors,
  summary,
  outcome,
}: {
  errors: { id: string; message: string }[];
  summary: React.RefObject<HTMLDivElement | null>;
  outcome?: { ok: boolean; text: string } | undefined;
}) {
  return (
    <>
      <ErrorSummary errors={errors} summaryRef={summary} />
      {outcome && <Alert type={outcome.ok ? 'ok' : 'error'}>{outcome.text}</Alert>}
    </>
  );
}
