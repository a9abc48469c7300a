// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button } from '../../components/FormField.tsx';
import { Alert, Heading2 } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate, yesNo } from '../../format.ts';

interface Objection {
  id: number;
  indiener: string;
  ontvangenOp: string;
  tijdig: boolean;
  verschoonbaar: boolean;
  termijnEinde: string;
  beslistermijn: string;
  verdaagdOp: string | null;
  gehoordOp: string | null;
  horenUitzondering: string | null;
  uitkomst: string | null;
  beslistOp: string | null;
}

const INDIENER: Record<string, string> = {
  ouder: 'ouder (aanvrager)',
  andere_ouder: 'andere ouder',
  jeugdige: 'jeugdige',
  school: 'school',
  gemachtigde: 'gemachtigde',
};
const UITKOMST: Record<string, string> = {
  gegrond: 'gegrond',
  ongegrond: 'ongegrond',
  niet_ontvankelijk: 'niet-ontvankelijk',
  ingetrokken: 'ingetrokken',
};

/** Makes an objection letter (ontvangstbevestiging or beslissing op bezwaar) for the case. */
function LetterButton(props: {
  caseId: number;
  soort: 'ontvangst' | 'beslissing';
  label: string;
  onDone: (text: { ok: boolean; text: string }) => void;
}) {
  async function make() {
    try {
      const r = await api<{ brieven: unknown[] }>(`/api/zaken/${props.caseId}/bezwaren/brieven`, {
        method: 'POST',
        body: JSON.stringify({ soort: props.soort }),
      });
      props.onDone({
        ok: true,
        text: `${props.label}: ${r.brieven.length} brief/brieven gemaakt.`,
      });
    } catch (e) {
      props.onDone({
        ok: false,
        text: e instanceof ApiError ? e.message : 'De brief maken is mislukt.',
      });
    }
  }
  return (
    <Button type="button" onClick={() => void make()}>
      {props.label}
    </Button>
  );
}

/** On a vrijstelling or verlof case: its objections (Awb), due date first, and their letters. */
export function ObjectionPanel(props: {
  caseId: number;
  mayWork: boolean;
  version: number;
  onChange: () => void;
}) {
  const [rows, setRows] = useState<Objection[]>();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  useEffect(() => {
    api<{ bezwaren: Objection[] }>(`/api/zaken/${props.caseId}/bezwaren`).then(
      (r) => setRows(r.bezwaren),
      () => setRows([]),
    );
  }, [props.caseId, props.version]);
  if (!rows?.length) return null;
  const open = rows.find((o) => o.uitkomst === null);
  const decided = rows.some((o) => o.uitkomst !== null && o.uitkomst !== 'ingetrokken');
  const done = (m: { ok: boolean; text: string }) => {
    setMessage(m);
    if (m.ok) props.onChange();
  };
  return (
    <section aria-labelledby="bezwaar-titel">
      <Heading2 id="bezwaar-titel">Bezwaar</Heading2>
      {open && (
        <Alert type={open.tijdig || open.verschoonbaar ? 'info' : 'warning'}>
          Bezwaar in behandeling: beslissen uiterlijk op {formatDate(open.beslistermijn)}
          {open.tijdig ? '.' : ' (te laat ontvangen'}
          {!open.tijdig && (open.verschoonbaar ? ', verschoonbaar).' : ': niet-ontvankelijk).')}
        </Alert>
      )}
      {message && <Alert type={message.ok ? 'ok' : 'error'}>{message.text}</Alert>}
      <Table
        caption="Bezwaren tegen het besluit"
        rowKey={(o) => String(o.id)}
        rows={rows}
        columns={[
          { header: 'Ontvangen', cell: (o) => formatDate(o.ontvangenOp) },
          { header: 'Door', cell: (o) => INDIENER[o.indiener] ?? o.indiener },
          { header: 'Op tijd', cell: (o) => yesNo(o.tijdig) },
          { header: 'Beslissen uiterlijk', cell: (o) => formatDate(o.beslistermijn) },
          {
            header: 'Gehoord',
            cell: (o) =>
              o.gehoordOp ? formatDate(o.gehoordOp) : o.horenUitzondering ? 'nee (art. 7:3)' : '–',
          },
          {
            header: 'Beslissing',
            cell: (o) =>
              o.uitkomst
                ? `${UITKOMST[o.uitkomst] ?? o.uitkomst} (${formatDate(o.beslistOp)})`
                : 'nog open',
          },
        ]}
      />
      {props.mayWork && open && (
        <LetterButton
          caseId={props.caseId}
          soort="ontvangst"
          label="Ontvangstbevestiging maken"
          onDone={done}
        />
      )}
      {props.mayWork && decided && (
        <LetterButton
          caseId={props.caseId}
          soort="beslissing"
          label="Beslissing op bezwaar maken"
          onDone={done}
        />
      )}
    </section>
  );
}
