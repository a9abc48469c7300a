// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Alert, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';

interface Row {
  gebruikerId: number | null;
  naam: string;
  team: string | null;
  open: number;
  nieuw: number;
  vandaag: number;
  teLaat: number;
}

interface NoShowRow {
  team: string | null;
  maand: string;
  gehouden: number;
  noShow: number;
  percentage: number | null;
}

/** The teamleider's view of the work: per consultant, no persons. */
export function TeamPage() {
  const [rows, setRows] = useState<Row[]>();
  const [failure, setFailure] = useState<string>();
  const [noShow, setNoShow] = useState<NoShowRow[]>([]);
  useEffect(() => {
    api<{ rijen: NoShowRow[] }>('/api/afspraken/no-show').then(
      (r) => setNoShow(r.rijen),
      () => undefined,
    );
    api<{ medewerkers: Row[] }>('/api/werklijst/team').then(
      (r) => setRows(r.medewerkers),
      (e) => setFailure(e instanceof ApiError ? e.message : 'Laden is mislukt.'),
    );
  }, []);
  return (
    <Page title="Team">
      <Paragraph>
        De open dossiers per medewerker: hoeveel nieuw zijn, vandaag aan de beurt en te laat.
      </Paragraph>
      {failure && <Alert type="error">{failure}</Alert>}
      {rows && (
        <Table
          caption="Werkvoorraad per medewerker"
          rowKey={(r) => `${r.gebruikerId ?? 0}-${r.team ?? ''}`}
          rows={rows}
          empty="Geen open dossiers."
          columns={[
            { header: 'Medewerker', cell: (r) => r.naam },
            { header: 'Team', cell: (r) => r.team ?? '' },
            { header: 'Open', cell: (r) => r.open },
            { header: 'Nieuw', cell: (r) => r.nieuw },
            { header: 'Vandaag', cell: (r) => r.vandaag },
            { header: 'Te laat', cell: (r) => r.teLaat },
          ]}
        />
      )}
      <Table
        caption="No-show per team en maand (seed 003, voorstel 3: effectmeting)"
        rowKey={(r) => `${r.team ?? ''}-${r.maand}`}
        rows={noShow}
        empty="Nog geen afspraken met een afloop."
        columns={[
          { header: 'Team', cell: (r) => r.team ?? 'zonder team' },
          { header: 'Maand', cell: (r) => r.maand },
          { header: 'Gehouden', cell: (r) => r.gehouden },
          { header: 'No-show', cell: (r) => r.noShow },
          { header: 'Percentage', cell: (r) => (r.percentage === null ? '' : `${r.percentage}%`) },
        ]}
      />
    </Page>
  );
}
