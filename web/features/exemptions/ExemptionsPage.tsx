// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, TextField } from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate, yesNo } from '../../format.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { NewExemptionForm, type Artikel } from './NewExemptionForm.tsx';

interface OpenRequest {
  caseId: number;
  naam: string;
  artikelLabel: string;
  status: string;
  datumAanvraag: string;
  herhalingsverzoek: boolean;
  ontbreekt: string[];
  adviesUiterlijk: string | null;
  eerstVolgende: string | null;
  taak: string | null;
}
interface Running {
  id: number;
  naam: string;
  artikelLabel: string;
  wettelijk: boolean;
  geldigVan: string | null;
  geldigTot: string | null;
  herhalingsverzoek: boolean;
  caseId: number | null;
  verlengingsoverleg: string | null;
}
interface DuoRecord {
  id: number;
  artikel: string;
  besluit: string;
  datumBesluit: string;
  geldigVan: string | null;
  geldigTot: string | null;
  herhalingsverzoek: boolean;
}

const STATUS: Record<string, string> = {
  VRIJSTELLING_AANGEVRAAGD: 'Aangevraagd',
  WACHT_OP_STUKKEN: 'Wacht op stukken',
  ADVIES_GEVRAAGD: 'Advies gevraagd',
  ADVIES_ONTVANGEN: 'Advies ontvangen',
  VRIJSTELLING_LOOPT: 'Verleend (loopt)',
};

/** Exemptions: open requests (due first), a new request, the register on a peildatum, DUO records. */
export function ExemptionsPage() {
  const { may } = useSession();
  const today = new Date().toISOString().slice(0, 10);
  const [open, setOpen] = useState<OpenRequest[]>();
  const [artikelen, setArtikelen] = useState<Artikel[]>([]);
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    api<{ aanvragen: OpenRequest[]; artikelen: Artikel[] }>('/api/vrijstellingen').then(
      (r) => {
        setOpen(r.aanvragen);
        setArtikelen(r.artikelen);
      },
      (e: unknown) => setFailure(e instanceof ApiError ? e.message : 'Laden is mislukt.'),
    );
  }, []);
  return (
    <Page title="Vrijstellingen">
      {failure && <Alert type="error">{failure}</Alert>}
      <Heading2 id="open-aanvragen">Open aanvragen en lopende taken</Heading2>
      {open && (
        <Table
          caption="Open aanvragen: wat het eerst moet staat bovenaan"
          rowKey={(r) => r.caseId}
          rows={open}
          empty="Geen open aanvragen."
          columns={[
            {
              header: 'Eerst te doen',
              cell: (r) =>
                r.eerstVolgende ? `${formatDate(r.eerstVolgende)}: ${r.taak ?? ''}` : '',
            },
            { header: 'Jeugdige', cell: (r) => <Link href={`/zaken/${r.caseId}`}>{r.naam}</Link> },
            { header: 'Artikel', cell: (r) => r.artikelLabel },
            { header: 'Fase', cell: (r) => STATUS[r.status] ?? r.status },
            { header: 'Aangevraagd', cell: (r) => formatDate(r.datumAanvraag) },
            {
              header: 'Ontbreekt',
              cell: (r) => (r.ontbreekt.length ? r.ontbreekt.join('; ') : 'niets'),
            },
            {
              header: 'Advies uiterlijk',
              cell: (r) => (r.adviesUiterlijk ? formatDate(r.adviesUiterlijk) : ''),
            },
            { header: 'Herhaling', cell: (r) => yesNo(r.herhalingsverzoek) },
          ]}
        />
      )}
      {may('exemptions.work') && artikelen.length > 0 && (
        <section aria-labelledby="nieuwe-aanvraag">
          <Heading2 id="nieuwe-aanvraag">Nieuwe aanvraag</Heading2>
          <NewExemptionForm artikelen={artikelen} today={today} />
        </section>
      )}
      <Register today={today} />
      {may('duo.exchange') && <DuoRecords />}
    </Page>
  );
}

