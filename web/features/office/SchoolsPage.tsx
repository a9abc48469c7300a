// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import {
  Button,
  FormMessages,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { useForm, type FieldError } from '../../components/use-form.ts';
import { formatDate } from '../../format.ts';
import { useSession } from '../../session.tsx';
import { isDay, minutesOf, post, todayText, useLoad } from './shared.tsx';

interface SchoolRow {
  schoolId: number;
  naam: string;
  brin: string;
  vestiging: string;
  sector: string;
  gemeente: string;
  consulenten: string[];
  meldingen: number;
  mediaanDagenTotMelding: number | null;
  procentBinnen5Dagen: number | null;
  procentGeenActieGewenst: number | null;
  thuiszitters: number | null;
  laatsteJaargesprek: string | null;
}
interface Data {
  van: string;
  totEnMet: string;
  agenda: Record<string, string>;
  scholen: SchoolRow[];
  jaargesprekken: {
    id: number;
    school: string;
    schooljaar: string;
    datum: string;
    afspraken: string | null;
    medewerker: string | null;
  }[];
}

const schoolYear = (d: string) => {
  const y = Number(d.slice(0, 4)) - (Number(d.slice(5, 7)) >= 8 ? 0 : 1);
  return { label: `${y}-${y + 1}`, van: `${y}-08-01`, totEnMet: `${y + 1}-07-31` };
};
const pct = (n: number | null) => (n === null ? '' : `${n}%`);

/** Schools as partners: consultants per location, the figures for the jaargesprek, and its record. */
export function SchoolsPage() {
  const { may } = useSession();
  const year = schoolYear(todayText());
  const { data, failure, reload } = useLoad<Data>(
    `/api/kantoorwerk/scholen?van=${year.van}&totEnMet=${year.totEnMet}`,
  );
  return (
    <Page title="Scholen en jaargesprekken">
      <Paragraph>
        {`Per schoollocatie de consulenten per taak en de cijfers voor het jaargesprek over schooljaar ${year.label}: meldingen, hoe snel de school meldt (dagen tussen het begin van het verzuim en de melding), het aandeel "geen actie gewenst" en thuiszitters.`}
      </Paragraph>
      {failure && <Alert type="error">{failure}</Alert>}
      {data && may('office.register') && (
        <SchoolMeetingForm data={data} schooljaar={year.label} onDone={reload} />
      )}
      {data && (
        <>
          <Table
            caption={`Scholen, meeste meldingen eerst (${year.label})`}
            rowKey={(s) => s.schoolId}
            rows={data.scholen}
            columns={[
              { header: 'School', cell: (s) => `${s.naam} (${s.brin}${s.vestiging})` },
              { header: 'Sector', cell: (s) => s.sector },
              { header: 'Gemeente', cell: (s) => s.gemeente },
              { header: 'Consulenten (taak)', cell: (s) => s.consulenten.join(', ') },
              { header: 'Meldingen', cell: (s) => s.meldingen, numeric: true },
              {
                header: 'Mediaan dagen tot melding',
                cell: (s) => s.mediaanDagenTotMelding ?? '',
                numeric: true,
              },
              { header: 'Binnen 5 dagen', cell: (s) => pct(s.procentBinnen5Dagen), numeric: true },
              {
                header: 'Geen actie gewenst',
                cell: (s) => pct(s.procentGeenActieGewenst),
                numeric: true,
              },
              {
                header: 'Thuiszitters',
                cell: (s) => s.thuiszitters ?? 'niet bekend',
                numeric: true,
              },
              {
                header: 'Laatste jaargesprek',
                cell: (s) => (s.laatsteJaargesprek ? formatDate(s.laatsteJaargesprek) : 'nog niet'),
              },
            ]}
          />
          <Table
            caption="Jaargesprekken, nieuwste eerst"
            rowKey={(j) => j.id}
            rows={data.jaargesprekken}
            empty="Nog geen jaargesprekken vastgelegd."
            columns={[
              { header: 'Datum', cell: (j) => formatDate(j.datum) },
              { header: 'School', cell: (j) => j.school },
              { header: 'Schooljaar', cell: (j) => j.schooljaar },
              { header: 'Afspraken', cell: (j) => j.afspraken ?? '' },
              { header: 'Medewerker', cell: (j) => j.medewerker ?? '' },
            ]}
          />
        </>
      )}
    </Page>
  );
}

function SchoolMeetingForm({
  data,
  schooljaar,
  onDone,
}: {
  data: Data;
  schooljaar: string;
  onDone: () => Promise<unknown>;
}) {
  const {
    values: form,
    setValues,
    set,
    errorOf,
    onSubmit,
    busy,
    messages,
  } = useForm({
    schoolId: String(data.scholen[0]?.schoolId ?? ''),
    datum: todayText(),
    afspraken: '',
    minuten: '',
  });
  const [agenda, setAgenda] = useState<Record<string, string>>({});
  const validate = () => {
    const found: FieldError[] = [];
    if (!form.schoolId) found.push({ id: 'jg-school', message: 'Kies een school.' });
    if (!isDay(form.datum)) {
      found.push({ id: 'jg-datum', message: 'Vul de datum in als JJJJ-MM-DD.' });
    }
    if (minutesOf(form.minuten) === undefined) {
      found.push({
        id: 'jg-minuten',
        message: 'Vul de tijd in als hele minuten (1 tot 1440), of laat hem leeg.',
      });
    }
    return found;
  };
  const send = async () => {
    const filled = Object.fromEntries(Object.entries(agenda).filter(([, v]) => v.trim()));
    await post('/api/kantoorwerk/jaargesprekken', {
      schoolId: Number(form.schoolId),
      schooljaar,
      datum: form.datum,
      agenda: filled,
      afspraken: form.afspraken || null,
      minuten: minutesOf(form.minuten),
    });
    setAgenda({});
    setValues((v) => ({ ...v, afspraken: '' }));
    await onDone();
    return 'Het jaargesprek is vastgelegd.';
  };
  return (
    <section aria-labelledby="jg-titel">
      <Heading2 id="jg-titel">Jaargesprek vastleggen</Heading2>
      <FormMessages {...messages} />
      <form className="aw-form" onSubmit={onSubmit(validate, send)} noValidate>
        <SelectField
          id="jg-school"
          label="School"
          value={form.schoolId}
          onChange={set('schoolId')}
          options={data.scholen.map((s) => ({ value: String(s.schoolId), label: s.naam }))}
          error={errorOf('jg-school')}
        />
        <TextField
          id="jg-datum"
          label="Datum"
          description="JJJJ-MM-DD"
          value={form.datum}
          onChange={set('datum')}
          error={errorOf('jg-datum')}
        />
        {Object.entries(data.agenda).map(([key, label]) => (
          <TextAreaField
            key={key}
            id={`jg-${key}`}
            label={label}
            value={agenda[key] ?? ''}
            onChange={(e) => setAgenda({ ...agenda, [key]: e.target.value })}
          />
        ))}
        <TextAreaField
          id="jg-afspraken"
          label="Afspraken"
          value={form.afspraken}
          onChange={set('afspraken')}
        />
        <TextField
          id="jg-minuten"
          label="Bestede tijd in minuten (niet verplicht)"
          inputMode="numeric"
          value={form.minuten}
          onChange={set('minuten')}
          error={errorOf('jg-minuten')}
        />
        <div className="aw-form__actions">
          <Button disabled={busy}>Jaargesprek vastleggen</Button>
        </div>
      </form>
    </section>
  );
}
