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

/** The teamleider's view of the work: per consultant, no persons. */
export function TeamPage() {
  const [rows, setRows] = useState<Row[]>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
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
    </Page>
  );
}
