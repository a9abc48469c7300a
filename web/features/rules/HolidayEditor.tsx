// SPDX-License-Identifier: EUPL-1.2
/** A small editor for the school holidays (per region), for the functioneel beheerder. */
import { useEffect, useState } from 'react';
import { deleteHoliday, fetchHolidays, saveHoliday, type HolidayView } from './api.ts';
import { parseInputDate } from './timeline.ts';

const EMPTY = {
  schooljaar: '',
  vakantieregio: 'midden',
  naam: 'herfst',
  van: '',
  totEnMet: '',
} as const;

/** Lists, changes, adds and removes school holidays. */
export function HolidayEditor() {
  const [holidays, setHolidays] = useState<HolidayView[]>([]);
  const [regio, setRegio] = useState<HolidayView['vakantieregio']>('midden');
  const [draft, setDraft] = useState<Omit<HolidayView, 'id'> & { id?: number }>({ ...EMPTY });
  const [message, setMessage] = useState<string>();

  const reload = () => fetchHolidays().then(setHolidays, (e: Error) => setMessage(e.message));
  useEffect(() => {
    void reload();
  }, []);

  async function save() {
    const van = parseInputDate(draft.van);
    const totEnMet = parseInputDate(draft.totEnMet);
    if (!van || !totEnMet) {
      setMessage('Vul bij van en tot en met een bestaande datum in.');
      return;
    }
    try {
      await saveHoliday({ ...draft, van, totEnMet });
      setMessage('Schoolvakantie opgeslagen.');
      setDraft({ ...EMPTY });
      await reload();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }

  async function remove(h: HolidayView) {
    try {
      await deleteHoliday(h.id);
      await reload();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }

  const field = (key: 'schooljaar' | 'van' | 'totEnMet', label: string) => (
    <div className="utrecht-form-field utrecht-form-field--text">
      <label className="utrecht-form-label" htmlFor={`vakantie-${key}`}>
        {label}
      </label>
      <input
        id={`vakantie-${key}`}
        className="utrecht-textbox utrecht-textbox--html-input"
        value={draft[key]}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    </div>
  );

  return (
    <section aria-labelledby="vakanties-kop">
      <h3 className="utrecht-heading-3" id="vakanties-kop">
        Schoolvakanties
      </h3>
      <p className="utrecht-paragraph">
        Meegeleverd: de vakanties van de Rijksoverheid voor 2023-2024 tot en met 2027-2028. Een deel
        is nog niet gecontroleerd (zie docs/rules/schoolkalender.md): controleer ze met
        rijksoverheid.nl.
      </p>
      {message ? (
        <div className="utrecht-alert" role="status">
          <p className="utrecht-paragraph">{message}</p>
        </div>
      ) : null}
      <label className="utrecht-form-label" htmlFor="vakantie-filter">
        Toon regio
      </label>
      <select
        id="vakantie-filter"
        className="utrecht-select"
        value={regio}
        onChange={(e) => setRegio(e.target.value as HolidayView['vakantieregio'])}
      >
        <option value="noord">noord</option>
        <option value="midden">midden</option>
        <option value="zuid">zuid</option>
      </select>
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">Schoolvakanties regio {regio}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {['Schooljaar', 'Vakantie', 'Van', 'Tot en met', 'Acties'].map((h) => (
              <th className="utrecht-table__header-cell" scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {holidays
            .filter((h) => h.vakantieregio === regio)
            .map((h) => (
              <tr className="utrecht-table__row" key={h.id}>
                <td className="utrecht-table__cell">{h.schooljaar}</td>
                <td className="utrecht-table__cell">{h.naam}</td>
                <td className="utrecht-table__cell">{h.van}</td>
                <td className="utrecht-table__cell">{h.totEnMet}</td>
                <td className="utrecht-table__cell">
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle"
                    onClick={() => setDraft({ ...h })}
                  >
                    Wijzig
                    <span className="visually-hidden">
                      {' '}
                      {h.naam} {h.schooljaar}
                    </span>
                  </button>{' '}
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle"
                    onClick={() => remove(h)}
                  >
                    Verwijder
                    <span className="visually-hidden">
                      {' '}
                      {h.naam} {h.schooljaar}
                    </span>
                  </button>
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      <h4 className="utrecht-heading-4">
        {draft.id === undefined ? 'Vakantie toevoegen' : 'Vakantie wijzigen'}
      </h4>
      {field('schooljaar', 'Schooljaar (bijvoorbeeld 2028-2029)')}
      <label className="utrecht-form-label" htmlFor="vakantie-regio">
        Regio
      </label>
      <select
        id="vakantie-regio"
        className="utrecht-select"
        value={draft.vakantieregio}
        onChange={(e) =>
          setDraft({ ...draft, vakantieregio: e.target.value as HolidayView['vakantieregio'] })
        }
      >
        <option value="noord">noord</option>
        <option value="midden">midden</option>
        <option value="zuid">zuid</option>
      </select>
      <label className="utrecht-form-label" htmlFor="vakantie-naam">
        Vakantie
      </label>
      <select
        id="vakantie-naam"
        className="utrecht-select"
        value={draft.naam}
        onChange={(e) => setDraft({ ...draft, naam: e.target.value as HolidayView['naam'] })}
      >
        {['herfst', 'kerst', 'voorjaar', 'mei', 'zomer'].map((n) => (
          <option value={n} key={n}>
            {n}
          </option>
        ))}
      </select>
      {field('van', 'Van')}
      {field('totEnMet', 'Tot en met')}
      <button
        type="button"
        className="utrecht-button utrecht-button--primary-action"
        onClick={save}
      >
        Opslaan
      </button>
    </section>
  );
}
