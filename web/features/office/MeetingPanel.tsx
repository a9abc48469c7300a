// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';
import { ATTENDANCE, LEGAL_CHECK } from '../../../shared/office-kinds.ts';
import { Button, SelectField, TextAreaField, TextField } from '../../components/FormField.tsx';
import { Alert, Heading2, Paragraph } from '../../components/Page.tsx';
import { useSession } from '../../session.tsx';
import type { Meeting } from './meeting.ts';
import { minutesOf, optionsOf, post, useLoad } from './shared.tsx';

/** One meeting: the privacy officer's legal check, the decision and, afterwards, attendance and time. */
export function MeetingPanel({
  meeting,
  onChange,
}: {
  meeting: Meeting;
  onChange: () => Promise<unknown>;
}) {
  const { may } = useSession();
  const [toets, setToets] = useState({ uitkomst: 'akkoord', grondslag: '' });
  const [besluit, setBesluit] = useState({ besluit: meeting.besluit ?? meeting.advies, reden: '' });
  const [deelname, setDeelname] = useState({ minuten: '', acties: '', collega: '' });
  const colleagues = useLoad<{ id: number; naam: string }[]>('/api/medewerkers');
  const [result, setResult] = useState<{ ok: boolean; text: string }>();

  const run = (path: string, body: unknown, done: string) => async (event: FormEvent) => {
    event.preventDefault();
    try {
      await post(`/api/kantoorwerk/overleggen/${meeting.id}/${path}`, body);
      setResult({ ok: true, text: done });
      await onChange();
    } catch (e) {
      setResult({ ok: false, text: (e as Error).message });
    }
  };
  const minuten = minutesOf(deelname.minuten);
  const attending = meeting.besluit !== null && meeting.besluit !== 'afgewezen';

  return (
    <section aria-labelledby="mdo-behandelen">
      <Heading2 id="mdo-behandelen">{`Behandelen: ${meeting.titel}`}</Heading2>
      <Paragraph>
        {`Advies: ${ATTENDANCE[meeting.advies]}. ${meeting.adviesReden} Juridische toets: ${LEGAL_CHECK[meeting.juridischeToets]}.`}
      </Paragraph>
      {result && <Alert type={result.ok ? 'ok' : 'error'}>{result.text}</Alert>}
      {may('office.legal_check') && meeting.juridischeToets === 'open' && (
        <form
          className="aw-form"
          onSubmit={run(
            'juridische-toets',
            { ...toets, grondslag: toets.grondslag || null },
            'De juridische toets is vastgelegd.',
          )}
          noValidate
        >
          <SelectField
            id="toets-uitkomst"
            label="Uitkomst van de juridische toets"
            value={toets.uitkomst}
            onChange={(e) => setToets({ ...toets, uitkomst: e.target.value })}
            options={[
              { value: 'akkoord', label: LEGAL_CHECK.akkoord },
              { value: 'niet_toegestaan', label: LEGAL_CHECK.niet_toegestaan },
            ]}
          />
          <TextField
            id="toets-grondslag"
            label="Grondslag (niet verplicht)"
            value={toets.grondslag}
            onChange={(e) => setToets({ ...toets, grondslag: e.target.value })}
          />
          <div className="aw-form__actions">
            <Button>Toets vastleggen</Button>
          </div>
        </form>
      )}
      {may('office.register') && !meeting.besluit && (
        <form
          className="aw-form"
          onSubmit={run(
            'besluit',
            { besluit: besluit.besluit, reden: besluit.reden || null },
            'Het besluit is vastgelegd.',
          )}
          noValidate
        >
          <SelectField
            id="besluit-keuze"
            label="Besluit"
            value={besluit.besluit}
            onChange={(e) =>
              setBesluit({ ...besluit, besluit: e.target.value as Meeting['advies'] })
            }
            options={optionsOf(ATTENDANCE)}
          />
          <TextAreaField
            id="besluit-reden"
            label="Reden (verplicht als u afwijkt van het advies)"
            value={besluit.reden}
            onChange={(e) => setBesluit({ ...besluit, reden: e.target.value })}
          />
          <div className="aw-form__actions">
            <Button>Besluit vastleggen</Button>
          </div>
        </form>
      )}
      {may('office.register') && attending && (
        <form
          className="aw-form"
          onSubmit={(e) =>
            minuten === undefined
              ? (e.preventDefault(),
                setResult({
                  ok: false,
                  text: 'Vul de tijd in als hele minuten (1 tot 1440), of laat hem leeg.',
                }))
              : run(
                  'deelname',
                  {
                    minuten,
                    acties: deelname.acties || null,
                    deelnemerIds: deelname.collega ? [Number(deelname.collega)] : [],
                  },
                  'De deelname en de tijd zijn vastgelegd.',
                )(e)
          }
          noValidate
        >
          <TextField
            id="deelname-minuten"
            label="Bestede tijd in minuten"
            inputMode="numeric"
            value={deelname.minuten}
            onChange={(e) => setDeelname({ ...deelname, minuten: e.target.value })}
          />
          <SelectField
            id="deelname-collega"
            label="Collega die ook deelnam (niet verplicht)"
            value={deelname.collega}
            onChange={(e) => setDeelname({ ...deelname, collega: e.target.value })}
            options={[
              { value: '', label: 'Geen: alleen ikzelf' },
              ...(colleagues.data ?? []).map((c) => ({ value: String(c.id), label: c.naam })),
            ]}
          />
          <TextAreaField
            id="deelname-acties"
            label="Concrete acties of besluiten"
            value={deelname.acties}
            onChange={(e) => setDeelname({ ...deelname, acties: e.target.value })}
          />
          <div className="aw-form__actions">
            <Button>Deelname vastleggen</Button>
          </div>
        </form>
      )}
    </section>
  );
}
