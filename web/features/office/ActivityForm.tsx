// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';
import { ACTIVITY_TYPES } from '../../../shared/office-kinds.ts';
import { Button, ErrorSummary, SelectField, TextField } from '../../components/FormField.tsx';
import { Alert, Heading2 } from '../../components/Page.tsx';
import { isDay, minutesOf, optionsOf, post, todayText, useErrors } from './shared.tsx';

export type Options = { value: string; label: string }[];

/** Registers a preventive or voorlichting activity: counts only, never a person. */
export function ActivityForm({
  schoolOptions,
  onDone,
}: {
  schoolOptions: Options;
  onDone: () => Promise<unknown>;
}) {
  const empty = {
    soort: 'voorlichting_klas',
    datum: todayText(),
    schoolId: '',
    vorm: 'fysiek',
    aantalBereikt: '',
    aantalKlassen: '',
    minuten: '',
  };
  const [form, setForm] = useState(empty);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const { errors, summary, check, errorOf } = useErrors();
  const set = (k: keyof typeof empty) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const minuten = minutesOf(form.minuten);
    const found = [];
    if (!isDay(form.datum)) {
      found.push({ id: 'act-datum', message: 'Vul de datum in als JJJJ-MM-DD.' });
    }
    if (!/^\d+$/.test(form.aantalBereikt)) {
      found.push({
        id: 'act-bereikt',
        message: 'Vul het aantal bereikte leerlingen of deelnemers in.',
      });
    }
    if (form.aantalKlassen && !/^\d+$/.test(form.aantalKlassen)) {
      found.push({
        id: 'act-klassen',
        message: 'Vul het aantal klassen in als getal, of laat het leeg.',
      });
    }
    if (minuten === undefined) {
      found.push({
        id: 'act-minuten',
        message: 'Vul de tijd in als hele minuten (1 tot 1440), of laat hem leeg.',
      });
    }
    if (!check(found)) return;
    try {
      await post('/api/kantoorwerk/activiteiten', {
        soort: form.soort,
        datum: form.datum,
        vorm: form.vorm,
        minuten,
        schoolId: form.schoolId ? Number(form.schoolId) : null,
        aantalBereikt: Number(form.aantalBereikt),
        aantalKlassen: form.aantalKlassen ? Number(form.aantalKlassen) : null,
      });
      setResult({ ok: true, text: 'De activiteit is vastgelegd.' });
      setForm(empty);
      await onDone();
    } catch (e) {
      setResult({ ok: false, text: (e as Error).message });
    }
  }
  return (
    <section aria-labelledby="act-titel">
      <Heading2 id="act-titel">Activiteit vastleggen</Heading2>
      <ErrorSummary errors={errors} summaryRef={summary} />
      {result && <Alert type={result.ok ? 'ok' : 'error'}>{result.text}</Alert>}
      <form className="aw-form" onSubmit={submit} noValidate>
        <SelectField
          id="act-soort"
          label="Soort activiteit"
          value={form.soort}
          onChange={set('soort')}
          options={optionsOf(ACTIVITY_TYPES)}
        />
        <TextField
          id="act-datum"
          label="Datum"
          description="JJJJ-MM-DD"
          value={form.datum}
          onChange={set('datum')}
          error={errorOf('act-datum')}
        />
        <SelectField
          id="act-school"
          label="School"
          value={form.schoolId}
          onChange={set('schoolId')}
          options={schoolOptions}
        />
        <SelectField
          id="act-vorm"
          label="Vorm"
          value={form.vorm}
          onChange={set('vorm')}
          options={[
            { value: 'fysiek', label: 'Fysiek' },
            { value: 'online', label: 'Online' },
          ]}
        />
        <TextField
          id="act-bereikt"
          label="Aantal leerlingen of deelnemers bereikt"
          inputMode="numeric"
          value={form.aantalBereikt}
          onChange={set('aantalBereikt')}
          error={errorOf('act-bereikt')}
        />
        <TextField
          id="act-klassen"
          label="Aantal klassen (niet verplicht)"
          inputMode="numeric"
          value={form.aantalKlassen}
          onChange={set('aantalKlassen')}
          error={errorOf('act-klassen')}
        />
        <TextField
          id="act-minuten"
          label="Bestede tijd in minuten (niet verplicht)"
          inputMode="numeric"
          value={form.minuten}
          onChange={set('minuten')}
          error={errorOf('act-minuten')}
        />
        <div className="aw-form__actions">
          <Button>Activiteit vastleggen</Button>
        </div>
      </form>
    </section>
  );
}
