// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, TextField } from '../../components/FormField.tsx';
import { Alert, Heading2, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import { duration, type Choices } from './choices.ts';

interface SchoolRow {
  schoolId: number | null;
  school: string;
  brin: string | null;
  open: number;
  langerDan4Weken: number;
  opTafel: number;
  gedeeltelijk: number;
  langsteDagen: number;
  perType: Record<string, number>;
}

/** Per school the open episodes, for the conversations two or three times a year (R41). */
export function SchoolsTable({ choices }: { choices: Choices | undefined }) {
  const [rows, setRows] = useState<SchoolRow[]>([]);
  useEffect(() => {
    api<{ scholen: SchoolRow[] }>('/api/thuiszitters/scholen')
      .then((r) => setRows(r.scholen))
      .catch(() => undefined);
  }, []);
  return (
    <section aria-labelledby="tz-scholen">
      <Heading2 id="tz-scholen">Per school</Heading2>
      <Paragraph>Voor het gesprek met de scholen, twee à drie keer per schooljaar.</Paragraph>
      <Table
        caption="Lopende thuiszitters per school"
        rowKey={(r) => String(r.schoolId)}
        rows={rows}
        empty="Geen lopende thuiszitters."
        columns={[
          { header: 'School', cell: (r) => (r.brin ? `${r.school} (${r.brin})` : r.school) },
          { header: 'Lopend', cell: (r) => r.open, numeric: true },
          { header: '4 weken of langer', cell: (r) => r.langerDan4Weken, numeric: true },
          { header: 'Langer dan 3 maanden', cell: (r) => r.opTafel, numeric: true },
          { header: 'Gedeeltelijk onderwijs', cell: (r) => r.gedeeltelijk, numeric: true },
          { header: 'Langste duur', cell: (r) => duration(r.langsteDagen) },
          {
            header: 'Soorten',
            cell: (r) =>
              Object.entries(r.perType)
                .map(([t, n]) => `${choices?.types[t] ?? t}: ${n}`)
                .join('; '),
          },
        ]}
      />
    </section>
  );
}

interface Year {
  schooljaar: string;
  van: string;
  peildatum: string;
  definitie: { tekst: string };
  flow: Record<'aanvang' | 'nieuw' | 'opgelost' | 'achttien' | 'verhuisd' | 'einde', number>;
  eindeVorigJaar: number;
}

/** The end-of-year table: aanvang + nieuw − opgelost − 18 − verhuisd = einde. */
export function YearTable() {
  const [schooljaar, setSchooljaar] = useState('');
  const [year, setYear] = useState<Year>();
  const [failure, setFailure] = useState<string>();
  const load = (sj: string) =>
    api<Year>(`/api/thuiszitters/jaaroverzicht${sj ? `?schooljaar=${sj}` : ''}`)
      .then((y) => {
        setYear(y);
        setSchooljaar(y.schooljaar);
        setFailure(undefined);
      })
      .catch((e) => setFailure(e instanceof ApiError ? e.message : 'Laden is mislukt.'));
  useEffect(() => {
    void load('');
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void load(schooljaar);
  };
  const f = year?.flow;
  const rows = f
    ? [
        { term: `Aanvang (loopt op ${formatDate(year.van)})`, aantal: f.aanvang },
        { term: '+ Nieuw in het schooljaar', aantal: f.nieuw },
        {
          term: '− Opgelost (naar school, gedeeltelijk, vrijstelling, geen info)',
          aantal: f.opgelost,
        },
        { term: '− 18 jaar geworden (einde leerplicht)', aantal: f.achttien },
        { term: '− Verhuisd', aantal: f.verhuisd },
        { term: `= Einde (loopt nog op ${formatDate(year.peildatum)})`, aantal: f.einde },
      ]
    : [];
  return (
    <section aria-labelledby="tz-jaar">
      <Heading2 id="tz-jaar">Eindsituatie schooljaar</Heading2>
      <form className="aw-form" onSubmit={submit} noValidate>
        <TextField
          id="tz-schooljaar"
          label="Schooljaar"
          description="Bijvoorbeeld 2025-2026"
          value={schooljaar}
          onChange={(e) => setSchooljaar(e.target.value)}
          autoComplete="off"
        />
        <Button appearance="secondary-action-button">Toon</Button>
      </form>
      {failure && <Alert type="error">{failure}</Alert>}
      {year && (
        <>
          <Table
            caption={`Instroom en uitstroom ${year.schooljaar}`}
            rowKey={(r) => r.term}
            rows={rows}
            columns={[
              { header: 'Onderdeel', cell: (r) => r.term },
              { header: 'Aantal', cell: (r) => r.aantal, numeric: true },
            ]}
          />
          <Paragraph className="aw-muted">{year.definitie.tekst}</Paragraph>
          {year.eindeVorigJaar !== year.flow.aanvang && (
            <Alert type="warning">
              Het einde van vorig schooljaar ({year.eindeVorigJaar}) is niet gelijk aan de aanvang
              van dit schooljaar ({year.flow.aanvang}), bijvoorbeeld door een verhuizing of een
              andere definitie.
            </Alert>
          )}
        </>
      )}
    </section>
  );
}
