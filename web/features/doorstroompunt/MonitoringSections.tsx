// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { Alert, Heading2, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate, formatNumber } from '../../format.ts';
import { useSession } from '../../session.tsx';

interface Leaver {
  persoonId: number;
  naam: string;
  sector: string;
  school: string;
  uitgeschrevenOp: string;
  status: string | null;
  statusDatum: string | null;
}
interface Leavers {
  peildatum: string;
  statussen: { waarde: string; label: string }[];
  uitstromers: Leaver[];
}

/** PRO/VSO leavers in the target group (X11) with their follow-up, which a coach can set. */
export function ProVsoSection() {
  const { may } = useSession();
  const [data, setData] = useState<Leavers>();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const load = useCallback(async () => {
    setData(await api<Leavers>('/api/doorstroompunt/pro-vso-uitstromers'));
  }, []);
  useEffect(() => {
    void load().catch(() => undefined);
  }, [load]);

  async function setStatus(persoonId: number, status: string) {
    if (!status || !data) return;
    try {
      await api(`/api/doorstroompunt/pro-vso-uitstromers/${persoonId}`, {
        method: 'PUT',
        body: JSON.stringify({ status, datum: data.peildatum }),
      });
      setMessage({ ok: true, text: 'De opvolging is vastgelegd.' });
      await load();
    } catch (e) {
      setMessage({ ok: false, text: e instanceof ApiError ? e.message : 'Opslaan is mislukt.' });
    }
  }

  if (!data) return null;
  const label = (s: string | null) => data.statussen.find((x) => x.waarde === s)?.label ?? '';
  return (
    <section aria-labelledby="pro-vso-titel">
      <Heading2 id="pro-vso-titel">Uitstromers PRO en VSO</Heading2>
      {message && <Alert type={message.ok ? 'ok' : 'error'}>{message.text}</Alert>}
      <Table
        caption="Jongeren van wie de laatste inschrijving PRO of VSO was, nog niet opgevolgd eerst"
        rowKey={(r) => r.persoonId}
        rows={data.uitstromers}
        empty="Geen uitstromers uit PRO of VSO in de doelgroep."
        columns={[
          { header: 'Jongere', cell: (r) => r.naam },
          { header: 'School', cell: (r) => `${r.school} (${r.sector})` },
          { header: 'Uitgeschreven', cell: (r) => formatDate(r.uitgeschrevenOp) },
          {
            header: 'Opvolging',
            cell: (r) =>
              may('cases.work') ? (
                <select
                  className="utrecht-select utrecht-select--html-select"
                  aria-label={`Opvolging van ${r.naam}`}
                  value={r.status ?? ''}
                  onChange={(e) => void setStatus(r.persoonId, e.target.value)}
                >
                  <option value="">Nog niet opgevolgd</option>
                  {data.statussen.map((s) => (
                    <option key={s.waarde} value={s.waarde}>
                      {s.label}
                    </option>
                  ))}
                </select>
              ) : (
                label(r.status) || 'Nog niet opgevolgd'
              ),
          },
        ]}
      />
    </section>
  );
}

interface Readiness {
  peildatum: string;
  huidigeGrens: number;
  geplandeWijzigingen: { geldigVanaf: string; waarde: number }[];
  extraBij27: { vsvLijst: number; zonderStartkwalificatie: number };
}

/** X22: the age limit in force and how many youth a limit of 27 would add (counts only). */
export function ReadinessSection() {
  const [data, setData] = useState<Readiness>();
  useEffect(() => {
    void api<Readiness>('/api/doorstroompunt/gereedheid-27').then(setData, () => undefined);
  }, []);
  if (!data) return null;
  return (
    <section aria-labelledby="grens-titel">
      <Heading2 id="grens-titel">Leeftijdsgrens 23 of 27</Heading2>
      <Paragraph>
        Op {formatDate(data.peildatum)} volgt het Doorstroompunt jongeren tot {data.huidigeGrens}{' '}
        jaar.
        {data.geplandeWijzigingen.map((w) => (
          <span key={w.geldigVanaf}>
            {' '}
            Vanaf {formatDate(w.geldigVanaf)} wordt de grens {w.waarde}.
          </span>
        ))}
      </Paragraph>
      {data.huidigeGrens < 27 && (
        <Paragraph>
          Bij een grens van 27 komen er {formatNumber(data.extraBij27.vsvLijst)} jongeren van de
          vsv-lijst bij, en {formatNumber(data.extraBij27.zonderStartkwalificatie)} jongeren van 23
          tot 27 die zonder startkwalificatie van school gingen.
        </Paragraph>
      )}
    </section>
  );
}
