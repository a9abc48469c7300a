// SPDX-License-Identifier: EUPL-1.2
import { useRef, useState, type FormEvent } from 'react';
import { isValidBsn } from '../../../shared/bsn.ts';
import { apiFile, ApiError } from '../../api/client.ts';
import { Button, ErrorSummary, TextField } from '../../components/FormField.tsx';
import { Alert, Page, Paragraph } from '../../components/Page.tsx';

/**
 * The privacy officer answers an inzageverzoek (art. 15 AVG): everything stored about one person,
 * as PDF for the person and JSON for the file. The BSN goes in a POST body, never in the URL.
 */
export function InzagePage() {
  const [bsn, setBsn] = useState('');
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const summary = useRef<HTMLDivElement>(null);

  async function download(formaat: 'pdf' | 'json', event?: FormEvent) {
    event?.preventDefault();
    const clean = bsn.replace(/\s/g, '');
    const problem = !/^\d{9}$/.test(clean)
      ? 'Een BSN heeft 9 cijfers.'
      : !isValidBsn(clean)
        ? 'Dit BSN bestaat niet (de elfproef klopt niet). Controleer de cijfers.'
        : undefined;
    setError(problem);
    setResult(undefined);
    if (problem) {
      setTimeout(() => summary.current?.focus());
      return;
    }
    try {
      const file = await apiFile('/api/inzage', { bsn: clean, formaat });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(file);
      link.download = `inzage.${formaat}`;
      link.click();
      URL.revokeObjectURL(link.href);
      setResult({
        ok: true,
        text: `Het overzicht (${formaat.toUpperCase()}) is gedownload. Het verzoek staat in het auditlog.`,
      });
    } catch (e) {
      setResult({
        ok: false,
        text: e instanceof ApiError ? e.message : 'Het overzicht maken is mislukt.',
      });
    }
  }

  return (
    <Page title="Inzageverzoek">
      <Paragraph>
        Iemand vraagt welke gegevens Aanwezig over hem of haar bewaart (artikel 15 AVG). Vul het BSN
        in en download het volledige overzicht: persoonsgegevens, woonhistorie, ouders,
        inschrijvingen, meldingen, vrijstellingen, dossiers, wie de gegevens inzag en hoe lang ze
        bewaard blijven.
      </Paragraph>
      <ErrorSummary
        errors={error ? [{ id: 'inzage-bsn', message: error }] : []}
        summaryRef={summary}
      />
      {result && <Alert type={result.ok ? 'ok' : 'error'}>{result.text}</Alert>}
      <form className="aw-form" onSubmit={(e) => void download('pdf', e)} noValidate>
        <TextField
          id="inzage-bsn"
          label="BSN van de aanvrager"
          description="9 cijfers. Controleer eerst de identiteit van de aanvrager."
          inputMode="numeric"
          autoComplete="off"
          value={bsn}
          onChange={(e) => setBsn(e.target.value)}
          error={error}
        />
        <div className="aw-form__actions">
          <Button>Download PDF</Button>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => void download('json')}
          >
            Download JSON
          </Button>
        </div>
      </form>
    </Page>
  );
}
