// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, ErrorSummary, TextAreaField, TextField } from '../../components/FormField.tsx';
import { Alert, Paragraph } from '../../components/Page.tsx';
import {
  checkTemplate,
  serverFieldErrors,
  type FieldError,
  type MergeField,
  type Template,
  type TemplateFormField,
} from './template-form.ts';

/** Edits one template: subject and text, the list of merge fields beside it; saving makes a new version. */
export function TemplateEditor({
  template,
  velden,
  onSaved,
  onClose,
}: {
  template: Template;
  velden: MergeField[];
  onSaved: () => Promise<void>;
  onClose: () => void;
}) {
  const [titel, setTitel] = useState(template.titel);
  const [inhoud, setInhoud] = useState(template.inhoud);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const errorOf = (id: TemplateFormField) =>
    errors
      .filter((e) => e.id === id)
      .map((e) => e.message)
      .join(' ') || undefined;
  const showErrors = (found: FieldError[]) => {
    setErrors(found);
    setTimeout(() => summary.current?.focus());
  };

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setResult(undefined);
    const found = checkTemplate(
      titel,
      inhoud,
      velden.map((v) => v.naam),
    );
    if (found.length) return showErrors(found);
    setErrors([]);
    setBusy(true);
    try {
      const saved = await api<Template>(
        `/api/brieven/sjablonen/${encodeURIComponent(template.sleutel)}`,
        { method: 'PUT', body: JSON.stringify({ titel, inhoud }) },
      );
      await onSaved();
      setResult({
        ok: true,
        text: `Versie ${saved.versie} van ${template.sleutel} is opgeslagen. Nieuwe brieven gebruiken deze versie; verstuurde brieven blijven zoals ze waren.`,
      });
    } catch (e) {
      const fieldErrors = e instanceof ApiError ? serverFieldErrors(e) : [];
      if (fieldErrors.length) showErrors(fieldErrors);
      else {
        setResult({ ok: false, text: e instanceof ApiError ? e.message : 'Opslaan is mislukt.' });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section
      id="sjabloon-bewerken"
      className="aw-section"
      aria-labelledby="sjabloon-bewerken-titel"
    >
      <h2 className="utrecht-heading-2" id="sjabloon-bewerken-titel" tabIndex={-1} ref={heading}>
        Sjabloon {template.sleutel} bewerken
      </h2>
      <Paragraph>
        Nu in gebruik: versie {template.versie} ({template.aantalVersies}{' '}
        {template.aantalVersies === 1 ? 'versie' : 'versies'} bewaard).
      </Paragraph>
      <ErrorSummary errors={errors} summaryRef={summary} />
      {result && <Alert type={result.ok ? 'ok' : 'error'}>{result.text}</Alert>}
      <form className="aw-form" onSubmit={handleSubmit} noValidate>
        <TextField
          id="sjabloon-titel"
          label="Onderwerp"
          description="Staat in de brief na 'Onderwerp:'. Zonder velden."
          value={titel}
          error={errorOf('sjabloon-titel')}
          onChange={(e) => setTitel(e.target.value)}
          autoComplete="off"
        />
        <TextAreaField
          id="sjabloon-inhoud"
          label="Tekst van de brief"
          description="Zet een lege regel tussen alinea's. Een veld schrijft u als {{jeugdige.naam}}. Briefhoofd, adres, datum en ondertekening zet het systeem er zelf bij."
          value={inhoud}
          rows={18}
          error={errorOf('sjabloon-inhoud')}
          onChange={(e) => setInhoud(e.target.value)}
          spellCheck
        />
        <div className="aw-form__actions">
          <Button disabled={busy}>{busy ? 'Bezig…' : 'Nieuwe versie opslaan'}</Button>
          <Button type="button" appearance="secondary-action-button" onClick={onClose}>
            Sluiten
          </Button>
        </div>
      </form>
      <h3 className="utrecht-heading-3" id="velden-titel">
        Velden die u kunt gebruiken
      </h3>
      <dl className="aw-facts" aria-labelledby="velden-titel">
        {velden.map((v) => (
          <div key={v.naam} style={{ display: 'contents' }}>
            <dt>
              <code>{`{{${v.naam}}}`}</code>
            </dt>
            <dd>{v.uitleg}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
