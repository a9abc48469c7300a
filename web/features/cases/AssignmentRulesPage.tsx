// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, ErrorSummary, SelectField, TextField } from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';

interface Rule {
  id: number;
  brin: string | null;
  vestiging: string | null;
  school: string | null;
  postcodeVan: string | null;
  postcodeTot: string | null;
  taak: string;
  gebruiker: string;
  team: string | null;
}
const TAKEN: Record<string, string> = {
  alle: 'Alle meldingen',
  kort: 'Kort verzuim, luxeverzuim en verlof',
  lang: 'Thuiszitters en langdurig verzuim',
};

/** Who gets new cases: per school location and task (seed 000), or per postcode area. */
export function AssignmentRulesPage() {
  const [rules, setRules] = useState<Rule[]>([]);
  const [colleagues, setColleagues] = useState<{ id: number; naam: string }[]>([]);
  const [form, setForm] = useState({
    brin: '',
    vestiging: '00',
    postcodeVan: '',
    postcodeTot: '',
    taak: 'alle',
    gebruiker: '',
    team: '',
  });
  const [errors, setErrors] = useState<{ id: string; message: string }[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const summary = useRef<HTMLDivElement>(null);
  const load = useCallback(
    async () => setRules((await api<{ regels: Rule[] }>('/api/toewijzingsregels')).regels),
    [],
  );
  useEffect(() => {
    void load().catch(() => undefined);
    void api<{ id: number; naam: string }[]>('/api/medewerkers').then(
      setColleagues,
      () => undefined,
    );
  }, [load]);

  async function add(event: FormEvent) {
    event.preventDefault();
    const found: { id: string; message: string }[] = [];
    if (!form.brin && !form.postcodeVan) {
      found.push({ id: 'regel-brin', message: 'Vul een school (BRIN) of een postcodegebied in.' });
    }
    if (form.brin && form.postcodeVan) {
      found.push({
        id: 'regel-brin',
        message: 'Kies een school óf een postcodegebied, niet allebei.',
      });
    }
    if (!form.gebruiker) {
      found.push({ id: 'regel-gebruiker', message: 'Kies de medewerker die de dossiers krijgt.' });
    }
    setErrors(found);
    if (found.length) {
      setTimeout(() => summary.current?.focus());
      return;
    }
    try {
      await api('/api/toewijzingsregels', {
        method: 'POST',
        body: JSON.stringify({
          ...(form.brin
            ? { brin: form.brin, vestiging: form.vestiging }
            : {
                postcodeVan: form.postcodeVan,
                ...(form.postcodeTot ? { postcodeTot: form.postcodeTot } : {}),
              }),
          taak: form.taak,
          gebruiker: Number(form.gebruiker),
          ...(form.team ? { team: form.team } : {}),
        }),
      });
      setMessage({ ok: true, text: 'De regel is toegevoegd.' });
      await load();
    } catch (e) {
      setMessage({ ok: false, text: e instanceof ApiError ? e.message : 'Toevoegen is mislukt.' });
    }
  }

  async function remove(id: number) {
    await api(`/api/toewijzingsregels/${id}`, { method: 'DELETE' });
    await load();
  }

  async function apply() {
    const { toegewezen } = await api<{ toegewezen: number }>('/api/toewijzingsregels/toepassen', {
      method: 'POST',
    });
    setMessage({
      ok: true,
      text: `${toegewezen} open ${toegewezen === 1 ? 'dossier' : 'dossiers'} toegewezen.`,
    });
  }

  const errorOf = (id: string) => errors.find((e) => e.id === id)?.message;
  return (
    <Page title="Toewijzing">
      <Paragraph>
        Nieuwe dossiers gaan naar de medewerker die bij de schoolvestiging en de taak hoort; anders
        naar wie het postcodegebied van de jeugdige heeft. Zonder passende regel blijft een dossier
        niet toegewezen.
      </Paragraph>
      {message && <Alert type={message.ok ? 'ok' : 'error'}>{message.text}</Alert>}
      <Table
        caption="Toewijzingsregels"
        rowKey={(r) => r.id}
        rows={rules}
        empty="Nog geen regels: alle nieuwe dossiers blijven niet toegewezen."
        columns={[
          {
            header: 'School of gebied',
            cell: (r) =>
              r.brin
                ? `${r.school ?? ''} (${r.brin}-${r.vestiging})`
                : `postcode ${r.postcodeVan} t/m ${r.postcodeTot}`,
          },
          { header: 'Taak', cell: (r) => TAKEN[r.taak] ?? r.taak },
          { header: 'Medewerker', cell: (r) => r.gebruiker },
          { header: 'Team', cell: (r) => r.team ?? '' },
          {
            header: 'Actie',
            cell: (r) => (
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => void remove(r.id)}
              >
                Verwijderen
              </Button>
            ),
          },
        ]}
      />
      <Button type="button" appearance="secondary-action-button" onClick={() => void apply()}>
        Regels toepassen op niet-toegewezen dossiers
      </Button>
      <Heading2>Regel toevoegen</Heading2>
      <ErrorSummary errors={errors} summaryRef={summary} />
      <form className="aw-form" onSubmit={add} noValidate>
        <TextField
          id="regel-brin"
          label="BRIN van de school"
          description="Bijvoorbeeld 12AB; of laat leeg en vul een postcodegebied in."
          value={form.brin}
          onChange={(e) => setForm({ ...form, brin: e.target.value })}
          error={errorOf('regel-brin')}
        />
        <TextField
          id="regel-vestiging"
          label="Vestiging"
          value={form.vestiging}
          onChange={(e) => setForm({ ...form, vestiging: e.target.value })}
        />
        <TextField
          id="regel-pc-van"
          label="Postcode vanaf (niet verplicht)"
          value={form.postcodeVan}
          onChange={(e) => setForm({ ...form, postcodeVan: e.target.value })}
        />
        <TextField
          id="regel-pc-tot"
          label="Postcode tot en met (niet verplicht)"
          value={form.postcodeTot}
          onChange={(e) => setForm({ ...form, postcodeTot: e.target.value })}
        />
        <SelectField
          id="regel-taak"
          label="Taak"
          value={form.taak}
          onChange={(e) => setForm({ ...form, taak: e.target.value })}
          options={Object.entries(TAKEN).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          id="regel-gebruiker"
          label="Medewerker"
          value={form.gebruiker}
          onChange={(e) => setForm({ ...form, gebruiker: e.target.value })}
          error={errorOf('regel-gebruiker')}
          options={[
            { value: '', label: 'Kies' },
            ...colleagues.map((c) => ({ value: String(c.id), label: c.naam })),
          ]}
        />
        <TextField
          id="regel-team"
          label="Team (niet verplicht)"
          value={form.team}
          onChange={(e) => setForm({ ...form, team: e.target.value })}
        />
        <div className="aw-form__actions">
          <Button>Regel toevoegen</Button>
        </div>
      </form>
    </Page>
  );
}
