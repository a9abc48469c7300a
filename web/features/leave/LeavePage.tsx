// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, ErrorSummary, TextAreaField, TextField } from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import { Link, useRouter } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import {
  PersonPicker,
  usePersonFromAddress,
  type PickedPerson,
} from '../exemptions/PersonPicker.tsx';

interface LeaveRow {
  caseId: number;
  naam: string;
  status: string;
  van: string;
  totEnMet: string;
  schooldagen: number;
  beslisser: string;
  school: string | null;
  schoolGehoordOp: string | null;
}

/** Leave beyond the school head's mandate: open requests (leave that starts first on top) and a new one. */
export function LeavePage() {
  const { may } = useSession();
  const [rows, setRows] = useState<LeaveRow[]>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    api<{ aanvragen: LeaveRow[] }>('/api/verlofaanvragen').then(
      (r) => setRows(r.aanvragen),
      (e: unknown) => setFailure(e instanceof ApiError ? e.message : 'Laden is mislukt.'),
    );
  }, []);
  return (
    <Page title="Verlof">
      <Paragraph>
        Verlof wegens gewichtige omstandigheden (art. 11 onder g Leerplichtwet 1969) van meer dan 10
        schooldagen, of in de eerste twee lesweken: de leerplichtambtenaar beslist, na het horen van
        de school.
      </Paragraph>
      {failure && <Alert type="error">{failure}</Alert>}
      {rows && (
        <Table
          caption="Open verlofaanvragen: het eerst beginnende verlof bovenaan"
          rowKey={(r) => r.caseId}
          rows={rows}
          empty="Geen open verlofaanvragen."
          columns={[
            { header: 'Verlof vanaf', cell: (r) => formatDate(r.van) },
            { header: 'Jeugdige', cell: (r) => <Link href={`/zaken/${r.caseId}`}>{r.naam}</Link> },
            { header: 'Tot en met', cell: (r) => formatDate(r.totEnMet) },
            { header: 'Schooldagen', cell: (r) => r.schooldagen, numeric: true },
            { header: 'Beslist door', cell: (r) => r.beslisser },
            {
              header: 'School gehoord',
              cell: (r) => (r.schoolGehoordOp ? formatDate(r.schoolGehoordOp) : 'nee'),
            },
          ]}
        />
      )}
      {may('exemptions.work') && (
        <section aria-labelledby="nieuw-verlof">
          <Heading2 id="nieuw-verlof">Nieuwe verlofaanvraag</Heading2>
          <NewLeaveForm />
        </section>
      )}
    </Page>
  );
}

function NewLeaveForm() {
  const { navigate } = useRouter();
  const [person, setPerson] = useState<PickedPerson>();
  usePersonFromAddress(setPerson);
  const [van, setVan] = useState('');
  const [tot, setTot] = useState('');
  const [reden, setReden] = useState('');
  const [errors, setErrors] = useState<{ id: string; message: string }[]>([]);
  const [failure, setFailure] = useState<string>();
  const summary = useRef<HTMLDivElement>(null);
  const errorOf = (id: string) => errors.find((e) => e.id === id)?.message;
  const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = [
      ...(person ? [] : [{ id: 'vl-nieuw-naam', message: 'Kies de jeugdige.' }]),
      ...(isDate(van) ? [] : [{ id: 'vl-nieuw-van', message: 'Vul de eerste verlofdag in.' }]),
      ...(isDate(tot) ? [] : [{ id: 'vl-nieuw-tot', message: 'Vul de laatste verlofdag in.' }]),
      ...(reden.trim()
        ? []
        : [{ id: 'vl-nieuw-reden', message: 'Beschrijf de gewichtige omstandigheden.' }]),
    ];
    setErrors(found);
    if (found.length || !person) {
      setTimeout(() => summary.current?.focus());
      return;
    }
    try {
      const { zaakId } = await api<{ zaakId: number }>('/api/verlofaanvragen', {
        method: 'POST',
        body: JSON.stringify({ persoonId: person.id, van, totEnMet: tot, reden }),
      });
      navigate(`/zaken/${zaakId}`);
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : 'De aanvraag openen is mislukt.');
    }
  }
  return (
    <form className="aw-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} summaryRef={summary} />
      {failure && <Alert type="error">{failure}</Alert>}
      <PersonPicker
        idPrefix="vl-nieuw"
        picked={person}
        onPick={setPerson}
        error={errorOf('vl-nieuw-naam')}
      />
      <TextField
        id="vl-nieuw-van"
        label="Eerste verlofdag"
        type="date"
        value={van}
        onChange={(e) => setVan(e.target.value)}
        error={errorOf('vl-nieuw-van')}
      />
      <TextField
        id="vl-nieuw-tot"
        label="Laatste verlofdag"
        type="date"
        value={tot}
        onChange={(e) => setTot(e.target.value)}
        error={errorOf('vl-nieuw-tot')}
      />
      <TextAreaField
        id="vl-nieuw-reden"
        label="Gewichtige omstandigheden"
        value={reden}
        onChange={(e) => setReden(e.target.value)}
        error={errorOf('vl-nieuw-reden')}
      />
      <div className="aw-form__actions">
        <Button>Aanvraag openen</Button>
      </div>
    </form>
  );
}
