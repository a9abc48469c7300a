// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, ErrorSummary, SelectField, TextField } from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate, formatNumber } from '../../format.ts';

interface Summary {
  id: number;
  resultaat: 'geimporteerd' | 'gedeeltelijk' | 'geweigerd';
  soort: string;
  bestand: string;
  rijen: number;
  nieuw: number;
  gewijzigd: number;
  ongewijzigd: number;
  afgewezen: number;
  fouten: { regel: number; kolom: string | null; melding: string }[];
}
interface Run {
  id: number;
  soort: string;
  bestand: string;
  resultaat: string;
  rijen: number;
  nieuw: number;
  gewijzigd: number;
  afgewezen: number;
  door: string;
  klaarOp: string;
}

const SOORTEN = [
  { value: '', label: 'Kies een soort' },
  { value: 'scholen', label: 'Scholen en vestigingen' },
  { value: 'brp', label: 'Personen uit de BRP' },
  { value: 'inschrijvingen', label: 'Inschrijvingen (DUO)' },
  { value: 'verzuimmeldingen', label: 'Verzuimmeldingen (DUO)' },
  { value: 'vrijstellingen', label: 'Vrijstellingen' },
  { value: 'vsv', label: 'Voortijdig schoolverlaters (vsv-lijst DUO)' },
  { value: 'vsv_percentages', label: 'Vsv-percentages per gemeente (DUO)' },
];
const RESULT_TEXT = {
  geimporteerd: 'Het bestand is geïmporteerd.',
  gedeeltelijk: 'De goede regels zijn geïmporteerd; de afgewezen regels staan hieronder.',
  geweigerd:
    'Het bestand is geweigerd: er is niets veranderd. Verbeter de regels hieronder en probeer het opnieuw.',
};

