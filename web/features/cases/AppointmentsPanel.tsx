// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, TextField } from '../../components/FormField.tsx';
import { Alert, Heading2 } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';

export interface Appointment {
  id: number;
  tijdstip: string;
  duurMinuten: number;
  locatie: string | null;
  status: string;
}

const STATUS: Record<string, string> = {
  gepland: 'Gepland',
  bevestigd: 'Bevestigd',
  gehouden: 'Gehouden',
  no_show: 'Niet verschenen (no-show)',
  geannuleerd: 'Geannuleerd',
};

export const formatMoment = (iso: string) =>
  new Date(iso).toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short' });

/** Appointments of a case: plan one (the invitation goes to the outbox) and register how it went. */
export function AppointmentsPanel({
  caseId,
  mayWork,
  onChange,
}: {
  caseId: number;
  mayWork: boolean;
  onChange: (appointments: Appointment[]) => void;
}) {
  const [list, setList] = useState<Appointment[]>([]);
  const [form, setForm] = useState({ datum: '', tijd: '', locatie: '', email: '', telefoon: '' });
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const load = useCallback(async () => {
    const { afspraken } = await api<{ afspraken: Appointment[] }>(`/api/zaken/${caseId}/afspraken`);
    setList(afspraken);
    onChange(afspraken);
  }, [caseId, onChange]);
  useEffect(() => {
    void load().catch(() => undefined);
  }, [load]);

  async function plan(event: FormEvent) {
    event.preventDefault();
    const moment = new Date(`${form.datum}T${form.tijd}`);
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(form.datum) ||
      !/^\d{2}:\d{2}$/.test(form.tijd) ||
      Number.isNaN(moment.getTime())
    ) {
      setMessage({ ok: false, text: 'Vul de datum in als JJJJ-MM-DD en de tijd als UU:MM.' });
      return;
    }
    try {
      await api(`/api/zaken/${caseId}/afspraken`, {
        method: 'POST',
        body: JSON.stringify({
          tijdstip: moment.toISOString(),
          locatie: form.locatie,
          contact: {
            ...(form.email ? { email: form.email } : {}),
            ...(form.telefoon ? { telefoon: form.telefoon } : {}),
          },
        }),
      });
      setMessage({ ok: true, text: 'De afspraak is gepland; de uitnodiging staat in de outbox.' });
      await load();
    } catch (e) {
      setMessage({ ok: false, text: e instanceof ApiError ? e.message : 'Plannen is mislukt.' });
    }
  }

  async function outcome(id: number, status: string) {
    try {
      await api(`/api/afspraken/${id}/uitkomst`, {
        method: 'PUT',
        body: JSON.stringify({ status }),
      });
      setMessage({
        ok: true,
        text:
          status === 'no_show'
            ? 'No-show geregistreerd; er staat een taak klaar om op te volgen.'
            : 'Uitkomst geregistreerd.',
      });
      await load();
    } catch (e) {
      setMessage({
        ok: false,
        text: e instanceof ApiError ? e.message : 'Registreren is mislukt.',
      });
    }
  }

  const open = (a: Appointment) => a.status === 'gepland' || a.status === 'bevestigd';
  return (
    <section aria-labelledby="afspraken-titel">
      <Heading2 id="afspraken-titel">Afspraken</Heading2>
      {message && <Alert type={message.ok ? 'ok' : 'error'}>{message.text}</Alert>}
      <Table
        caption="Afspraken in dit dossier"
        rowKey={(a) => a.id}
        rows={list}
        empty="Nog geen afspraken."
        columns={[
          { header: 'Wanneer', cell: (a) => formatMoment(a.tijdstip) },
          { header: 'Waar', cell: (a) => a.locatie ?? '' },
          { header: 'Status', cell: (a) => STATUS[a.status] ?? a.status },
          {
            header: 'Afloop',
            cell: (a) =>
              mayWork && open(a) ? (
                <span className="aw-actions">
                  {(['gehouden', 'no_show', 'geannuleerd'] as const).map((s) => (
                    <Button
                      key={s}
                      type="button"
                      appearance="secondary-action-button"
                      onClick={() => void outcome(a.id, s)}
                    >
                      {s === 'gehouden' ? 'Gehouden' : s === 'no_show' ? 'No-show' : 'Geannuleerd'}
                    </Button>
                  ))}
                </span>
              ) : (
                ''
              ),
          },
        ]}
      />
      {mayWork && (
        <form className="aw-form" onSubmit={plan} noValidate>
          <TextField
            id="afspraak-datum"
            label="Datum"
            description="JJJJ-MM-DD"
            value={form.datum}
            onChange={(e) => setForm({ ...form, datum: e.target.value })}
            autoComplete="off"
          />
          <TextField
            id="afspraak-tijd"
            label="Tijd"
            description="UU:MM"
            value={form.tijd}
            onChange={(e) => setForm({ ...form, tijd: e.target.value })}
            autoComplete="off"
          />
          <TextField
            id="afspraak-locatie"
            label="Locatie"
            value={form.locatie}
            onChange={(e) => setForm({ ...form, locatie: e.target.value })}
          />
          <TextField
            id="afspraak-email"
            label="E-mailadres voor uitnodiging en herinnering (niet verplicht)"
            type="email"
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
          />
          <TextField
            id="afspraak-telefoon"
            label="Mobiel nummer voor een sms-herinnering (niet verplicht)"
            inputMode="tel"
            value={form.telefoon}
            onChange={(e) => setForm({ ...form, telefoon: e.target.value })}
          />
          <div className="aw-form__actions">
            <Button appearance="secondary-action-button">Afspraak plannen</Button>
          </div>
        </form>
      )}
    </section>
  );
}
