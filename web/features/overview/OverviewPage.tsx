// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { api } from '../../api/client.ts';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate, formatNumber } from '../../format.ts';
import { Link } from '../../router.tsx';

interface Overview {
  regio: string | null;
  peildatum: string;
  gemeenten: { code: string; naam: string | null; inwoners: number; jeugdigen: number }[];
  totalen: Record<
    | 'personen'
    | 'scholen'
    | 'inschrijvingenGeldig'
    | 'meldingenSchooljaar'
    | 'meldingenTotaal'
    | 'vrijstellingenGeldig',
    number
  >;
  laatsteImports: {
    id: number;
    soort: string;
    bestand: string;
    resultaat: string;
    rijen: number;
    klaarOp: string;
  }[];
}

const TOTALS: [keyof Overview['totalen'], string][] = [
  ['personen', 'Personen'],
  ['scholen', 'Scholen en vestigingen'],
  ['inschrijvingenGeldig', 'Inschrijvingen vandaag'],
  ['meldingenSchooljaar', 'Verzuimmeldingen dit schooljaar'],
  ['meldingenTotaal', 'Verzuimmeldingen totaal'],
  ['vrijstellingenGeldig', 'Lopende vrijstellingen'],
];

/** Start page: the region, its gemeenten and the main counts. */
export function OverviewPage() {
  const [data, setData] = useState<Overview>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api<Overview>('/api/overzicht').then(setData, (e: ApiError) => setError(e.message));
  }, []);
  return (
    <Page title={data?.regio ? `Overzicht ${data.regio}` : 'Overzicht'}>
      {error && <Alert type="error">{error}</Alert>}
      {!data && !error && <Paragraph>Gegevens laden…</Paragraph>}
      {data && (
        <>
          <Paragraph className="aw-muted">
            Stand op {formatDate(data.peildatum)}. <Link href="/personen">Zoek een persoon</Link> of{' '}
            <Link href="/importeren">importeer bestanden</Link>.
          </Paragraph>
          <div className="aw-card-grid">
            {TOTALS.map(([key, label]) => (
              <div className="aw-card" key={key}>
                <span className="aw-card__value">{formatNumber(data.totalen[key])}</span>
                {label}
              </div>
            ))}
          </div>
          <Heading2>Gemeenten</Heading2>
          <Table
            caption="Inwoners per gemeente vandaag"
            rowKey={(g) => g.code}
            rows={data.gemeenten}
            empty="Nog geen gemeenten: importeer een brp-bestand of stel de regio in."
            columns={[
              { header: 'Gemeente', cell: (g) => g.naam ?? g.code },
              { header: 'CBS-code', cell: (g) => g.code },
              {
                header: 'Inwoners in Aanwezig',
                cell: (g) => formatNumber(g.inwoners),
                numeric: true,
              },
              { header: 'Jonger dan 23', cell: (g) => formatNumber(g.jeugdigen), numeric: true },
            ]}
          />
          <Heading2>Laatste imports</Heading2>
          <Table
            caption="De vijf laatste imports"
            rowKey={(i) => i.id}
            rows={data.laatsteImports}
            empty="Nog geen imports."
            columns={[
              { header: 'Soort', cell: (i) => i.soort },
              { header: 'Bestand', cell: (i) => i.bestand },
              { header: 'Resultaat', cell: (i) => i.resultaat },
              { header: 'Rijen', cell: (i) => formatNumber(i.rijen), numeric: true },
              {
                header: 'Klaar op',
                cell: (i) => `${formatDate(i.klaarOp)} ${i.klaarOp.slice(11, 16)}`,
              },
            ]}
          />
        </>
      )}
    </Page>
  );
}
