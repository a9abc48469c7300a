// SPDX-License-Identifier: EUPL-1.2
/** The cases behind a number of the dashboard, each linking to its case page. */
import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Alert, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate, formatNumber } from '../../format.ts';
import { Link } from '../../router.tsx';
import { STATE_LABELS } from '../cases/labels.ts';
import { CIJFER_LABELS } from './figures.tsx';

interface Row {
  id: number;
  soort: string;
  status: string;
  geopendOp: string;
  geslotenOp: string | null;
  team: string | null;
  gemeente: string | null;
  consulent: string | null;
  dagen: number;
}

export function DashboardCasesPage() {
  const query = window.location.search;
  const params = new URLSearchParams(query);
  const [rows, setRows] = useState<Row[]>();
  const [aantal, setAantal] = useState(0);
  const [periode, setPeriode] = useState<{ van: string; totEnMet: string }>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    api<{ aantal: number; zaken: Row[]; periode: { van: string; totEnMet: string } }>(
      `/api/dashboard/zaken${query}`,
    ).then(
      (r) => {
        setRows(r.zaken);
        setAantal(r.aantal);
        setPeriode(r.periode);
      },
      (e) => setFailure(e instanceof ApiError ? e.message : 'Laden is mislukt.'),
    );
  }, [query]);
  const what = CIJFER_LABELS[params.get('cijfer') ?? ''] ?? 'Dossiers';
  const details = [
    params.get('maand') && `maand ${params.get('maand')}`,
    params.get('dimensie') && `${params.get('dimensie')}: ${params.get('waarde') || 'geen'}`,
    params.get('team') && `team ${params.get('team')}`,
    params.get('gemeente') && `gemeente ${params.get('gemeente')}`,
  ].filter(Boolean);
  return (
    <Page title="Dossiers achter het getal">
      <Paragraph>
        <Link href="/dashboard">Terug naar het dashboard</Link>
      </Paragraph>
      {failure && <Alert type="error">{failure}</Alert>}
      {rows && periode && (
        <>
          <Paragraph>
            <strong>
              {formatNumber(aantal)} {aantal === 1 ? 'dossier' : 'dossiers'}
            </strong>{' '}
            — {what.toLowerCase()}, periode {formatDate(periode.van)} tot en met{' '}
            {formatDate(periode.totEnMet)}
            {details.length ? ` (${details.join(', ')})` : ''}.
            {aantal > rows.length && ` De eerste ${formatNumber(rows.length)} staan hieronder.`}
          </Paragraph>
          <Table
            caption={what}
            rowKey={(r) => r.id}
            rows={rows}
            empty="Geen dossiers."
            columns={[
              {
                header: 'Dossier',
                cell: (r) => <Link href={`/zaken/${r.id}`}>{`Dossier ${r.id}`}</Link>,
              },
              { header: 'Soort', cell: (r) => r.soort.replaceAll('_', ' ') },
              { header: 'Status', cell: (r) => STATE_LABELS[r.status] ?? r.status },
              { header: 'Geopend', cell: (r) => formatDate(r.geopendOp) },
              { header: 'Gesloten', cell: (r) => (r.geslotenOp ? formatDate(r.geslotenOp) : '') },
              {
                header: 'Doorlooptijd (dagen)',
                cell: (r) => (r.geslotenOp ? r.dagen : `${r.dagen}, loopt nog`),
                numeric: true,
              },
              { header: 'Consulent', cell: (r) => r.consulent ?? 'Niet toegewezen' },
              { header: 'Team', cell: (r) => r.team ?? '' },
              { header: 'Gemeente', cell: (r) => r.gemeente ?? '' },
            ]}
          />
        </>
      )}
    </Page>
  );
}