function Register({ today }: { today: string }) {
  const [peildatum, setPeildatum] = useState(today);
  const [rows, setRows] = useState<Running[]>();
  const [failure, setFailure] = useState<string>();
  const load = useCallback(async (datum: string) => {
    try {
      setFailure(undefined);
      setRows(
        (
          await api<{ vrijstellingen: Running[] }>(
            `/api/vrijstellingen/register?peildatum=${datum}`,
          )
        ).vrijstellingen,
      );
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : 'Laden is mislukt.');
    }
  }, []);
  useEffect(() => {
    void load(today);
  }, [load, today]);
  return (
    <section aria-labelledby="register">
      <Heading2 id="register">Register: lopende vrijstellingen</Heading2>
      <form
        className="aw-form aw-form--inline"
        onSubmit={(e) => {
          e.preventDefault();
          void load(peildatum);
        }}
      >
        <TextField
          id="register-peildatum"
          label="Peildatum"
          type="date"
          value={peildatum}
          onChange={(e) => setPeildatum(e.target.value)}
          error={failure}
        />
        <div className="aw-form__actions">
          <Button appearance="secondary-action-button">Toon</Button>
        </div>
      </form>
      {rows && (
        <Table
          caption={`Lopende vrijstellingen op ${formatDate(peildatum)} (${rows.length}), eerst aflopend bovenaan`}
          rowKey={(r) => r.id}
          rows={rows}
          empty="Geen lopende vrijstellingen op deze datum."
          columns={[
            {
              header: 'Jeugdige',
              cell: (r) => (r.caseId ? <Link href={`/zaken/${r.caseId}`}>{r.naam}</Link> : r.naam),
            },
            { header: 'Artikel', cell: (r) => r.artikelLabel },
            {
              header: 'Geldig',
              cell: (r) =>
                `${formatDate(r.geldigVan)} – ${r.geldigTot ? formatDate(r.geldigTot) : 'onbepaald'}`,
            },
            {
              header: 'Verlengingsoverleg',
              cell: (r) => (r.verlengingsoverleg ? formatDate(r.verlengingsoverleg) : ''),
            },
            { header: 'Herhaling', cell: (r) => yesNo(r.herhalingsverzoek) },
          ]}
        />
      )}
    </section>
  );
}

function DuoRecords() {
  const [rows, setRows] = useState<DuoRecord[]>();
  const [message, setMessage] = useState<string>();
  const load = useCallback(async () => {
    setRows(
      (await api<{ registraties: DuoRecord[] }>('/api/vrijstellingen/duo-registraties'))
        .registraties,
    );
  }, []);
  useEffect(() => {
    void load().catch(() => undefined);
  }, [load]);
  async function markSent() {
    if (!rows?.length) return;
    const r = await api<{ gemarkeerd: number }>('/api/vrijstellingen/duo-registraties/verzonden', {
      method: 'POST',
      body: JSON.stringify({ ids: rows.map((x) => x.id) }),
    });
    setMessage(`${r.gemarkeerd} als verzonden gemarkeerd.`);
    await load();
  }
  return (
    <section aria-labelledby="duo">
      <Heading2 id="duo">Klaar voor het register van DUO</Heading2>
      <Paragraph>Besluiten op een wettelijke grond; maatwerk gaat niet naar DUO.</Paragraph>
      {message && <Alert type="ok">{message}</Alert>}
      {rows && (
        <Table
          caption="Besluiten die nog naar DUO moeten"
          rowKey={(r) => r.id}
          rows={rows}
          empty="Alles is verzonden."
          columns={[
            { header: 'Artikel', cell: (r) => r.artikel },
            { header: 'Besluit', cell: (r) => `${r.besluit} op ${formatDate(r.datumBesluit)}` },
            {
              header: 'Geldig',
              cell: (r) =>
                r.geldigVan ? `${formatDate(r.geldigVan)} – ${formatDate(r.geldigTot)}` : '',
            },
            { header: 'Herhaling', cell: (r) => yesNo(r.herhalingsverzoek) },
          ]}
        />
      )}
      {rows && rows.length > 0 && (
        <Button type="button" appearance="secondary-action-button" onClick={() => void markSent()}>
          Markeer als verzonden naar DUO
        </Button>
      )}
    </section>
  );
}
