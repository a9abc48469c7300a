// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, SelectField } from '../../components/FormField.tsx';
import { Alert, Heading2 } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import type { Appointment } from './AppointmentsPanel.tsx';

interface Letter {
  id: number;
  titel: string;
  sleutel: string;
  versie: number;
  adresregels: string[];
  redenWeggelaten: boolean;
  gemaaktOp: string;
}

/**
 * Letters of a case: the ones a step set ready (`brief_gepland`), any template on request, and
 * every letter as it was sent (its stored PDF).
 */
export function LettersPanel({
  caseId,
  planned,
  mayWork,
  appointment,
}: {
  caseId: number;
  planned: string[];
  mayWork: boolean;
  appointment: Appointment | undefined;
}) {
  const [letters, setLetters] = useState<Letter[]>([]);
  const [templates, setTemplates] = useState<{ sleutel: string; titel: string }[]>([]);
  const [choice, setChoice] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const load = useCallback(async () => {
    setLetters((await api<{ brieven: Letter[] }>(`/api/zaken/${caseId}/brieven`)).brieven);
  }, [caseId]);
  useEffect(() => {
    void load().catch(() => undefined);
    void api<{ sjablonen: { sleutel: string; titel: string }[] }>('/api/brieven/sjablonen').then(
      (t) => setTemplates(t.sjablonen),
      () => undefined,
    );
  }, [load]);

  async function make(sleutel: string) {
    const moment = appointment ? new Date(appointment.tijdstip) : undefined;
    const extra =
      sleutel === 'uitnodiging' && moment
        ? {
            'afspraak.datum': moment.toLocaleDateString('nl-NL', { dateStyle: 'long' }),
            'afspraak.tijd': moment.toLocaleTimeString('nl-NL', {
              hour: '2-digit',
              minute: '2-digit',
            }),
            'afspraak.locatie': appointment?.locatie ?? '',
          }
        : undefined;
    try {
      const result = await api<{ brieven: unknown[] }>(`/api/zaken/${caseId}/brieven`, {
        method: 'POST',
        body: JSON.stringify({ sleutel, ...(extra ? { extra } : {}) }),
      });
      setMessage({
        ok: true,
        text: `${result.brieven.length} ${result.brieven.length === 1 ? 'brief' : 'brieven'} gemaakt.`,
      });
      await load();
    } catch (e) {
      setMessage({
        ok: false,
        text: e instanceof ApiError ? e.message : 'De brief maken is mislukt.',
      });
    }
  }

  const made = new Set(letters.map((l) => l.sleutel));
  const waiting = [...new Set(planned)].filter((s) => !made.has(s));
  const title = (sleutel: string) => templates.find((t) => t.sleutel === sleutel)?.titel ?? sleutel;
  return (
    <section aria-labelledby="brieven-titel">
      <Heading2 id="brieven-titel">Brieven</Heading2>
      {message && <Alert type={message.ok ? 'ok' : 'error'}>{message.text}</Alert>}
      {mayWork &&
        waiting.map((sleutel) => (
          <p key={sleutel} className="utrecht-paragraph">
            Klaargezet: {title(sleutel)}{' '}
            <Button type="button" onClick={() => void make(sleutel)}>
              Brief maken: {title(sleutel)}
            </Button>
          </p>
        ))}
      <Table
        caption="Verstuurde brieven"
        rowKey={(l) => l.id}
        rows={letters}
        empty="Nog geen brieven."
        columns={[
          { header: 'Gemaakt', cell: (l) => formatDate(l.gemaaktOp) },
          { header: 'Brief', cell: (l) => `${l.titel} (versie ${l.versie})` },
          { header: 'Aan', cell: (l) => l.adresregels[0] ?? '' },
          {
            header: 'PDF',
            cell: (l) => (
              <a className="utrecht-link" href={`/api/brieven/${l.id}/pdf`}>
                {l.titel} openen
              </a>
            ),
          },
        ]}
      />
      {mayWork && templates.length > 0 && (
        <form
          className="aw-form aw-form--inline"
          onSubmit={(e) => {
            e.preventDefault();
            if (choice) void make(choice);
          }}
        >
          <SelectField
            id="brief-sjabloon"
            label="Andere brief maken"
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            options={[
              { value: '', label: 'Kies een sjabloon' },
              ...templates.map((t) => ({ value: t.sleutel, label: t.titel })),
            ]}
          />
          <div className="aw-form__actions">
            <Button appearance="secondary-action-button">Maken</Button>
          </div>
        </form>
      )}
    </section>
  );
}
