// SPDX-License-Identifier: EUPL-1.2
/** Beheer: regional settings (dated, with reason) and the school holidays. */
import { useEffect, useState } from 'react';
import { fetchSettings, saveSetting, type SettingView } from './api.ts';
import { HolidayEditor } from './HolidayEditor.tsx';
import { ReportSettingsEditor } from '../report/ReportSettingsEditor.tsx';
import { parseInputDate } from './timeline.ts';

/** The settings editor and the holiday editor. */
export function RulesAdmin() {
  const [settings, setSettings] = useState<SettingView[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  useEffect(() => {
    fetchSettings().then(setSettings, (e: Error) => setMessage({ ok: false, text: e.message }));
  }, []);

  return (
    <section aria-labelledby="beheer-kop">
      <h2 className="utrecht-heading-2" id="beheer-kop">
        Beheer: regionale instellingen
      </h2>
      <p className="utrecht-paragraph">
        Een nieuwe waarde geldt vanaf de datum die u opgeeft; eerdere waarden blijven bewaard voor
        berekeningen in het verleden.
      </p>
      {message ? (
        <div
          className={`utrecht-alert utrecht-alert--${message.ok ? 'ok' : 'error'}`}
          role="status"
        >
          <p className="utrecht-paragraph">{message.text}</p>
        </div>
      ) : null}
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">Instellingen van de regels</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              Instelling
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Waarden
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Nieuwe waarde
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {/* The report's definitions have their own form below (drop-downs, labels, help). */}
          {settings
            .filter((s) => !s.sleutel.startsWith('rapport.'))
            .map((s) => (
              <SettingRow
                key={s.sleutel}
                setting={s}
                onSaved={(all, text) => {
                  setSettings(all);
                  setMessage({ ok: true, text });
                }}
                onError={(text) => setMessage({ ok: false, text })}
              />
            ))}
        </tbody>
      </table>
      <ReportSettingsEditor />
      <HolidayEditor />
    </section>
  );
}

function SettingRow(props: {
  setting: SettingView;
  onSaved(all: SettingView[], text: string): void;
  onError(text: string): void;
}) {
  const s = props.setting;
  const [waarde, setWaarde] = useState('');
  const [vanaf, setVanaf] = useState('');
  const [reden, setReden] = useState('');
  const id = s.sleutel.replace(/\W/g, '-');

  async function save() {
    const geldigVanaf = parseInputDate(vanaf);
    if (!waarde || !geldigVanaf || !reden.trim()) {
      props.onError(
        `${s.sleutel}: vul een waarde, een geldige datum (geldig vanaf) en een reden in.`,
      );
      return;
    }
    const value = s.soort === 'getal' || typeof s.standaard === 'number' ? Number(waarde) : waarde;
    try {
      const all = await saveSetting({ sleutel: s.sleutel, waarde: value, geldigVanaf, reden });
      props.onSaved(all, `${s.sleutel} = ${waarde} vanaf ${geldigVanaf} opgeslagen.`);
      setWaarde('');
      setVanaf('');
      setReden('');
    } catch (error) {
      props.onError(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <tr className="utrecht-table__row">
      <th className="utrecht-table__header-cell" scope="row">
        <code>{s.sleutel}</code>
        <p className="utrecht-paragraph">{s.omschrijving}</p>
        <p className="utrecht-paragraph">
          <small>Bron: {s.bron}</small>
        </p>
      </th>
      <td className="utrecht-table__cell">
        <p className="utrecht-paragraph">Standaard: {String(s.standaard)}</p>
        {s.historie.map((h) => (
          <p className="utrecht-paragraph" key={h.geldigVanaf}>
            {String(h.waarde)} vanaf {h.geldigVanaf}
            {h.reden ? ` — ${h.reden}` : ''}
            {h.gewijzigdDoor ? ` (${h.gewijzigdDoor})` : ''}
          </p>
        ))}
      </td>
      <td className="utrecht-table__cell">
        <label className="utrecht-form-label" htmlFor={`${id}-waarde`}>
          Waarde{s.toegestaan ? ` (${s.toegestaan.join(' of ')})` : ''}
        </label>
        <input
          id={`${id}-waarde`}
          className="utrecht-textbox utrecht-textbox--html-input"
          value={waarde}
          onChange={(e) => setWaarde(e.target.value)}
        />
        <label className="utrecht-form-label" htmlFor={`${id}-vanaf`}>
          Geldig vanaf
        </label>
        <input
          id={`${id}-vanaf`}
          className="utrecht-textbox utrecht-textbox--html-input"
          value={vanaf}
          onChange={(e) => setVanaf(e.target.value)}
        />
        <label className="utrecht-form-label" htmlFor={`${id}-reden`}>
          Reden
        </label>
        <input
          id={`${id}-reden`}
          className="utrecht-textbox utrecht-textbox--html-input"
          value={reden}
          onChange={(e) => setReden(e.target.value)}
        />
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={save}
        >
          Opslaan
        </button>
      </td>
    </tr>
  );
}
