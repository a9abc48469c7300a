// SPDX-License-Identifier: EUPL-1.2
import { useRef, useState, type FormEvent } from 'react';
import { isValidBsn } from '../../../shared/bsn.ts';
import { api, ApiError } from '../../api/client.ts';
import { Button, ErrorSummary, TextField } from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import { Link } from '../../router.tsx';

interface Hit {
  id: number;
  naam: string;
  geboortedatum: string;
  gemeente: string | null;
  bsn: string | null;
}
type Field = 'bsn' | 'naam' | 'geboortedatum';

/** `14-05-2010` or `2010-05-14` → ISO, or undefined when it is no real date. */
function toIsoDate(text: string): string | undefined {
  const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text) ?? undefined;
  const iso = m
    ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`
    : /^\d{4}-\d{2}-\d{2}$/.test(text)
      ? text
      : undefined;
  if (!iso) return undefined;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : undefined;
}

function validate(values: Record<Field, string>) {
  const errors: { id: Field; message: string }[] = [];
  const bsn = values.bsn.replace(/\s/g, '');
  if (bsn && !/^\d{9}$/.test(bsn)) errors.push({ id: 'bsn', message: 'Een BSN heeft 9 cijfers.' });
  else if (bsn && !isValidBsn(bsn)) {
    errors.push({
      id: 'bsn',
      message: 'Dit BSN bestaat niet (de elfproef klopt niet). Controleer de cijfers.',
    });
  }
  if (values.naam.trim() && values.naam.trim().length < 2) {
    errors.push({ id: 'naam', message: 'Vul minstens 2 letters van de achternaam in.' });
  }
  const geboortedatum = values.geboortedatum.trim()
    ? toIsoDate(values.geboortedatum.trim())
    : undefined;
  if (values.geboortedatum.trim() && !geboortedatum) {
    errors.push({
      id: 'geboortedatum',
      message: 'Vul een bestaande geboortedatum in, bijvoorbeeld 14-05-2010.',
    });
  }
  if (!bsn && !values.naam.trim() && !values.geboortedatum.trim()) {
    errors.push({ id: 'naam', message: 'Vul een BSN, een naam of een geboortedatum in.' });
  }
  return {
    errors,
    body: { bsn: bsn || undefined, naam: values.naam.trim() || undefined, geboortedatum },
  };
}

/** Person search by BSN, name and/or date of birth. The BSN goes in a POST body, never in the URL. */
export function PersonSearchPage() {
  const [values, setValues] = useState<Record<Field, string>>({
    bsn: '',
    naam: '',
    geboortedatum: '',
  });
  const [errors, setErrors] = useState<{ id: Field; message: string }[]>([]);
  const [hits, setHits] = useState<Hit[]>();
  const [failure, setFailure] = useState<string>();
  const summary = useRef<HTMLDivElement>(null);
  const errorOf = (id: Field) => errors.find((e) => e.id === id)?.message;
  const set = (id: Field) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setValues({ ...values, [id]: e.target.value });

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(values);
    setErrors(checked.errors);
    setFailure(undefined);
    if (checked.errors.length) {
      setTimeout(() => summary.current?.focus());
      return;
    }
    try {
      setHits(
        (
          await api<{ resultaten: Hit[] }>('/api/personen/zoeken', {
            method: 'POST',
            body: JSON.stringify(checked.body),
          })
        ).resultaten,
      );
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : 'Zoeken is mislukt.');
    }
  }

  return (
    <Page title="Personen zoeken">
      <Paragraph>Zoek een jongere of ouder. Vul één of meer gegevens in.</Paragraph>
      <ErrorSummary errors={errors} summaryRef={summary} />
      <form className="aw-form" onSubmit={handleSubmit} noValidate>
        <TextField
          id="naam"
          label="Achternaam"
          description="Het begin van de achternaam is genoeg, bijvoorbeeld 'berg' of 'van den berg'. Voornaam erbij: 'berg, sanne'."
          value={values.naam}
          onChange={set('naam')}
          error={errorOf('naam')}
          autoComplete="off"
        />
        <TextField
          id="bsn"
          label="BSN"
          description="9 cijfers."
          inputMode="numeric"
          value={values.bsn}
          onChange={set('bsn')}
          error={errorOf('bsn')}
          autoComplete="off"
        />
        <TextField
          id="geboortedatum"
          label="Geboortedatum"
          description="Bijvoorbeeld 14-05-2010."
          value={values.geboortedatum}
          onChange={set('geboortedatum')}
          error={errorOf('geboortedatum')}
          autoComplete="off"
        />
        <div className="aw-form__actions">
          <Button>Zoeken</Button>
        </div>
      </form>
      {failure && <Alert type="error">{failure}</Alert>}
      {hits && (
        <section aria-live="polite">
          <Heading2>
            {hits.length === 0
              ? 'Niemand gevonden'
              : `${hits.length === 50 ? 'De eerste 50' : hits.length} ${hits.length === 1 ? 'persoon' : 'personen'} gevonden`}
          </Heading2>
          <Table
            caption="Zoekresultaten"
            rowKey={(h) => h.id}
            rows={hits}
            empty="Probeer minder letters of een ander gegeven."
            columns={[
              { header: 'Naam', cell: (h) => <Link href={`/personen/${h.id}`}>{h.naam}</Link> },
              { header: 'Geboortedatum', cell: (h) => formatDate(h.geboortedatum) },
              { header: 'Woont in', cell: (h) => h.gemeente ?? 'niet in de regio' },
              { header: 'BSN', cell: (h) => h.bsn ?? '' },
            ]}
          />
        </section>
      )}
    </Page>
  );
}
