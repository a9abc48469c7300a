// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, SelectField, TextField } from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { GROUP_LABELS, STATE_LABELS } from './labels.ts';

interface Row {
  id: number;
  naam: string;
  geboortedatum: string;
  status: string;
  groep: string;
  geopendOp: string;
  meldingen: number;
  laatsteMelding: string | null;
  school: string | null;
  gemeente: string | null;
  toegewezenAan: string | null;
  eerstvolgendeTaak: string | null;
}
interface Worklist {
  zaken: Row[];
  meer: boolean;
  aantallen: Record<string, number>;
}
interface Colleague {
  id: number;
  naam: string;
  rol: string;
}

/** The consultant's worklist: new, due today, overdue, waiting; administrative staff assign. */
export function WorklistPage() {
  const { may } = useSession();
  const [filter, setFilter] = useState({
    toewijzing: may('cases.work') ? 'mij' : 'niet_toegewezen',
    brin: '',
  });
  const [list, setList] = useState<Worklist>();
  const [failure, setFailure] = useState<string>();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [colleagues, setColleagues] = useState<Colleague[]>([]);
  const [assignee, setAssignee] = useState('');
  const [message, setMessage] = useState<string>();

  const load = useCallback(async () => {
    const query = new URLSearchParams({
      toewijzing: filter.toewijzing,
      ...(filter.brin ? { brin: filter.brin } : {}),
    });
    try {
      setList(await api<Worklist>(`/api/werklijst?${query}`));
      setFailure(undefined);
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : 'De werklijst laden is mislukt.');
    }
  }, [filter]);

  useEffect(() => {
    void load();
    if (may('cases.assign')) {
      void api<Colleague[]>('/api/medewerkers').then(setColleagues, () => undefined);
    }
  }, [load, may]);

  async function assign(event: FormEvent) {
    event.preventDefault();
    try {
      const result = await api<{ toegewezen: number }>('/api/zaken/toewijzing', {
        method: 'PUT',
        body: JSON.stringify({
          zaken: [...selected],
          gebruiker: assignee ? Number(assignee) : null,
        }),
      });
      setMessage(
        `${result.toegewezen} ${result.toegewezen === 1 ? 'dossier' : 'dossiers'} toegewezen.`,
      );
      setSelected(new Set());
      await load();
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : 'Toewijzen is mislukt.');
    }
  }

  const toggle = (id: number) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  return (
    <Page title="Werklijst">
      <Paragraph>Open dossiers, het dringendste eerst: te laat, vandaag, nieuw.</Paragraph>
      <form
        className="aw-form aw-form--inline"
        onSubmit={(e) => {
          e.preventDefault();
          void load();
        }}
        noValidate
      >
        <SelectField
          id="toewijzing"
          label="Welke dossiers"
          value={filter.toewijzing}
          onChange={(e) => setFilter({ ...filter, toewijzing: e.target.value })}
          options={[
            { value: 'mij', label: 'Mijn dossiers' },
            { value: 'niet_toegewezen', label: 'Niet toegewezen' },
            { value: 'alle', label: 'Alle open dossiers' },
          ]}
        />
        <TextField
          id="brin"
          label="School (BRIN, niet verplicht)"
          value={filter.brin}
          onChange={(e) => setFilter({ ...filter, brin: e.target.value })}
          autoComplete="off"
        />
        <div className="aw-form__actions">
          <Button>Tonen</Button>
        </div>
      </form>
      {failure && <Alert type="error">{failure}</Alert>}
      {list && (
        <section aria-live="polite">
          <Heading2>
            {Object.entries(GROUP_LABELS)
              .map(([key, label]) => `${label}: ${list.aantallen[key] ?? 0}`)
              .join(' · ')}
          </Heading2>
          {message && <Alert type="ok">{message}</Alert>}
          <Table
            caption="Open dossiers"
            rowKey={(r) => r.id}
            rows={list.zaken}
            empty="Geen open dossiers met deze keuze."
            columns={[
              ...(may('cases.assign')
                ? [
                    {
                      header: 'Kies',
                      cell: (r: Row) => (
                        <input
                          type="checkbox"
                          aria-label={`Kies het dossier van ${r.naam}`}
                          checked={selected.has(r.id)}
                          onChange={() => toggle(r.id)}
                        />
                      ),
                    },
                  ]
                : []),
              {
                header: 'Jeugdige',
                cell: (r: Row) => <Link href={`/zaken/${r.id}`}>{r.naam}</Link>,
              },
              { header: 'Wat nu', cell: (r: Row) => GROUP_LABELS[r.groep] ?? r.groep },
              { header: 'Fase', cell: (r: Row) => STATE_LABELS[r.status] ?? r.status },
              { header: 'Laatste melding', cell: (r: Row) => formatDate(r.laatsteMelding) },
              { header: 'School', cell: (r: Row) => r.school ?? '' },
              { header: 'Gemeente', cell: (r: Row) => r.gemeente ?? '' },
              { header: 'Taak vervalt', cell: (r: Row) => formatDate(r.eerstvolgendeTaak) },
              { header: 'Toegewezen aan', cell: (r: Row) => r.toegewezenAan ?? 'niemand' },
            ]}
          />
          {list.meer && (
            <Paragraph>De eerste 500 dossiers; verfijn de keuze om de rest te zien.</Paragraph>
          )}
          {may('cases.assign') && (
            <form className="aw-form" onSubmit={assign} noValidate>
              <SelectField
                id="toewijzen-aan"
                label={`Gekozen dossiers (${selected.size}) toewijzen aan`}
                value={assignee}
                onChange={(e) => setAssignee(e.target.value)}
                options={[
                  { value: '', label: 'Niemand (niet toegewezen)' },
                  ...colleagues.map((c) => ({ value: String(c.id), label: c.naam })),
                ]}
              />
              <div className="aw-form__actions">
                <Button disabled={selected.size === 0}>Toewijzen</Button>
              </div>
            </form>
          )}
        </section>
      )}
    </Page>
  );
}
