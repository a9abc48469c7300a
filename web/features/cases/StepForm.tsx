// SPDX-License-Identifier: EUPL-1.2
import { useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import {
  Button,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/FormField.tsx';
import { Alert, Paragraph } from '../../components/Page.tsx';

export interface FieldDef {
  naam: string;
  label: string;
  soort: 'keuze' | 'tekst' | 'datum' | 'ja_nee' | 'getal';
  verplicht: boolean;
  opties?: Record<string, string>;
  hulp?: string;
}
export interface Step {
  actie: string;
  label: string;
  velden: FieldDef[];
  brief: string | null;
  bron: string;
}

const fieldId = (naam: string) => `stap-${naam}`;

/**
 * The next step of a case: only the steps the state machine allows, in a fixed order, with their
 * mandatory fields as drop-downs where the answer is a choice (seed 003 proposal 2).
 */
export function StepForm({
  caseId,
  steps,
  today,
  onDone,
}: {
  caseId: number;
  steps: Step[];
  today: string;
  onDone: () => void;
}) {
  const [actie, setActie] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<{ id: string; message: string }[]>([]);
  const [failure, setFailure] = useState<string>();
  const summary = useRef<HTMLDivElement>(null);
  const step = steps.find((s) => s.actie === actie);
  const errorOf = (naam: string) => errors.find((e) => e.id === fieldId(naam))?.message;

  function parsed(def: FieldDef): unknown {
    const raw = values[def.naam] ?? (def.soort === 'datum' && def.verplicht ? today : '');
    if (raw === '') return undefined;
    if (def.soort === 'ja_nee') return raw === 'ja';
    if (def.soort === 'getal') return Number(raw.replace(',', '.'));
    return raw;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!step) return;
    const velden = Object.fromEntries(
      step.velden.map((f) => [f.naam, parsed(f)]).filter(([, v]) => v !== undefined),
    );
    setFailure(undefined);
    try {
      await api(`/api/zaken/${caseId}/stappen`, {
        method: 'POST',
        body: JSON.stringify({ actie: step.actie, velden }),
      });
      setActie('');
      setValues({});
      setErrors([]);
      onDone();
    } catch (e) {
      if (e instanceof ApiError) {
        const perField = (e.details.velden ?? []) as { veld: string; melding: string }[];
        setErrors(perField.map((p) => ({ id: fieldId(p.veld), message: p.melding })));
        setFailure(perField.length ? undefined : e.message);
        setTimeout(() => summary.current?.focus());
      } else {
        setFailure('De stap opslaan is mislukt.');
      }
    }
  }

  if (steps.length === 0) {
    return <Paragraph>Dit dossier is afgesloten: er zijn geen stappen meer.</Paragraph>;
  }
  return (
    <form className="aw-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} summaryRef={summary} />
      {failure && <Alert type="error">{failure}</Alert>}
      <SelectField
        id="stap"
        label="Volgende stap"
        value={actie}
        onChange={(e) => {
          setActie(e.target.value);
          setErrors([]);
        }}
        options={[
          { value: '', label: 'Kies een stap' },
          ...steps.map((s) => ({ value: s.actie, label: s.label })),
        ]}
      />
      {step && (
        <>
          <Paragraph className="aw-hint">
            Bron: {step.bron}
            {step.brief ? ` · Deze stap zet de brief '${step.brief}' klaar.` : ''}
          </Paragraph>
          {step.velden.map((f) => {
            const common = {
              id: fieldId(f.naam),
              label: f.verplicht ? f.label : `${f.label} (niet verplicht)`,
              description: f.hulp ?? (f.soort === 'datum' ? 'Als JJJJ-MM-DD.' : undefined),
              error: errorOf(f.naam),
            };
            const value = values[f.naam] ?? (f.soort === 'datum' && f.verplicht ? today : '');
            const set = (v: string) => setValues({ ...values, [f.naam]: v });
            if (f.soort === 'keuze' || f.soort === 'ja_nee') {
              const options = f.soort === 'ja_nee' ? { ja: 'Ja', nee: 'Nee' } : (f.opties ?? {});
              return (
                <SelectField
                  key={f.naam}
                  {...common}
                  value={value}
                  onChange={(e) => set(e.target.value)}
                  options={[
                    { value: '', label: 'Kies' },
                    ...Object.entries(options).map(([v, label]) => ({ value: v, label })),
                  ]}
                />
              );
            }
            if (f.soort === 'tekst') {
              return (
                <TextAreaField
                  key={f.naam}
                  {...common}
                  value={value}
                  onChange={(e) => set(e.target.value)}
                />
              );
            }
            return (
              <TextField
                key={f.naam}
                {...common}
                inputMode={f.soort === 'getal' ? 'decimal' : undefined}
                value={value}
                onChange={(e) => set(e.target.value)}
                autoComplete="off"
              />
            );
          })}
          <div className="aw-form__actions">
            <Button>{step.label}</Button>
          </div>
        </>
      )}
    </form>
  );
}
