// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';
import { ADVICE_SOURCES } from '../../../shared/office-kinds.ts';
import { Button, ErrorSummary, SelectField, TextField } from '../../components/FormField.tsx';
import { Alert, Heading2 } from '../../components/Page.tsx';
import type { Options } from './ActivityForm.tsx';
import { isDay, minutesOf, optionsOf, post, todayText, useErrors } from './shared.tsx';

/** Registers a short advice or consultation question. */
export function AdviceForm({
  schoolOptions,
  onDone,
}: {
  schoolOptions: Options;
  onDone: () => Promise<unknown>;
}) {
  const empty = { datum: todayText(), van: 'school', onderwerp: '', schoolId: '', minuten: '' };
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
      found.push({ id: 'adv-datum', message: 'Vul de datum in als JJJJ-MM-DD.' });
    }
    if (form.onderwerp.trim().length < 2) {
      found.push({ id: 'adv-onderwerp', message: 'Geef het onderwerp van de vraag.' });
    }
    if (minuten === undefined) {
      found.push({
        id: 'adv-minuten',
        message: 'Vul de tijd in als hele minuten (1 tot 1440), of laat hem leeg.',
      });
    }
    if (!check(found)) return;
    try {
      await post('/api/kantoorwerk/adviesvragen', {
        ...form,
        minuten,
        schoolId: form.schoolId ? Number(form.schoolId) : null,
      });
      setResult({ ok: true, text: 'De adviesvraag is vastgelegd.' });
      setForm(empty);
      await onDone();
    } catch (e) {
      setResult({ ok: false, text: (e as Error).message });
    }
  }
  return (
    <section aria-labelledby="adv-titel">
      <Heading2 id="adv-titel">Adviesvraag vastleggen</Heading2>
      <ErrorSummary errors={errors} summaryRef={summary} />
      {result && <Alert type={result.ok ? 'ok' : 'error'}>{result.text}</Alert>}
      <form className="aw-form" onSubmit={submit} noValidate>
        <TextField
          id="adv-datum"
          label="Datum"
          description="JJJJ-MM-DD"
          value={form.datum}
          onChange={set('datum')}
          error={errorOf('adv-datum')}
        />
        <SelectField
          id="adv-van"
          label="Vraag van"
          value={form.van}
          onChange={set('van')}
          options={optionsOf(ADVICE_SOURCES)}
        />
        <TextField
          id="adv-onderwerp"
          label="Onderwerp (geen namen)"
          value={form.onderwerp}
          onChange={set('onderwerp')}
          error={errorOf('adv-onderwerp')}
        />
        <SelectField
          id="adv-school"
          label="School"
          value={form.schoolId}
          onChange={set('schoolId')}
          options={schoolOptions}
        />
        <TextField
          id="adv-minuten"
          label="Bestede tijd in minuten (niet verplicht)"
          inputMode="numeric"
          value={form.minuten}
          onChange={set('minuten')}
          error={errorOf('adv-minuten')}
        />
        <div className="aw-form__actions">
          <Button>Adviesvraag vastleggen</Button>
        </div>
      </form>
    </section>
  );
}
