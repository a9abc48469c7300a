// SPDX-License-Identifier: EUPL-1.2
import { useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Button, ErrorSummary, SelectField, TextField } from '../../components/FormField.tsx';
import { Alert, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { useSession } from '../../session.tsx';
import {
  auditPath,
  checkAuditFilter,
  EMPTY_FILTER,
  formatDetails,
  formatTijdstip,
  type AuditField,
  type FieldError,
} from './audit-filter.ts';
import { ChainCheck } from './ChainCheck.tsx';

interface AuditRow {
  id: number;
  tijdstip: string;
  actor: string;
  actie: string;
  onderwerpSoort: string | null;
  onderwerpId: string | null;
  doel: string | null;
  categorie: string;
  details: Record<string, unknown> | null;
}
interface Results {
  regels: AuditRow[];
  meer: boolean;
  pagina: number;
  query: ReturnType<typeof checkAuditFilter>['query'];
}

const CATEGORIES = [
  { value: '', label: 'Alle' },
  { value: 'avg', label: 'AVG (persoonsgegevens)' },
  { value: 'wpg', label: 'WPG (politiegegevens)' },
];

/** The privacy officer's page: who saw or changed what, when and why; and the chain check. */
export function AuditPage() {
  const { may } = useSession();
  const [values, setValues] = useState(EMPTY_FILTER);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [results, setResults] = useState<Results>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const errorOf = (id: AuditField) => errors.find((e) => e.id === id)?.message;
  const field = (id: AuditField) => ({
    id,
    value: values[id],
    error: errorOf(id),
    autoComplete: 'off',
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setValues({ ...values, [id]: e.target.value }),
  });

  async function search(query: Results['query'], pagina: number, focusResults: boolean) {
    setBusy(true);
    setFailure(undefined);
    try {
      const found = await api<Omit<Results, 'pagina' | 'query'>>(auditPath(query, pagina));
      setResults({ ...found, pagina, query });
      if (focusResults) setTimeout(() => resultsHeading.current?.focus());
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : 'Zoeken is mislukt.');
    } finally {
      setBusy(false);
    }
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const checked = checkAuditFilter(values);
    setErrors(checked.errors);
    if (checked.errors.length) {
      setTimeout(() => summary.current?.focus());
      return;
    }
    void search(checked.query, 1, false);
  }

  return (
    <Page title="Auditlog">
      <Paragraph>
        Het auditlog legt vast wie welke gegevens zag of wijzigde, wanneer en met welk doel. Elke
        zoekopdracht hier komt zelf ook in het log.
      </Paragraph>
      <ErrorSummary errors={errors} summaryRef={summary} />
      <form className="aw-form" onSubmit={handleSubmit} noValidate aria-label="Auditlog doorzoeken">
        <TextField
          {...field('actor')}
          label="Gebruiker (niet verplicht)"
          description="De gebruikersnaam precies, bijvoorbeeld consulent. Ook: cli of systeem."
        />
        <TextField
          {...field('actie')}
          label="Handeling (niet verplicht)"
          description="Het begin van de handeling, bijvoorbeeld auth. of persons.viewed."
        />
        <TextField
          {...field('onderwerpSoort')}
          label="Soort onderwerp (niet verplicht)"
          description="Bijvoorbeeld person, user of school."
        />
        <TextField
          {...field('onderwerpId')}
          label="Nummer van het onderwerp (niet verplicht)"
          description="Het id uit het systeem, nooit een BSN."
        />
        <TextField
          {...field('van')}
          label="Vanaf (niet verplicht)"
          description="Datum als DD-MM-JJJJ of JJJJ-MM-DD, bijvoorbeeld 01-09-2024."
          inputMode="numeric"
        />
        <TextField
          {...field('tot')}
          label="Tot en met (niet verplicht)"
          description="Datum als DD-MM-JJJJ of JJJJ-MM-DD."
          inputMode="numeric"
        />
        <SelectField {...field('categorie')} label="Soort gegevens" options={CATEGORIES} />
        <div className="aw-form__actions">
          <Button disabled={busy}>{busy ? 'Bezig met zoeken…' : 'Zoeken'}</Button>
        </div>
      </form>
      {failure && <Alert type="error">{failure}</Alert>}
      {results && (
        <section aria-labelledby="auditresultaten-titel">
          <h2
            className="utrecht-heading-2"
            id="auditresultaten-titel"
            tabIndex={-1}
            ref={resultsHeading}
          >
            {results.regels.length === 0
              ? 'Geen regels gevonden'
              : `Pagina ${results.pagina}: ${results.regels.length} ${results.regels.length === 1 ? 'regel' : 'regels'}`}
          </h2>
          <AuditTable regels={results.regels} />
          {(results.pagina > 1 || results.meer) && (
            <nav className="aw-form__actions" aria-label="Pagina's van het auditlog">
              {results.pagina > 1 && (
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  disabled={busy}
                  onClick={() => void search(results.query, results.pagina - 1, true)}
                >
                  Vorige pagina
                </Button>
              )}
              {results.meer && (
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  disabled={busy}
                  onClick={() => void search(results.query, results.pagina + 1, true)}
                >
                  Volgende pagina
                </Button>
              )}
            </nav>
          )}
        </section>
      )}
      {may('audit.verify') && <ChainCheck />}
    </Page>
  );
}

function AuditTable({ regels }: { regels: AuditRow[] }) {
  return (
    <Table
      caption="Regels uit het auditlog, nieuwste eerst"
      rows={regels}
      rowKey={(r) => r.id}
      empty="Probeer een ruimer filter."
      columns={[
        { header: 'Tijdstip', cell: (r) => formatTijdstip(r.tijdstip) },
        { header: 'Gebruiker', cell: (r) => r.actor },
        { header: 'Handeling', cell: (r) => r.actie },
        {
          header: 'Onderwerp',
          cell: (r) => [r.onderwerpSoort, r.onderwerpId].filter(Boolean).join(' '),
        },
        { header: 'Doel', cell: (r) => r.doel ?? '' },
        { header: 'Soort', cell: (r) => r.categorie.toUpperCase() },
        { header: 'Details', cell: (r) => formatDetails(r.details) },
      ]}
    />
  );
}
