// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';
import { TRANSFER_MOMENTS, TRANSFER_RESULTS } from '../../../shared/office-kinds.ts';
import {
  Button,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import { Link } from '../../router.tsx';
import { isDay, minutesOf, optionsOf, post, todayText, useErrors, useLoad } from './shared.tsx';

interface Pupil {
  personId: number;
  naam: string;
  school: string;
  niveau: string | null;
  momenten: number[];
  volgendMoment: 1 | 2 | 3 | null;
  volgendMomentUiterlijk: string | null;
  laatsteAfspraken: string | null;
  resultaat: keyof typeof TRANSFER_RESULTS | null;
}

/** VO→MBO: final-year pupils without an mbo enrolment, the three overstaptafels and the result. */
export function TransferPage() {
  const { data, failure, reload } = useLoad<{
    schooljaar: string;
    totaal: number;
    leerlingen: Pupil[];
  }>('/api/kantoorwerk/overstap');
  const [selected, setSelected] = useState<Pupil>();
  return (
    <Page title="Overstap VO-MBO">
      <Paragraph>
        Examenleerlingen vmbo (en leerlingen die dit schooljaar de school verlaten) zonder
        inschrijving op het mbo. Drie overstaptafels: voor 1 april (nog geen aanmelding), voor de
        zomer (afspraken) en tot 1 oktober (wie doet wat). Wie het eerst aan de beurt is, staat
        bovenaan.
      </Paragraph>
      {failure && <Alert type="error">{failure}</Alert>}
      {selected && data && (
        <ReviewForm
          key={selected.personId}
          pupil={selected}
          schooljaar={data.schooljaar}
          onDone={reload}
        />
      )}
      {data && (
        <Table
          caption={`Overstapleerlingen ${data.schooljaar}: ${data.leerlingen.length} van ${data.totaal}, eerst aan de beurt bovenaan`}
          rowKey={(p) => p.personId}
          rows={data.leerlingen}
          empty="Geen examenleerlingen zonder mbo-inschrijving."
          columns={[
            {
              header: 'Leerling',
              cell: (p) => <Link href={`/personen/${p.personId}`}>{p.naam}</Link>,
            },
            { header: 'School', cell: (p) => `${p.school}${p.niveau ? ` (${p.niveau})` : ''}` },
            {
              header: 'Besproken',
              cell: (p) =>
                p.momenten.length ? p.momenten.map((m) => `tafel ${m}`).join(', ') : 'nog niet',
            },
            {
              header: 'Volgende tafel',
              cell: (p) =>
                p.volgendMoment
                  ? `tafel ${p.volgendMoment}, uiterlijk ${formatDate(p.volgendMomentUiterlijk)}`
                  : '',
            },
            { header: 'Afspraken', cell: (p) => p.laatsteAfspraken ?? '' },
            {
              header: 'Resultaat',
              cell: (p) => (p.resultaat ? TRANSFER_RESULTS[p.resultaat] : 'open'),
            },
            {
              header: 'Actie',
              cell: (p) => (
                <Button
                  appearance="secondary-action-button"
                  type="button"
                  aria-label={`Bespreking vastleggen: ${p.naam}`}
                  onClick={() => setSelected(p)}
                >
                  Bespreking vastleggen
                </Button>
              ),
            },
          ]}
        />
      )}
    </Page>
  );
}

function ReviewForm({
  pupil,
  schooljaar,
  onDone,
}: {
  pupil: Pupil;
  schooljaar: string;
  onDone: () => Promise<unknown>;
}) {
  const [form, setForm] = useState({
    moment: String(pupil.volgendMoment ?? 3),
    datum: todayText(),
    afspraken: '',
    resultaat: '',
    minuten: '',
  });
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const { errors, summary, check, errorOf } = useErrors();
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const minuten = minutesOf(form.minuten);
    const found = [];
    if (!isDay(form.datum)) {
      found.push({ id: 'ov-datum', message: 'Vul de datum in als JJJJ-MM-DD.' });
    }
    if (minuten === undefined) {
      found.push({
        id: 'ov-minuten',
        message: 'Vul de tijd in als hele minuten (1 tot 1440), of laat hem leeg.',
      });
    }
    if (!check(found)) return;
    try {
      await post('/api/kantoorwerk/overstap/besprekingen', {
        personId: pupil.personId,
        schooljaar,
        moment: Number(form.moment),
        datum: form.datum,
        afspraken: form.afspraken || null,
        resultaat: form.resultaat || null,
        minuten,
      });
      setResult({ ok: true, text: 'De bespreking is vastgelegd.' });
      await onDone();
    } catch (e) {
      setResult({ ok: false, text: (e as Error).message });
    }
  }
  return (
    <section aria-labelledby="ov-titel">
      <Heading2 id="ov-titel">{`Bespreking vastleggen: ${pupil.naam}`}</Heading2>
      <ErrorSummary errors={errors} summaryRef={summary} />
      {result && <Alert type={result.ok ? 'ok' : 'error'}>{result.text}</Alert>}
      <form className="aw-form" onSubmit={submit} noValidate>
        <SelectField
          id="ov-moment"
          label="Overstaptafel"
          value={form.moment}
          onChange={set('moment')}
          options={optionsOf(TRANSFER_MOMENTS)}
        />
        <TextField
          id="ov-datum"
          label="Datum"
          description="JJJJ-MM-DD"
          value={form.datum}
          onChange={set('datum')}
          error={errorOf('ov-datum')}
        />
        <TextAreaField
          id="ov-afspraken"
          label="Afspraken"
          value={form.afspraken}
          onChange={set('afspraken')}
        />
        <SelectField
          id="ov-resultaat"
          label="Resultaat"
          value={form.resultaat}
          onChange={set('resultaat')}
          options={[{ value: '', label: 'Nog open' }, ...optionsOf(TRANSFER_RESULTS)]}
        />
        <TextField
          id="ov-minuten"
          label="Bestede tijd in minuten (niet verplicht)"
          inputMode="numeric"
          value={form.minuten}
          onChange={set('minuten')}
          error={errorOf('ov-minuten')}
        />
        <div className="aw-form__actions">
          <Button>Bespreking vastleggen</Button>
        </div>
      </form>
    </section>
  );
}
