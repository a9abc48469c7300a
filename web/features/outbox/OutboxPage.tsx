// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { SelectField } from '../../components/FormField.tsx';
import { Alert, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { developmentNotice, formatMoment, KANAAL_LABELS } from './outbox-view.ts';

interface Bericht {
  id: number;
  kanaal: string;
  aan: string;
  onderwerp: string | null;
  inhoud: string;
  caseId: number | null;
  status: string;
  weergave: string;
  pogingen: number;
  fout: string | null;
  verzondenOp: string | null;
  aangemaaktOp: string;
}

interface Antwoord {
  ontwikkelmodus: { email: boolean; sms: boolean };
  berichten: Bericht[];
}

const STATUS_OPTIONS = [
  { value: '', label: 'Alle berichten' },
  { value: 'wachtend', label: 'Nog niet verzonden' },
  { value: 'verzonden', label: 'Verzonden' },
  { value: 'mislukt', label: 'Mislukt' },
];

/** The outbox: every e-mail and SMS the system sends (invitations, reminders) with its status. */
export function OutboxPage() {
  const [status, setStatus] = useState('');
  const [data, setData] = useState<Antwoord>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    setFailure(undefined);
    api<Antwoord>(`/api/berichten${status ? `?status=${status}` : ''}`).then(
      setData,
      (e: unknown) =>
        setFailure(e instanceof ApiError ? e.message : 'De berichten konden niet worden geladen.'),
    );
  }, [status]);
  const notice = data ? developmentNotice(data.ontwikkelmodus) : '';

  return (
    <Page title="Berichten">
      <Paragraph>
        Hier staan de e-mails en sms-berichten die Aanwezig verstuurt, zoals uitnodigingen en
        herinneringen voor afspraken. Een bericht dat niet lukt, wordt later opnieuw geprobeerd: na
        vijf pogingen staat het op &quot;mislukt&quot;. Adressen zijn voor een deel verborgen.
      </Paragraph>
      {notice && <Alert type="warning">{notice}</Alert>}
      <SelectField
        id="status"
        label="Toon"
        options={STATUS_OPTIONS}
        value={status}
        onChange={(e) => setStatus(e.target.value)}
      />
      {failure && <Alert type="error">{failure}</Alert>}
      {!data && !failure && <Paragraph>Laden…</Paragraph>}
      {data && (
        <Table
          caption="Berichten, nieuwste eerst"
          rows={data.berichten}
          rowKey={(b) => b.id}
          empty="Er zijn geen berichten."
          columns={[
            { header: 'Aangemaakt', cell: (b) => formatMoment(b.aangemaaktOp) },
            { header: 'Kanaal', cell: (b) => KANAAL_LABELS[b.kanaal] ?? b.kanaal },
            { header: 'Aan', cell: (b) => b.aan },
            { header: 'Bericht', cell: (b) => <MessageContent bericht={b} /> },
            { header: 'Status', cell: (b) => <StatusCell bericht={b} /> },
            { header: 'Pogingen', cell: (b) => b.pogingen, numeric: true },
          ]}
        />
      )}
    </Page>
  );
}

function MessageContent({ bericht }: { bericht: Bericht }) {
  return (
    <details>
      <summary>{bericht.onderwerp ?? 'Sms-bericht'}</summary>
      <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0 }}>
        {bericht.inhoud}
      </pre>
    </details>
  );
}

function StatusCell({ bericht }: { bericht: Bericht }) {
  return (
    <>
      {bericht.weergave}
      {bericht.verzondenOp && <> op {formatMoment(bericht.verzondenOp)}</>}
      {bericht.fout && <span className="aw-muted"> ({bericht.fout})</span>}
    </>
  );
}
