// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button } from '../../components/FormField.tsx';
import { Alert, Heading2 } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate, yesNo } from '../../format.ts';
import { useCasePart, type CasePanelProps } from '../cases/case-panel.ts';

interface Request {
  artikelLabel: string;
  wettelijk: boolean;
  datumAanvraag: string;
  herhalingsverzoek: boolean;
  adviseurLabel: string | null;
  adviesUiterlijk: string | null;
  adviesOntvangenOp: string | null;
  adviesUitkomst: string | null;
  besluit: string | null;
  datumBesluit: string | null;
  geldigVan: string | null;
  geldigTot: string | null;
  checklist: { soort: string; label: string; ontvangenOp: string | null }[];
  tijdigheid: { tijdig: boolean; uitleg: string } | null;
}

/** Makes the beschikking of a decided request; shared by the exemption and leave panels. */
export function DecisionLetterButton({ caseId, onDone }: { caseId: number; onDone: () => void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  async function make() {
    try {
      const r = await api<{ brieven: unknown[] }>(`/api/zaken/${caseId}/beschikking`, {
        method: 'POST',
      });
      setMessage({
        ok: true,
        text: `Beschikking gemaakt (${r.brieven.length} ${r.brieven.length === 1 ? 'brief' : 'brieven'}).`,
      });
      onDone();
    } catch (e) {
      setMessage({
        ok: false,
        text: e instanceof ApiError ? e.message : 'De beschikking maken is mislukt.',
      });
    }
  }
  return (
    <>
      {message && <Alert type={message.ok ? 'ok' : 'error'}>{message.text}</Alert>}
      <Button type="button" onClick={() => void make()}>
        Beschikking maken
      </Button>
    </>
  );
}

/** The exemption request of a case: checklist, advice, decision and the beschikking. */
export function ExemptionPanel({ caseId, mayWork, version, onChange }: CasePanelProps) {
  const request = useCasePart<Request>(`/api/vrijstellingen/zaken/${caseId}`, version);
  if (!request) return null;
  return (
    <section aria-labelledby="vrijstelling-titel">
      <Heading2 id="vrijstelling-titel">Aanvraag vrijstelling</Heading2>
      {!request.wettelijk && (
        <Alert type="warning">
          Maatwerk is geen wettelijke vrijstellingsgrond: dit wordt een gedoogbeschikking.
        </Alert>
      )}
      {request.tijdigheid && (
        <Alert type={request.tijdigheid.tijdig ? 'info' : 'warning'}>
          Kennisgeving 5b: {request.tijdigheid.uitleg}.
        </Alert>
      )}
      <dl className="aw-facts">
        <dt>Artikel</dt>
        <dd>{request.artikelLabel}</dd>
        <dt>Aangevraagd</dt>
        <dd>
          {formatDate(request.datumAanvraag)} (herhalingsverzoek: {yesNo(request.herhalingsverzoek)}
          )
        </dd>
        <dt>Advies</dt>
        <dd>
          {request.adviseurLabel
            ? `${request.adviseurLabel}: ${request.adviesUitkomst ? `${request.adviesUitkomst} (${formatDate(request.adviesOntvangenOp)})` : `gevraagd, uiterlijk ${formatDate(request.adviesUiterlijk)}`}`
            : 'nog niet gevraagd'}
        </dd>
        <dt>Besluit</dt>
        <dd>
          {request.besluit
            ? `${request.besluit} op ${formatDate(request.datumBesluit)}${request.geldigVan ? `, geldig ${formatDate(request.geldigVan)} – ${formatDate(request.geldigTot)}` : ''}`
            : 'nog geen besluit'}
        </dd>
      </dl>
      <Table
        caption="Checklist: benodigde stukken"
        rowKey={(c) => c.soort}
        rows={request.checklist}
        columns={[
          { header: 'Stuk', cell: (c) => c.label },
          {
            header: 'Ontvangen',
            cell: (c) => (c.ontvangenOp ? formatDate(c.ontvangenOp) : 'ontbreekt'),
          },
        ]}
      />
      {mayWork && request.besluit && <DecisionLetterButton caseId={caseId} onDone={onChange} />}
    </section>
  );
}
