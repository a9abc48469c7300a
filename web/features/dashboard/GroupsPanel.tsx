// SPDX-License-Identifier: EUPL-1.2
/** Open, opened, closed and throughput time per group, and the caseload balance per team. */
import { useState } from 'react';
import { SelectField } from '../../components/FormField.tsx';
import { Heading2, Paragraph } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { Figure, type Filter } from './figures.tsx';
import type { DashboardData, GroupRow } from './types.ts';

const DIMENSIES = [
  { value: 'team', label: 'Team' },
  { value: 'consulent', label: 'Consulent' },
  { value: 'gemeente', label: 'Gemeente' },
  { value: 'soort', label: 'Soort dossier' },
  { value: 'dienst', label: 'Dienst (leerplicht of Doorstroompunt)' },
] as const;
type Dimensie = (typeof DIMENSIES)[number]['value'];

const days = (n: number | null) => (n === null ? '–' : String(n));

export function GroupsPanel({
  data,
  filter,
  link,
}: {
  data: DashboardData;
  filter: Filter;
  link: boolean;
}) {
  const [dimensie, setDimensie] = useState<Dimensie>('team');
  const label = DIMENSIES.find((d) => d.value === dimensie)!.label;
  const fig = (cijfer: string, r: GroupRow, value: number, what: string) => (
    <Figure
      value={value}
      figure={{ cijfer, dimensie, waarde: r.waarde }}
      filter={filter}
      link={link}
      label={`${what}, ${r.label}`}
    />
  );
  return (
    <>
      <Heading2>Dossiers en doorlooptijd per groep</Heading2>
      <Paragraph className="aw-muted">
        Doorlooptijd: dagen van openen tot sluiten van de dossiers die in de periode sloten; p90 = 9
        van de 10 dossiers waren binnen zoveel dagen klaar.
      </Paragraph>
      <SelectField
        id="dimensie"
        label="Indelen naar"
        value={dimensie}
        onChange={(e) => setDimensie(e.target.value as Dimensie)}
        options={DIMENSIES.map((d) => ({ value: d.value, label: d.label }))}
      />
      <Table
        caption={`Dossiers per ${label.toLowerCase()}`}
        rowKey={(r) => r.waarde}
        rows={data.groepen[dimensie]}
        empty="Geen dossiers in deze periode."
        columns={[
          {
            header: label,
            cell: (r) =>
              dimensie === 'gemeente'
                ? (data.keuzes.gemeenten.find((g) => g.code === r.waarde)?.naam ?? r.label)
                : r.label,
          },
          { header: 'Open', cell: (r) => fig('open', r, r.open, 'open'), numeric: true },
          {
            header: 'Geopend',
            cell: (r) => fig('geopend', r, r.geopend, 'geopend'),
            numeric: true,
          },
          {
            header: 'Gesloten',
            cell: (r) => fig('gesloten', r, r.gesloten, 'gesloten'),
            numeric: true,
          },
          { header: 'Mediaan dagen', cell: (r) => days(r.mediaanDagen), numeric: true },
          { header: 'p90 dagen', cell: (r) => days(r.p90Dagen), numeric: true },
        ]}
      />
      <Heading2>Caseload per team</Heading2>
      {data.caseload.length === 0 && (
        <Paragraph className="aw-muted">Geen open dossiers.</Paragraph>
      )}
      {data.caseload.map(({ team, balans }) => (
        <Table
          key={team}
          caption={`Open dossiers per medewerker, team ${team || 'zonder team'} (gemiddeld ${balans.gemiddelde ?? '–'})`}
          rowKey={(m) => m.id ?? 0}
          rows={balans.medewerkers}
          columns={[
            { header: 'Medewerker', cell: (m) => m.naam },
            {
              header: 'Open',
              cell: (m) => (
                <Figure
                  value={m.open}
                  figure={{
                    cijfer: 'open',
                    dimensie: 'consulent',
                    waarde: m.id === null ? '' : String(m.id),
                    binnenTeam: team,
                  }}
                  filter={filter}
                  link={link}
                  label={`open, ${m.naam}`}
                />
              ),
              numeric: true,
            },
            {
              header: 'Verschil met gemiddelde',
              cell: (m) =>
                m.id === null ? '' : m.verschil > 0 ? `+${m.verschil}` : String(m.verschil),
              numeric: true,
            },
            { header: 'Index (100 = gemiddeld)', cell: (m) => m.index ?? '', numeric: true },
          ]}
        />
      ))}
    </>
  );
}
