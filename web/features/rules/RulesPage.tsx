// SPDX-License-Identifier: EUPL-1.2
/** "Regels": a consultant enters a date of birth and sees the leerplicht timeline with its explanation. */
import { useRef, useState, type FormEvent } from 'react';
import type { LeerplichtResult } from '../../../server/modules/rules/leerplicht.ts';
import { fetchLeerplicht } from './api.ts';
import { DateField } from './DateField.tsx';
import { RulesAdmin } from './RulesAdmin.tsx';
import { parseInputDate, statusText, statusUitleg, timelineRows } from './timeline.ts';

type Field = 'geboortedatum' | 'peildatum' | 'startkwalificatie';
const LABELS: Record<Field, string> = {
  geboortedatum: 'Geboortedatum',
  peildatum: 'Peildatum',
  startkwalificatie: 'Datum startkwalificatie',
};

/** Validates the form; returns ISO dates or Dutch errors per field. */
function validate(values: Record<Field, string>) {
  const errors: Partial<Record<Field, string>> = {};
  const dates: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(LABELS) as Field[]) {
    const text = values[field].trim();
    if (!text) {
      if (field === 'geboortedatum') errors[field] = 'Vul de geboortedatum in.';
      continue;
    }
    const iso = parseInputDate(text);
    if (iso) dates[field] = iso;
    else {
      errors[field] = `${LABELS[field]} is geen bestaande datum. Gebruik bijvoorbeeld 14-05-2010.`;
    }
  }
  return { errors, dates };
}

/** The Regels page. */
export function RulesPage() {
  // The person page links here with ?geboortedatum=YYYY-MM-DD; show it in the Dutch way.
  const fromLink = new URLSearchParams(window.location.search).get('geboortedatum');
  const [values, setValues] = useState<Record<Field, string>>({
    geboortedatum:
      fromLink && parseInputDate(fromLink) ? fromLink.split('-').reverse().join('-') : '',
    peildatum: '',
    startkwalificatie: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [result, setResult] = useState<LeerplichtResult>();
  const [failure, setFailure] = useState<string>();
  const summary = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validate(values);
    setErrors(checked.errors);
    setFailure(undefined);
    if (Object.keys(checked.errors).length > 0) {
      setResult(undefined);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    try {
      setResult(
        await fetchLeerplicht({ geboortedatum: checked.dates.geboortedatum!, ...checked.dates }),
      );
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }

  const errorList = Object.entries(errors) as [Field, string][];
  return (
    <div className="utrecht-page-content">
      <h1 className="utrecht-heading-1">Regels: leerplicht en kwalificatieplicht</h1>
      <p className="utrecht-paragraph">
        Vul een geboortedatum in. U ziet wanneer de leerplicht begint en eindigt, tot wanneer de
        kwalificatieplicht en het Doorstroompunt gelden, en de status op de peildatum. Bij elke
        datum staat hoe die is berekend.
      </p>
      {errorList.length > 0 ? (
        <div
          className="utrecht-alert utrecht-alert--error"
          role="alert"
          tabIndex={-1}
          ref={summary}
        >
          <h2 className="utrecht-heading-2">Er ging iets mis</h2>
          <ul className="utrecht-unordered-list">
            {errorList.map(([field, message]) => (
              <li className="utrecht-unordered-list__item" key={field}>
                <a className="utrecht-link" href={`#${field}`}>
                  {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form noValidate onSubmit={submit}>
        <DateField
          id="geboortedatum"
          label={LABELS.geboortedatum}
          required
          description="Bijvoorbeeld 14-05-2010 of 2010-05-14."
          value={values.geboortedatum}
          error={errors.geboortedatum}
          onChange={(v) => setValues({ ...values, geboortedatum: v })}
        />
        <DateField
          id="peildatum"
          label={LABELS.peildatum}
          description="De datum waarop u de status wilt weten. Leeg: vandaag."
          value={values.peildatum}
          error={errors.peildatum}
          onChange={(v) => setValues({ ...values, peildatum: v })}
        />
        <DateField
          id="startkwalificatie"
          label={LABELS.startkwalificatie}
          description="Alleen invullen als de jongere een havo-, vwo- of mbo-2-diploma (of hoger) heeft."
          value={values.startkwalificatie}
          error={errors.startkwalificatie}
          onChange={(v) => setValues({ ...values, startkwalificatie: v })}
        />
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          Bereken
        </button>
      </form>
      {failure ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{failure}</p>
        </div>
      ) : null}
      {result ? <Timeline result={result} /> : null}
      <RulesAdmin />
    </div>
  );
}

function Timeline({ result }: { result: LeerplichtResult }) {
  return (
    <section aria-labelledby="tijdlijn-kop">
      <h2 className="utrecht-heading-2" id="tijdlijn-kop">
        Tijdlijn voor geboortedatum {result.geboortedatum}
      </h2>
      <p className="utrecht-paragraph">
        Status op {result.peildatum}: <strong>{statusText(result.status)}</strong>
        <br />
        <small>{statusUitleg(result).join(' ')}</small>
      </p>
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">
          Datums volgens de Leerplichtwet 1969 met uitleg
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              Fase
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Datum
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Uitleg
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {timelineRows(result).map((row) => (
            <tr className="utrecht-table__row" key={row.fase}>
              <th className="utrecht-table__header-cell" scope="row">
                {row.fase}
              </th>
              <td className="utrecht-table__cell">
                <time dateTime={row.datum}>{row.datum}</time>
              </td>
              <td className="utrecht-table__cell">
                {row.uitleg.map((line) => (
                  <p className="utrecht-paragraph" key={line}>
                    {line}
                  </p>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
