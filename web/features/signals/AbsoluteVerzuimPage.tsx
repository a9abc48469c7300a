// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import { api, type ApiError } from '../../api/client.ts';
import { Button } from '../../components/FormField.tsx';
import { Alert, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.tsx';

interface Signal {
  personId: number;
  naam: string;
  geboortedatum: string;
  gemeente: string;
  status: string;
  reden: string;
  zaakId: number | null;
}

const STATUS: Record<string, string> = {
  leerplichtig: 'Leerplichtig',
  kwalificatieplichtig: 'Kwalificatieplichtig',
};

/** Today's absoluut-verzuim signals: who lives here, is of school age and is enrolled nowhere. */
export function AbsoluteVerzuimPage() {
  const [data, setData] = useState<{ peildatum: string; signalen: Signal[] }>();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [round, setRound] = useState(0);
  const { may } = useSession();
  useEffect(() => {
    api<{ peildatum: string; signalen: Signal[] }>('/api/signalen/absoluut-verzuim').then(
      setData,
      (e: ApiError) => setError(e.message),
    );
  }, [round]);
  // What the nightly job does, on demand: new signals get a case, solved ones close by themselves.
  const process = () =>
    api<{ signalen: number; geopend: number; afgesloten: number }>(
      '/api/signalen/absoluut-verzuim/verwerken',
      { method: 'POST' },
    ).then(
      (r) => {
        setDone(
          `${r.signalen} signalen: ${r.geopend} dossiers geopend, ${r.afgesloten} vanzelf afgesloten.`,
        );
        setRound((n) => n + 1);
      },
      (e: ApiError) => setError(e.message),
    );
  return (
    <Page title="Absoluut verzuim">
      {error && <Alert type="error">{error}</Alert>}
      {done && <Alert type="ok">{done}</Alert>}
      {may('cases.assign') && (
        <p>
          <Button type="button" appearance="secondary-action-button" onClick={() => void process()}>
            Signalen nu verwerken
          </Button>
        </p>
      )}
      {!data && !error && <Paragraph>Signalen berekenen…</Paragraph>}
      {data && (
        <>
          <Paragraph className="aw-muted">
            Stand op {formatDate(data.peildatum)}: jongeren die in uw gemeenten wonen, leerplichtig
            of kwalificatieplichtig zijn en geen inschrijving of vrijstelling hebben (art. 2 en 4a
            Leerplichtwet). Een dossier sluit vanzelf zodra een inschrijving of vrijstelling
            binnenkomt. Zie ook het <Link href="/nieuwkomers">maandoverzicht nieuwkomers</Link>.
          </Paragraph>
          <Table
            caption={`${data.signalen.length} signalen absoluut verzuim`}
            rowKey={(s) => s.personId}
            rows={data.signalen}
            empty="Geen signalen: iedereen van leerplichtige leeftijd is ingeschreven of vrijgesteld."
            columns={[
              {
                header: 'Naam',
                cell: (s) => <Link href={`/personen/${s.personId}`}>{s.naam}</Link>,
              },
              { header: 'Geboren', cell: (s) => formatDate(s.geboortedatum) },
              { header: 'Gemeente', cell: (s) => s.gemeente },
              { header: 'Status', cell: (s) => STATUS[s.status] ?? s.status },
              { header: 'Reden', cell: (s) => s.reden },
              {
                header: 'Dossier',
                cell: (s) =>
                  s.zaakId ? (
                    <Link href={`/zaken/${s.zaakId}`}>Dossier {s.zaakId}</Link>
                  ) : (
                    'Wordt vannacht aangemaakt'
                  ),
              },
            ]}
          />
        </>
      )}
    </Page>
  );
}
