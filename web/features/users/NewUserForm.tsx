// SPDX-License-Identifier: EUPL-1.2
import { useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, ErrorSummary, SelectField, TextField } from '../../components/FormField.tsx';
import { Alert, Heading2, Paragraph } from '../../components/Page.tsx';
import {
  asSentence,
  checkNewUser,
  EMPTY_USER,
  LABELS,
  MIN_PASSWORD_LENGTH,
  serverFieldErrors,
  type FieldError,
  type UserField,
} from './user-form.ts';

const optional = (field: UserField) => `${LABELS[field]} (niet verplicht)`;

/** The form for a new account; checks what it can before sending and shows the server's refusals per field. */
export function NewUserForm({
  rollen,
  onCreated,
}: {
  rollen: Record<string, string>;
  onCreated: () => Promise<void>;
}) {
  const [values, setValues] = useState(EMPTY_USER);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const errorOf = (id: UserField) => errors.find((e) => e.id === id)?.message;
  const field = (id: UserField) => ({
    id,
    value: values[id],
    error: errorOf(id),
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setValues({ ...values, [id]: e.target.value }),
  });
  const showErrors = (found: FieldError[]) => {
    setErrors(found);
    setTimeout(() => summary.current?.focus());
  };

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setResult(undefined);
    const checked = checkNewUser(values, rollen);
    if (checked.errors.length) return showErrors(checked.errors);
    setErrors([]);
    setBusy(true);
    try {
      await api('/api/gebruikers', { method: 'POST', body: JSON.stringify(checked.body) });
      setValues(EMPTY_USER);
      await onCreated();
      setResult({ ok: true, text: `Het account ${checked.body.gebruikersnaam} is aangemaakt.` });
    } catch (e) {
      const found = e instanceof ApiError ? serverFieldErrors(e) : [];
      if (found.length) showErrors(found);
      else {
        setResult({
          ok: false,
          text: e instanceof ApiError ? asSentence(e.message) : 'Aanmaken is mislukt.',
        });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="nieuwe-gebruiker-titel">
      <Heading2 id="nieuwe-gebruiker-titel">Nieuwe gebruiker</Heading2>
      <Paragraph>
        Zonder wachtwoord meldt de gebruiker zich aan via de inlog van de organisatie (als die is
        ingesteld).
      </Paragraph>
      <ErrorSummary errors={errors} summaryRef={summary} />
      {result && <Alert type={result.ok ? 'ok' : 'error'}>{result.text}</Alert>}
      <form className="aw-form" onSubmit={handleSubmit} noValidate>
        <TextField
          {...field('gebruikersnaam')}
          label={LABELS.gebruikersnaam}
          description="Letters, cijfers, punten of streepjes, bijvoorbeeld j.jansen."
          autoComplete="off"
          spellCheck={false}
        />
        <TextField {...field('naam')} label={LABELS.naam} autoComplete="off" />
        <SelectField
          {...field('rol')}
          label={LABELS.rol}
          description="De rol bepaalt wat de gebruiker mag zien en doen."
          options={[
            { value: '', label: 'Kies een rol' },
            ...Object.entries(rollen).map(([value, label]) => ({ value, label })),
          ]}
        />
        <TextField
          {...field('wachtwoord')}
          label={optional('wachtwoord')}
          description={`Minstens ${MIN_PASSWORD_LENGTH} tekens. Geef het de gebruiker op een veilige manier door; die kan het daarna zelf wijzigen.`}
          type="password"
          autoComplete="new-password"
        />
        <TextField {...field('email')} label={optional('email')} type="email" autoComplete="off" />
        <TextField {...field('team')} label={optional('team')} autoComplete="off" />
        <TextField
          {...field('gemeenten')}
          label={optional('gemeenten')}
          description="Gemeentecodes van 4 cijfers, gescheiden door komma's, bijvoorbeeld 0546, 0575. Leeg: de hele regio."
          inputMode="numeric"
          autoComplete="off"
        />
        <TextField
          {...field('brin')}
          label={LABELS.brin}
          description="Alleen voor een schoolgebruiker: 2 cijfers en 2 letters, bijvoorbeeld 12AB."
          autoComplete="off"
          spellCheck={false}
        />
        <div className="aw-form__actions">
          <Button disabled={busy}>{busy ? 'Bezig…' : 'Gebruiker aanmaken'}</Button>
        </div>
      </form>
    </section>
  );
}
