// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Alert, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';

interface Melding {
  meldingnummer: string;
  vestiging: string;
  leerling: string;
  gemeldOp: string;
  verzuimsoort: string;
  status: string;
  terugkoppeling: string | null;
}

/** A school follows its own verzuimmeldingen: where each one stands, and nothing more. */
export function SchoolReportsPage() {
  const [meldingen, setMeldingen] = useState<Melding[]>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    api<{ meldingen: Melding[] }>('/api/school/meldingen').then(
      (r) => setMeldingen(r.meldingen),
      (e: unknown) =>
        setFailure(e instanceof ApiError ? e.message : 'De meldingen konden niet worden geladen.'),
    );
  }, []);

  return (
    <Page title="Onze meldingen">
      <Paragraph>
        Hier ziet u de verzuimmeldingen die uw school het afgelopen jaar deed, met de status:
        ontvangen, in behandeling of afgesloten.
      </Paragraph>
      <Paragraph>
        Meer delen wij hier niet. Wat de leerplichtconsulent met de leerling en de ouders bespreekt,
        blijft bij het bureau: persoonlijke en gevoelige informatie wordt niet met de school
        gedeeld. Wilt u iets afstemmen over een leerling? Neem dan contact op met de
        leerplichtconsulent van uw school.
      </Paragraph>
      {failure && <Alert type="error">{failure}</Alert>}
      {meldingen === undefined && !failure && <Paragraph>Laden…</Paragraph>}
      {meldingen && (
        <Table
          caption="Verzuimmeldingen van uw school, nieuwste eerst"
          rows={meldingen}
          rowKey={(m, i) => `${m.meldingnummer}-${i}`}
          empty="Uw school deed het afgelopen jaar geen verzuimmeldingen."
          columns={[
            { header: 'Meldingnummer', cell: (m) => m.meldingnummer },
            { header: 'Gemeld op', cell: (m) => formatDate(m.gemeldOp) },
            { header: 'Leerling', cell: (m) => m.leerling },
            { header: 'Vestiging', cell: (m) => m.vestiging },
            { header: 'Verzuimsoort', cell: (m) => m.verzuimsoort },
            { header: 'Status', cell: (m) => m.status },
            { header: 'Terugkoppeling', cell: (m) => m.terugkoppeling ?? '' },
          ]}
        />
      )}
    </Page>
  );
}
