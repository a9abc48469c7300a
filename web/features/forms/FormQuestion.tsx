// SPDX-License-Identifier: EUPL-1.2
import { TextAreaField, TextField } from '../../components/FormField.tsx';
import { JA_NEE, type Veld } from './form-model.ts';

interface Props {
  veld: Veld;
  value: string;
  error: string | undefined;
  onChange: (value: string, file?: File) => void;
  onBlur: () => void;
}

const INPUT_TYPE: Record<string, string> = {
  datum: 'date',
  email: 'email',
  telefoon: 'tel',
  getal: 'text',
  bsn: 'text',
};

/** One question, as the NL Design System form field: label, description, error, control. */
export function FormQuestion({ veld, value, error, onChange, onBlur }: Props) {
  const id = `veld-${veld.naam}`;
  if (veld.soort === 'keuze' || veld.soort === 'janee') {
    return (
      <ChoiceQuestion veld={veld} value={value} error={error} onChange={onChange} onBlur={onBlur} />
    );
  }
  if (veld.soort === 'lang') {
    return (
      <TextAreaField
        id={id}
        label={veld.label}
        description={veld.uitleg}
        error={error}
        value={value}
        required={veld.verplicht}
        maxLength={veld.max}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
    );
  }
  if (veld.soort === 'bestand') {
    return (
      <TextField
        id={id}
        label={veld.label}
        description={veld.uitleg}
        error={error}
        type="file"
        accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
        onChange={(e) => onChange(e.target.files?.[0]?.name ?? '', e.target.files?.[0])}
      />
    );
  }
  const numeric = veld.soort === 'bsn' || veld.soort === 'getal';
  return (
    <TextField
      id={id}
      label={veld.label}
      description={veld.uitleg}
      error={error}
      value={value}
      required={veld.verplicht}
      type={INPUT_TYPE[veld.soort] ?? 'text'}
      inputMode={numeric ? 'numeric' : undefined}
      autoComplete={veld.autocomplete ?? (veld.soort === 'bsn' ? 'off' : undefined)}
      maxLength={veld.soort === 'bsn' ? 9 : veld.max}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onBlur}
    />
  );
}

/** A question with a few answers: radio buttons in a fieldset (easy to tap on a phone). */
function ChoiceQuestion({ veld, value, error, onChange, onBlur }: Props) {
  const id = `veld-${veld.naam}`;
  const options = veld.soort === 'janee' ? JA_NEE : (veld.opties ?? []);
  const describedBy =
    [veld.uitleg && `${id}-description`, error && `${id}-error`].filter(Boolean).join(' ') ||
    undefined;
  return (
    <fieldset
      className={`utrecht-form-field aw-choice${error ? ' utrecht-form-field--invalid' : ''}`}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      style={{ border: 0, padding: 0, margin: '0 0 1.25rem' }}
    >
      <legend
        className="utrecht-form-label"
        style={{ fontWeight: 600, paddingBlockEnd: '0.25rem' }}
      >
        {veld.label}
      </legend>
      {veld.uitleg && (
        <div className="utrecht-form-field-description" id={`${id}-description`}>
          {veld.uitleg}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
      {options.map((o, i) => (
        <div
          key={o.waarde}
          style={{
            display: 'flex',
            gap: '0.5rem',
            alignItems: 'flex-start',
            minBlockSize: '2.75rem',
            paddingBlock: '0.25rem',
          }}
        >
          <input
            type="radio"
            id={i === 0 ? id : `${id}-${o.waarde}`}
            name={id}
            value={o.waarde}
            checked={value === o.waarde}
            onChange={() => onChange(o.waarde)}
            onBlur={onBlur}
            style={{ inlineSize: '1.5rem', blockSize: '1.5rem', margin: 0, flex: 'none' }}
          />
          <label htmlFor={i === 0 ? id : `${id}-${o.waarde}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
