// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import {
  Button,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import { useSession } from '../../session.tsx';

export interface PolicyMode {
  id: number;
  modus: string;
  ringen: number[];
  zomeractie: boolean;
  reden: string;
  vanaf: string;
  tot: string | null;
  door: string;
}

const RINGEN = ['kern', 'ring 1', 'ring 2', 'ring 3'];
export const describeMode = (m: PolicyMode) =>
  `${m.modus}: ${m.ringen.map((r) => RINGEN[r]).join(', ')}${m.zomeractie ? '; kennisgevingsbrief bij een eerste melding (zomeractie)' : ''}${m.tot ? `, tot en met ${formatDate(m.tot)}` : ''}`;

/**
 * The office's policy mode (seed 003 §5): which rings of tasks run and whether the zomeractie
 * applies. Everyone sees it; the managementteam sets it with a reason and an end date.
 */
export function PolicyModePage() {
  const { may } = useSession();
  const [data, setData] = useState<{ huidig: PolicyMode | null; historie: PolicyMode[] }>();
  const [form, setForm] = useState({
    modus: 'normaal',
    ringen: '0,1,2,3',
    zomeractie: 'nee',
    reden: '',
    vanaf: '',
    tot: '',
  });
  const [errors, setErrors] = useState<{ id: string; message: string }[]>([]);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const summary = useRef<HTMLDivElement>(null);
  const load = useCallback(async () => setData(await api('/api/beleidsmodus')), []);
  useEffect(() => {
    void load().catch(() => undefined);
  }, [load]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: { id: string; message: string }[] = [];
    if (form.reden.trim().length < 3) {
      found.push({ id: 'modus-reden', message: 'Geef de reden van deze keuze.' });
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.vanaf)) {
      found.push({ id: 'modus-vanaf', message: 'Vul de begindatum in als JJJJ-MM-DD.' });
    }
    if (form.tot && !/^\d{4}-\d{2}-\d{2}$/.test(form.tot)) {
      found.push({
        id: 'modus-tot',
        message: 'Vul de einddatum in als JJJJ-MM-DD, of laat hem leeg.',
      });
    }
    setErrors(found);
    if (found.length) {
      setTimeout(() => summary.current?.focus());
      return;
    }
    try {
      await api('/api/beleidsmodus', {
        method: 'POST',
        body: JSON.stringify({
          modus: form.modus,
          ringen: form.ringen.split(',').map(Number),
          zomeractie: form.zomeractie === 'ja',
          reden: form.reden,
          vanaf: form.vanaf,
          tot: form.tot || null,
        }),
      });
      setResult({ ok: true, text: 'De beleidsmodus is vastgelegd.' });
      await load();
    } catch (e) {
      setResult({ ok: false, text: e instanceof ApiError ? e.message : 'Vastleggen is mislukt.' });
    }
  }

  return (
    <Page title="Beleidsmodus">
      <Paragraph>
        Welke taken het bureau uitvoert (de kern en drie ringen, seed 003) en of de zomeractie
        geldt: dan krijgt een eerste melding zonder zorgen in het schooljaar een kennisgevingsbrief
        in plaats van een uitnodiging.
      </Paragraph>
      <Alert type="info">
        {data?.huidig ? `Nu: ${describeMode(data.huidig)}.` : 'Nu: normaal, alle taken.'}
      </Alert>
      {may('policy_mode.change') && (
        <section aria-labelledby="modus-titel">
          <Heading2 id="modus-titel">Beleidsmodus vaststellen</Heading2>
          <ErrorSummary errors={errors} summaryRef={summary} />
          {result && <Alert type={result.ok ? 'ok' : 'error'}>{result.text}</Alert>}
          <form className="aw-form" onSubmit={submit} noValidate>
            <TextField
              id="modus-naam"
              label="Naam van de modus"
              value={form.modus}
              onChange={(e) => setForm({ ...form, modus: e.target.value })}
            />
            <SelectField
              id="modus-ringen"
              label="Welke taken"
              value={form.ringen}
              onChange={(e) => setForm({ ...form, ringen: e.target.value })}
              options={[
                { value: '0,1,2,3', label: 'Kern en alle ringen' },
                { value: '0,1,2', label: 'Kern, ring 1 en 2' },
                { value: '0,1', label: 'Kern en ring 1' },
                { value: '0', label: 'Alleen de kern (wettelijke taken)' },
              ]}
            />
            <SelectField
              id="modus-zomeractie"
              label="Zomeractie / piekmodus"
              value={form.zomeractie}
              onChange={(e) => setForm({ ...form, zomeractie: e.target.value })}
              options={[
                { value: 'nee', label: 'Nee' },
                { value: 'ja', label: 'Ja: kennisgevingsbrief bij een eerste melding' },
              ]}
            />
            <TextAreaField
              id="modus-reden"
              label="Reden"
              value={form.reden}
              onChange={(e) => setForm({ ...form, reden: e.target.value })}
              error={errors.find((x) => x.id === 'modus-reden')?.message}
            />
            <TextField
              id="modus-vanaf"
              label="Geldt vanaf"
              description="JJJJ-MM-DD"
              value={form.vanaf}
              onChange={(e) => setForm({ ...form, vanaf: e.target.value })}
              error={errors.find((x) => x.id === 'modus-vanaf')?.message}
            />
            <TextField
              id="modus-tot"
              label="Tot en met (niet verplicht)"
              description="JJJJ-MM-DD"
              value={form.tot}
              onChange={(e) => setForm({ ...form, tot: e.target.value })}
              error={errors.find((x) => x.id === 'modus-tot')?.message}
            />
            <div className="aw-form__actions">
              <Button>Vastleggen</Button>
            </div>
          </form>
        </section>
      )}
      {data && (
        <Table
          caption="Eerdere beslissingen, nieuwste eerst"
          rowKey={(m) => m.id}
          rows={data.historie}
          empty="Nog geen beslissingen: het bureau werkt normaal."
          columns={[
            { header: 'Vanaf', cell: (m) => formatDate(m.vanaf) },
            { header: 'Modus', cell: (m) => describeMode(m) },
            { header: 'Reden', cell: (m) => m.reden },
            { header: 'Door', cell: (m) => m.door },
          ]}
        />
      )}
    </Page>
  );
}