/** Upload an import file and see the same summary and line errors as `aanwezig import`. */
export function ImportPage() {
  const [soort, setSoort] = useState('');
  const [peildatum, setPeildatum] = useState('');
  const [gedeeltelijk, setGedeeltelijk] = useState(false);
  const [errors, setErrors] = useState<{ id: string; message: string }[]>([]);
  const [result, setResult] = useState<Summary>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [history, setHistory] = useState<Run[]>([]);
  const file = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const loadHistory = () =>
    api<{ imports: Run[] }>('/api/imports').then(
      (r) => setHistory(r.imports),
      () => undefined,
    );
  useEffect(() => void loadHistory(), []);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const found: { id: string; message: string }[] = [];
    if (!soort) found.push({ id: 'soort', message: 'Kies welke soort bestand u importeert.' });
    if (!file.current?.files?.[0]) found.push({ id: 'bestand', message: 'Kies een CSV-bestand.' });
    if (peildatum && !/^\d{4}-\d{2}-\d{2}$/.test(peildatum)) {
      found.push({
        id: 'peildatum',
        message: 'Vul de peildatum in als JJJJ-MM-DD, bijvoorbeeld 2024-08-01.',
      });
    }
    setErrors(found);
    if (found.length) {
      setTimeout(() => summary.current?.focus());
      return;
    }
    const form = new FormData();
    form.set('soort', soort);
    if (peildatum) form.set('peildatum', peildatum);
    if (gedeeltelijk) form.set('gedeeltelijk', 'ja');
    form.set('bestand', file.current!.files![0]!);
    setBusy(true);
    setFailure(undefined);
    try {
      setResult(await api<Summary>('/api/imports', { method: 'POST', body: form }));
      void loadHistory();
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : 'Importeren is mislukt.');
    } finally {
      setBusy(false);
    }
  }
  const errorOf = (id: string) => errors.find((e) => e.id === id)?.message;

  return (
    <Page title="Importeren">
      <Paragraph>
        Importeer een CSV-bestand in het formaat van de koppelvlakspecificatie. Het hele bestand
        wordt eerst gecontroleerd; zonder "gedeeltelijk importeren" wordt bij één foute regel niets
        geïmporteerd.
      </Paragraph>
      <ErrorSummary errors={errors} summaryRef={summary} />
      <form className="aw-form" onSubmit={handleSubmit} noValidate>
        <SelectField
          id="soort"
          label="Soort bestand"
          options={SOORTEN}
          value={soort}
          onChange={(e) => setSoort(e.target.value)}
          error={errorOf('soort')}
        />
        <TextField
          id="bestand"
          label="Bestand"
          description="Een CSV-bestand met kopregel; scheidingsteken ; of ,."
          type="file"
          accept=".csv,text/csv"
          ref={file}
          error={errorOf('bestand')}
        />
        <TextField
          id="peildatum"
          label="Peildatum (alleen BRP)"
          description="De datum van de BRP-levering, bijvoorbeeld 2024-08-01. Leeg: vandaag."
          value={peildatum}
          onChange={(e) => setPeildatum(e.target.value)}
          error={errorOf('peildatum')}
        />
        <div className="utrecht-form-field utrecht-form-field--checkbox">
          <input
            id="gedeeltelijk"
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            checked={gedeeltelijk}
            onChange={(e) => setGedeeltelijk(e.target.checked)}
            aria-describedby="gedeeltelijk-description"
          />{' '}
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="gedeeltelijk">
            Gedeeltelijk importeren
          </label>
          <div className="utrecht-form-field-description" id="gedeeltelijk-description">
            De goede regels worden geïmporteerd; de afgewezen regels kunt u downloaden.
          </div>
        </div>
        <div className="aw-form__actions">
          <Button disabled={busy}>{busy ? 'Bezig met importeren…' : 'Importeren'}</Button>
        </div>
      </form>
      {failure && <Alert type="error">{failure}</Alert>}
      {result && (
        <section aria-labelledby="resultaat" aria-live="polite">
          <Heading2 id="resultaat">Resultaat: {result.bestand}</Heading2>
          <Alert
            type={
              result.resultaat === 'geweigerd'
                ? 'error'
                : result.resultaat === 'gedeeltelijk'
                  ? 'warning'
                  : 'ok'
            }
          >
            {RESULT_TEXT[result.resultaat]}
          </Alert>
          <dl className="aw-dl">
            <dt>Rijen</dt>
            <dd>{formatNumber(result.rijen)}</dd>
            <dt>Nieuw</dt>
            <dd>{formatNumber(result.nieuw)}</dd>
            <dt>Gewijzigd</dt>
            <dd>{formatNumber(result.gewijzigd)}</dd>
            <dt>Ongewijzigd</dt>
            <dd>{formatNumber(result.ongewijzigd)}</dd>
            <dt>Afgewezen</dt>
            <dd>{formatNumber(result.afgewezen)}</dd>
          </dl>
          {result.afgewezen > 0 && (
            <Paragraph>
              <a className="utrecht-link" href={`/api/imports/${result.id}/afgewezen.csv`} download>
                Download de afgewezen regels (CSV met kolom fout)
              </a>
            </Paragraph>
          )}
          <Table
            caption="Fouten per regel"
            rowKey={(_, i) => i}
            rows={result.fouten}
            empty="Geen fouten."
            columns={[
              { header: 'Regel', cell: (f) => f.regel, numeric: true },
              { header: 'Kolom', cell: (f) => f.kolom ?? '' },
              { header: 'Melding', cell: (f) => f.melding },
            ]}
          />
        </section>
      )}
      <Heading2>Eerdere imports</Heading2>
      <Table
        caption="De laatste 50 imports"
        rowKey={(r) => r.id}
        rows={history}
        empty="Nog geen imports."
        columns={[
          {
            header: 'Klaar op',
            cell: (r) => `${formatDate(r.klaarOp)} ${r.klaarOp.slice(11, 16)}`,
          },
          { header: 'Soort', cell: (r) => r.soort },
          { header: 'Bestand', cell: (r) => r.bestand },
          { header: 'Resultaat', cell: (r) => r.resultaat },
          { header: 'Rijen', cell: (r) => formatNumber(r.rijen), numeric: true },
          { header: 'Afgewezen', cell: (r) => formatNumber(r.afgewezen), numeric: true },
          { header: 'Door', cell: (r) => r.door },
        ]}
      />
    </Page>
  );
}
