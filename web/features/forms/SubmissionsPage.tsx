// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, ErrorSummary, TextField } from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { SubmissionAnswers, type Inzending } from './SubmissionsPanel.tsx';

type Item = Omit<Inzending, 'vragen' | 'bestanden'>;

/**
 * Staff worklist of web forms: "Niet gekoppelde inzendingen" first (oldest on top: they wait
 * longest), to link by hand on BSN, for the intake desk only; then the latest submissions that
 * reached a case in the user's gemeenten.
 */
export function SubmissionsPage() {
  const { may } = useSession();
  const [data, setData] = useState<{ nietGekoppeld: Item[]; recent: Item[] }>();
  const [open, setOpen] = useState<Inzending>();
  const [failure, setFailure] = useState<string>();
  const load = useCallback(() => {
    api<{ nietGekoppeld: Item[]; recent: Item[] }>('/api/inzendingen').then(setData, (e: unknown) =>
      setFailure(e instanceof ApiError ? e.message : 'De inzendingen konden niet worden geladen.'),
    );
  }, []);
  useEffect(load, [load]);
  const show = async (id: number) => setOpen(await api<Inzending>(`/api/inzendingen/${id}`));

  return (
    <Page title="Inzendingen van webformulieren">
      {failure && <Alert type="error">{failure}</Alert>}
      {!data && !failure && <Paragraph>Laden…</Paragraph>}
      {data && (
        <>
          {may('forms.link') && (
            <section aria-labelledby="niet-gekoppeld" className="aw-section">
              <Heading2 id="niet-gekoppeld">Niet gekoppelde inzendingen</Heading2>
              <Paragraph className="aw-muted">
                Het BSN en de geboortedatum vonden geen persoon. Controleer de gegevens en koppel de
                inzending met de hand.
              </Paragraph>
              <Table
                caption="Niet gekoppelde inzendingen, oudste eerst"
                rowKey={(r) => r.id}
                rows={data.nietGekoppeld}
                empty="Er zijn geen niet gekoppelde inzendingen."
                columns={[
                  { header: 'Ingediend', cell: (r) => formatDate(r.ingediendOp.slice(0, 10)) },
                  { header: 'Formulier', cell: (r) => r.titel },
                  { header: 'Kenmerk', cell: (r) => r.referentie },
                  { header: 'BSN', cell: (r) => r.bsn ?? '—' },
                  {
                    header: 'Actie',
                    cell: (r) => (
                      <Button
                        type="button"
                        appearance="secondary-action-button"
                        aria-label={`Bekijken en koppelen ${r.referentie}`}
                        onClick={() => void show(r.id)}
                      >
                        Bekijken en koppelen
                      </Button>
                    ),
                  },
                ]}
              />
              {open && (
                <LinkForm
                  key={open.id}
                  inzending={open}
                  onLinked={() => {
                    setOpen(undefined);
                    load();
                  }}
                />
              )}
            </section>
          )}
          <section aria-labelledby="recent" className="aw-section">
            <Heading2 id="recent">Laatst ontvangen</Heading2>
            <Table
              caption="Laatst ontvangen inzendingen in een dossier, nieuwste eerst"
              rowKey={(r) => r.id}
              rows={data.recent}
              empty="Nog geen inzendingen."
              columns={[
                { header: 'Ingediend', cell: (r) => formatDate(r.ingediendOp.slice(0, 10)) },
                { header: 'Formulier', cell: (r) => r.titel },
                { header: 'Kenmerk', cell: (r) => r.referentie },
                {
                  header: 'Dossier',
                  cell: (r) =>
                    r.zaakId ? <Link href={`/zaken/${r.zaakId}`}>Dossier {r.zaakId}</Link> : '—',
                },
              ]}
            />
          </section>
        </>
      )}
    </Page>
  );
}

function LinkForm({ inzending, onLinked }: { inzending: Inzending; onLinked: () => void }) {
  const [bsn, setBsn] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<number>();
  const summary = useRef<HTMLDivElement>(null);
  const handleSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      const r = await api<{ zaakId: number }>(`/api/inzendingen/${inzending.id}/koppeling`, {
        method: 'POST',
        body: JSON.stringify({ bsn: bsn.trim() }),
      });
      setDone(r.zaakId);
    } catch (err) {
      setError(
        err instanceof ApiError ? (err.fields[0]?.message ?? err.message) : 'Koppelen mislukte.',
      );
      setTimeout(() => summary.current?.focus(), 0);
    }
  };
  if (done) {
    return (
      <Alert type="ok">
        Gekoppeld. <Link href={`/zaken/${done}`}>Naar dossier {done}</Link>{' '}
        <Button type="button" appearance="secondary-action-button" onClick={onLinked}>
          Lijst verversen
        </Button>
      </Alert>
    );
  }
  return (
    <section aria-labelledby="koppelen-titel">
      <h3 className="utrecht-heading-3" id="koppelen-titel">
        {inzending.titel} — kenmerk {inzending.referentie}
      </h3>
      <SubmissionAnswers inzending={inzending} />
      <form className="aw-form" noValidate onSubmit={(e) => void handleSubmit(e)}>
        <ErrorSummary
          errors={error ? [{ id: 'koppel-bsn', message: error }] : []}
          summaryRef={summary}
        />
        <TextField
          id="koppel-bsn"
          label="BSN van de persoon"
          description="Zoek de persoon op en vul het juiste BSN in."
          inputMode="numeric"
          maxLength={9}
          value={bsn}
          error={error}
          onChange={(e) => setBsn(e.target.value)}
        />
        <div className="aw-form__actions">
          <Button>Koppelen</Button>
        </div>
      </form>
    </section>
  );
}
