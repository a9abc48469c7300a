// SPDX-License-Identifier: EUPL-1.2
import { ADVICE_SOURCES } from '../../../shared/office-kinds.ts';
import { Button, FormMessages, SelectField, TextField } from '../../components/FormField.tsx';
import { Heading2 } from '../../components/Page.tsx';
import { useForm, type FieldError } from '../../components/use-form.ts';
import type { Options } from './ActivityForm.tsx';
import { isDay, minutesOf, optionsOf, post, todayText } from './shared.tsx';

/** Registers a short advice or consultation question. */
export function AdviceForm({
  schoolOptions,
  onDone,
}: {
  schoolOptions: Options;
  onDone: () => Promise<unknown>;
}) {
  const empty = { datum: todayText(), van: 'school', onderwerp: '', schoolId: '', minuten: '' };
  const { values: form, setValues, set, errorOf, onSubmit, busy, messages } = useForm(empty);
  const validate = () => {
    const found: FieldError[] = [];
    if (!isDay(form.datum)) {
      found.push({ id: 'adv-datum', message: 'Vul de datum in als JJJJ-MM-DD.' });
    }
    if (form.onderwerp.trim().length < 2) {
      found.push({ id: 'adv-onderwerp', message: 'Geef het onderwerp van de vraag.' });
    }
    if (minutesOf(form.minuten) === undefined) {
      found.push({
        id: 'adv-minuten',
        message: 'Vul de tijd in als hele minuten (1 tot 1440), of laat hem leeg.',
      });
    }
    return found;
  };
  const send = async () => {
    await post('/api/kantoorwerk/adviesvragen', {
      ...form,
      minuten: minutesOf(form.minuten),
      schoolId: form.schoolId ? Number(form.schoolId) : null,
    });
    setValues(empty);
    await onDone();
    return 'De adviesvraag is vastgelegd.';
  };
  return (
    <section aria-labelledby="adv-titel">
      <Heading2 id="adv-titel">Adviesvraag vastleggen</Heading2>
      <FormMessages {...messages} />
      <form className="aw-form" onSubmit={onSubmit(validate, send)} noValidate>
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
          <Button disabled={busy}>Adviesvraag vastleggen</Button>
        </div>
      </form>
    </section>
  );
}
