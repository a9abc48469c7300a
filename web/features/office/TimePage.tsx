// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { TIME_KINDS, type TimeKind } from '../../../shared/office-kinds.ts';
import { TextField } from '../../components/FormField.tsx';
import { Alert, Heading2, Page, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate } from '../../format.ts';
import type { Meeting } from './meeting.ts';
import { RING_LABELS, todayText, useLoad } from './shared.tsx';

interface TimeData {
  modus: string;
  ringen: number[];
  verdeling: { maand: string; team: string; soort: TimeKind; minuten: number; procent: number }[];
  rijen: {
    maand: string;
    gebruikerId: number | null;
    naam: string;
    team: string;
    soort: TimeKind;
    ring: number | null;
    minuten: number;
    registraties: number;
  }[];
  afgewezen: (Meeting & { besluitReden: string | null })[];
}

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

const hours = (minutes: number) =>
  `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** The teamleider's month view: how the team's time was split, and which requests were declined. */
export function TimePage() {
  const [month, setMonth] = useState(todayText().slice(0, 7));
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const span = valid ? `van=${month}-01&totEnMet=${lastDay(month)}` : '';
  const { data, failure } = useLoad<TimeData>(`/api/kantoorwerk/tijd?${span}`);
  return (
    <Page title="Tijdsbesteding">
      <Paragraph>
        Hoe de tijd van het team verdeeld was over casuswerk, overleggen, preventie en advies, per
        maand, medewerker en ring (seed 003). Alleen vastgelegde minuten tellen mee.
      </Paragraph>
      <form className="aw-form" onSubmit={(e) => e.preventDefault()} noValidate>
        <TextField
          id="tijd-maand"
          label="Maand"
          description="JJJJ-MM"
          value={month}
          onChange={(e) => setMonth(e.target.value)}
          error={valid ? undefined : 'Vul de maand in als JJJJ-MM.'}
        />
      </form>
      {failure && <Alert type="error">{failure}</Alert>}
      {data && (
        <>
          <Table
            caption={`Verdeling van de tijd per team, ${month}`}
            rowKey={(r) => `${r.maand}-${r.team}-${r.soort}`}
            rows={data.verdeling}
            empty="Geen tijd vastgelegd in deze maand."
            columns={[
              { header: 'Team', cell: (r) => r.team },
              { header: 'Soort werk', cell: (r) => TIME_KINDS[r.soort] },
              { header: 'Uren', cell: (r) => hours(r.minuten), numeric: true },
              { header: 'Aandeel', cell: (r) => `${r.procent}%`, numeric: true },
            ]}
          />
          <Table
            caption="Tijd per medewerker, soort werk en ring"
            rowKey={(r) => `${r.maand}-${r.gebruikerId ?? 0}-${r.soort}-${r.ring ?? 'x'}`}
            rows={data.rijen}
            empty="Geen tijd vastgelegd in deze maand."
            columns={[
              { header: 'Medewerker', cell: (r) => r.naam },
              { header: 'Team', cell: (r) => r.team },
              { header: 'Soort werk', cell: (r) => TIME_KINDS[r.soort] },
              { header: 'Ring', cell: (r) => RING_LABELS[String(r.ring)] },
              { header: 'Minuten', cell: (r) => r.minuten, numeric: true },
              { header: 'Registraties', cell: (r) => r.registraties, numeric: true },
            ]}
          />
          <Heading2 id="afgewezen">Afgewezen verzoeken</Heading2>
          <Paragraph>{`Beleidsmodus nu: ${data.modus} (${data.ringen.map((r) => RING_LABELS[String(r)]).join(', ')}).`}</Paragraph>
          <Table
            caption={`Afgewezen verzoeken tot deelname, ${month}`}
            rowKey={(m) => m.id}
            rows={data.afgewezen}
            empty="Geen afgewezen verzoeken in deze maand."
            columns={[
              { header: 'Datum', cell: (m) => formatDate(m.datum) },
              { header: 'Overleg', cell: (m) => m.titel },
              { header: 'Modus bij het advies', cell: (m) => m.modus },
              { header: 'Reden', cell: (m) => m.besluitReden ?? m.adviesReden },
            ]}
          />
        </>
      )}
    </Page>
  );
}
