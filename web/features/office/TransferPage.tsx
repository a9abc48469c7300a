// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { TRANSFER_MOMENTS, TRANSFER_RESULTS } from '../../../shared/office-kinds.ts';
import {
  Button,
  FormMessages,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import { Link } from '../../router.tsx';
import { useForm, type FieldError } from '../../components/use-form.ts';
import { isDay, minutesOf, optionsOf, post, todayText, useLoad } from './shared.tsx';

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
  const {
    values: form,
    set,
    errorOf,
    onSubmit,
    busy,
    messages,
  } = useForm({
    moment: String(pupil.volgendMoment ?? 3),
    datum: todayText(),
    afspraken: '',
    resultaat: '',
    minuten: '',
  });
  const validate = () => {
    const found: FieldError[] = [];
    if (!isDay(form.datum)) {
      found.push({ id: 'ov-datum', message: 'Vul de datum in als JJJJ-MM-DD.' });
    }
    if (minutesOf(form.minuten) === undefined) {
      found.push({
        id: 'ov-minuten',
        message: 'Vul de tijd in als hele minuten (1 tot 1440), of laat hem leeg.',
      });
    }
    return found;
  };
  const send = async () => {
    await post('/api/kantoorwerk/overstap/besprekingen', {
      personId: pupil.personId,
      schooljaar,
      moment: Number(form.moment),
      datum: form.datum,
      afspraken: form.afspraken || null,
      resultaat: form.resultaat || null,
      minuten: minutesOf(form.minuten),
    });
    await onDone();
    return 'De bespreking is vastgelegd.';
  };
  return (
    <section aria-labelledby="ov-titel">
      <Heading2 id="ov-titel">{`Bespreking vastleggen: ${pupil.naam}`}</Heading2>
      <FormMessages {...messages} />
      <form className="aw-form" onSubmit={onSubmit(validate, send)} noValidate>
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
          <Button disabled={busy}>Bespreking vastleggen</Button>
        </div>
      </form>
    </section>
  );
}
