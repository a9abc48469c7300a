// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Alert, Heading2 } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import {
  CloseForm,
  ContactForm,
  FirstContactForm,
  TrajectoryForms,
  type Choice,
} from './PanelForms.tsx';

export interface Panel {
  status: string;
  gesloten: boolean;
  registraties: {
    datumUitval: string;
    laatsteBrin: string;
    opleiding: string | null;
    niveau: string | null;
    cohort: string;
    lijstdatum: string;
  }[];
  contactpogingen: { id: number; datum: string; kanaal: string; resultaat: string; door: string }[];
  eersteContact: {
    datum: string;
    dagbesteding: string;
    inkomenscategorie: string;
    inkomenPeildatum: string;
  } | null;
  trajecten: {
    id: number;
    gestartOp: string;
    afspraken: number;
    beeindigdOp: string | null;
    uitstroomreden: string | null;
    bestemming: string | null;
  }[];
  taken: { id: number; omschrijving: string; vervaltOp: string }[];
  keuzes: Record<
    | 'kanalen'
    | 'resultaten'
    | 'dagbestedingen'
    | 'inkomenscategorieen'
    | 'uitstroomredenen'
    | 'sluitredenen',
    Choice[]
  >;
}

const labelOf = (list: Choice[], value: string | null) =>
  list.find((c) => c.waarde === value)?.label ?? value ?? '';

/** The Doorstroompunt part of a case page: vsv list, contact attempts, first contact, trajectory. */
export function DoorstroompuntPanel({
  caseId,
  mayWork,
  onChange,
}: {
  caseId: number;
  mayWork: boolean;
  onChange: () => void;
}) {
  const [panel, setPanel] = useState<Panel | null>();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const load = useCallback(async () => {
    try {
      setPanel(await api<Panel>(`/api/zaken/${caseId}/doorstroompunt`));
    } catch {
      setPanel(null); // not a doorstroompunt case: the panel stays away
    }
  }, [caseId]);
  useEffect(() => {
    void load();
  }, [load]);

  const send = async (method: string, path: string, body: unknown, ok: string) => {
    try {
      await api(`/api/zaken/${caseId}${path}`, { method, body: JSON.stringify(body) });
      await load();
      onChange();
      // Last, so a form clears its fields in the same render that shows the message.
      setMessage({ ok: true, text: ok });
      return true;
    } catch (e) {
      setMessage({ ok: false, text: e instanceof ApiError ? e.message : 'Opslaan is mislukt.' });
      return false;
    }
  };

  if (!panel) return null;
  const { keuzes } = panel;
  const reached = panel.contactpogingen.some((c) => c.resultaat === 'bereikt');
  const open = mayWork && !panel.gesloten;
  return (
    <section aria-labelledby="doorstroompunt-titel">
      <Heading2 id="doorstroompunt-titel">Doorstroompunt</Heading2>
      {message && <Alert type={message.ok ? 'ok' : 'error'}>{message.text}</Alert>}
      <Table
        caption="Op de vsv-lijst van DUO"
        rowKey={(r) => r.datumUitval}
        rows={panel.registraties}
        empty="Niet via de vsv-lijst binnengekomen."
        columns={[
          { header: 'Uitgevallen op', cell: (r) => formatDate(r.datumUitval) },
          { header: 'Laatste school', cell: (r) => r.laatsteBrin },
          { header: 'Opleiding', cell: (r) => [r.opleiding, r.niveau].filter(Boolean).join(', ') },
          {
            header: 'Cohort',
            cell: (r) => (r.cohort === 'nieuw' ? 'Nieuwe vsv’er' : 'Oude vsv’er'),
          },
          { header: 'Lijstdatum', cell: (r) => formatDate(r.lijstdatum) },
        ]}
      />
      <Table
        caption="Contactpogingen"
        rowKey={(r) => r.id}
        rows={panel.contactpogingen}
        empty="Nog geen contactpogingen."
        columns={[
          { header: 'Datum', cell: (r) => formatDate(r.datum) },
          { header: 'Kanaal', cell: (r) => labelOf(keuzes.kanalen, r.kanaal) },
          { header: 'Resultaat', cell: (r) => labelOf(keuzes.resultaten, r.resultaat) },
          { header: 'Door', cell: (r) => r.door },
        ]}
      />
      {open && <ContactForm keuzes={keuzes} send={send} />}
      {panel.eersteContact ? (
        <dl className="aw-facts">
          <dt>Eerste contact</dt>
          <dd>{formatDate(panel.eersteContact.datum)}</dd>
          <dt>Dagbesteding</dt>
          <dd>{labelOf(keuzes.dagbestedingen, panel.eersteContact.dagbesteding)}</dd>
          <dt>Inkomen (SUWI)</dt>
          <dd>
            {labelOf(keuzes.inkomenscategorieen, panel.eersteContact.inkomenscategorie)}, peildatum{' '}
            {formatDate(panel.eersteContact.inkomenPeildatum)}
          </dd>
        </dl>
      ) : (
        open && reached && <FirstContactForm keuzes={keuzes} send={send} />
      )}
      <Table
        caption="Begeleidingstrajecten"
        rowKey={(r) => r.id}
        rows={panel.trajecten}
        empty="Nog geen traject."
        columns={[
          { header: 'Gestart', cell: (r) => formatDate(r.gestartOp) },
          { header: 'Afspraken', cell: (r) => r.afspraken, numeric: true },
          {
            header: 'Beëindigd',
            cell: (r) => (r.beeindigdOp ? formatDate(r.beeindigdOp) : 'loopt'),
          },
          {
            header: 'Uitstroomreden',
            cell: (r) => labelOf(keuzes.uitstroomredenen, r.uitstroomreden),
          },
          { header: 'Bestemming', cell: (r) => r.bestemming ?? '' },
        ]}
      />
      {open && panel.eersteContact && (
        <TrajectoryForms
          keuzes={keuzes}
          running={panel.trajecten.find((t) => t.beeindigdOp === null)}
          send={send}
        />
      )}
      {open && !panel.trajecten.some((t) => t.beeindigdOp === null) && (
        <CloseForm keuzes={keuzes} send={send} />
      )}
    </section>
  );
}
