// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useMemo, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { SelectField } from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import { Link } from '../../router.tsx';
import { duration, useChoices, type Episode } from './choices.ts';
import { SchoolsTable, YearTable } from './OverviewTables.tsx';

interface Worklist {
  vandaag: string;
  definitie: { tekst: string; uitleg: string };
  perioden: Episode[];
}

const ALL = '';

/** The day's thuiszitter work: overdue and longest first, the tafel list, per school and per year. */
export function ThuiszittersPage() {
  const choices = useChoices();
  const [data, setData] = useState<Worklist>();
  const [failure, setFailure] = useState<string>();
  const [gemeente, setGemeente] = useState(ALL);
  const [school, setSchool] = useState(ALL);
  useEffect(() => {
    api<Worklist>('/api/thuiszitters')
      .then(setData)
      .catch((e) => setFailure(e instanceof ApiError ? e.message : 'Laden is mislukt.'));
  }, []);
  const all = useMemo(() => data?.perioden ?? [], [data]);
  const unique = (values: (string | null)[]) =>
    [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
  const rows = all.filter(
    (e) => (gemeente === ALL || e.gemeente === gemeente) && (school === ALL || e.school === school),
  );
  const columns = [
    {
      header: 'Jongere',
      cell: (e: Episode) => <Link href={`/zaken/${e.caseId}`}>{e.naam}</Link>,
    },
    { header: 'Thuis sinds', cell: (e: Episode) => formatDate(e.startdatum) },
    { header: 'Duur', cell: (e: Episode) => duration(e.dagen) },
    { header: 'Soort', cell: (e: Episode) => choices?.types[e.type] ?? e.type },
    { header: 'School', cell: (e: Episode) => e.school ?? '' },
    { header: 'Gemeente', cell: (e: Episode) => e.gemeente ?? '' },
    { header: 'Regie', cell: (e: Episode) => e.regie },
    {
      header: 'Eerstvolgende taak',
      cell: (e: Episode) =>
        e.volgendeTaak
          ? `${e.teLaat ? 'Te laat: ' : ''}${e.volgendeTaak} (${formatDate(e.volgendeTaakOp)})`
          : '',
    },
  ];

  return (
    <Page title="Thuiszitters">
      {failure && <Alert type="error">{failure}</Alert>}
      {data && <Paragraph className="aw-muted">{data.definitie.tekst}</Paragraph>}
      <div className="aw-filters">
        <SelectField
          id="tz-gemeente"
          label="Gemeente"
          value={gemeente}
          onChange={(e) => setGemeente(e.target.value)}
          options={[
            { value: ALL, label: 'Alle gemeenten' },
            ...unique(all.map((e) => e.gemeente)).map((g) => ({ value: g, label: g })),
          ]}
        />
        <SelectField
          id="tz-school"
          label="School"
          value={school}
          onChange={(e) => setSchool(e.target.value)}
          options={[
            { value: ALL, label: 'Alle scholen' },
            ...unique(all.map((e) => e.school)).map((s) => ({ value: s, label: s })),
          ]}
        />
      </div>

      <Heading2>Werklijst</Heading2>
      <Table
        caption="Lopende thuiszitters: te laat eerst, dan wie het langst thuis is"
        rowKey={(e) => e.id}
        rows={rows}
        columns={columns}
        empty="Geen lopende thuiszitters."
      />

      <Heading2>Thuiszitterstafel</Heading2>
      <Paragraph>
        Jongeren die langer dan 3 maanden thuiszitten, om te bespreken met de
        samenwerkingsverbanden.
      </Paragraph>
      <Table
        caption="Langer dan 3 maanden thuis"
        rowKey={(e) => e.id}
        rows={rows.filter((e) => e.opTafel).sort((a, b) => b.dagen - a.dagen)}
        columns={columns}
        empty="Niemand zit langer dan 3 maanden thuis."
      />

      <SchoolsTable choices={choices} />
      <YearTable />
    </Page>
  );
}
