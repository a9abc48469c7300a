// SPDX-License-Identifier: EUPL-1.2
import { ACTIVITY_TYPES } from '../../../shared/office-kinds.ts';
import { Button, FormMessages, SelectField, TextField } from '../../components/FormField.tsx';
import { Heading2 } from '../../components/Page.tsx';
import { useForm, type FieldError } from '../../components/use-form.ts';
import { isDay, minutesOf, optionsOf, post, todayText } from './shared.tsx';

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
  const { values: form, setValues, set, errorOf, onSubmit, busy, messages } = useForm(empty);
  const validate = () => {
    const found: FieldError[] = [];
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
    if (minutesOf(form.minuten) === undefined) {
      found.push({
        id: 'act-minuten',
        message: 'Vul de tijd in als hele minuten (1 tot 1440), of laat hem leeg.',
      });
    }
    return found;
  };
  const send = async () => {
    await post('/api/kantoorwerk/activiteiten', {
      soort: form.soort,
      datum: form.datum,
      vorm: form.vorm,
      minuten: minutesOf(form.minuten),
      schoolId: form.schoolId ? Number(form.schoolId) : null,
      aantalBereikt: Number(form.aantalBereikt),
      aantalKlassen: form.aantalKlassen ? Number(form.aantalKlassen) : null,
    });
    setValues(empty);
    await onDone();
    return 'De activiteit is vastgelegd.';
  };
  return (
    <section aria-labelledby="act-titel">
      <Heading2 id="act-titel">Activiteit vastleggen</Heading2>
      <FormMessages {...messages} />
      <form className="aw-form" onSubmit={onSubmit(validate, send)} noValidate>
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
          <Button disabled={busy}>Activiteit vastleggen</Button>
        </div>
      </form>
    </section>
  );
}
