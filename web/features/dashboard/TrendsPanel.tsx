// SPDX-License-Identifier: EUPL-1.2
/** Meldingen in, cases opened and closed per month: a chart and the table with the same numbers. */
import { Heading2 } from '../../components/Page.tsx';
import { Table } from '../../components/Table.tsx';
import { Figure, type Filter } from './figures.tsx';
import { TrendChart } from './TrendChart.tsx';
import type { DashboardData } from './types.ts';

export function TrendsPanel({
  data,
  filter,
  link,
}: {
  data: DashboardData;
  filter: Filter;
  link: boolean;
}) {
  const months = data.trends.map((t) => t.maand);
  return (
    <>
      <Heading2>Trends per maand</Heading2>
      <TrendChart
        title="Geopende en gesloten dossiers per maand"
        months={months}
        series={[
          { label: 'Geopend', color: '#1f4e79', values: data.trends.map((t) => t.geopend) },
          { label: 'Gesloten', color: '#a04a00', values: data.trends.map((t) => t.gesloten) },
        ]}
      />
      <Table
        caption="Meldingen, geopende en gesloten dossiers per maand"
        rowKey={(t) => t.maand}
        rows={data.trends}
        columns={[
          { header: 'Maand', cell: (t) => t.maand },
          {
            header: 'Meldingen binnen',
            // The link shows the cases these meldingen belong to (one case can hold several).
            cell: (t) => (
              <Figure
                value={t.meldingen}
                figure={{ cijfer: 'meldingen', maand: t.maand }}
                filter={filter}
                link={link}
                label={`meldingen in ${t.maand}`}
              />
            ),
            numeric: true,
          },
          {
            header: 'Dossiers geopend',
            cell: (t) => (
              <Figure
                value={t.geopend}
                figure={{ cijfer: 'geopend', maand: t.maand }}
                filter={filter}
                link={link}
                label={`geopend in ${t.maand}`}
              />
            ),
            numeric: true,
          },
          {
            header: 'Dossiers gesloten',
            cell: (t) => (
              <Figure
                value={t.gesloten}
                figure={{ cijfer: 'gesloten', maand: t.maand }}
                filter={filter}
                link={link}
                label={`gesloten in ${t.maand}`}
              />
            ),
            numeric: true,
          },
        ]}
      />
    </>
  );
}
