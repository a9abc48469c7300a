// SPDX-License-Identifier: EUPL-1.2
/**
 * The published view of a report, shared by HTML, PDF, CSV and XLSX: every table suppressed for
 * small numbers, the statutory minimum summed, the year comparison with its sources.
 */
import type { Indicator } from '../indicator.ts';
import type { FullReport } from '../report.sql.ts';
import { shown, suppress, type SuppressedTable } from '../suppress.ts';
import { indicatorTotal, percentChange, toTable } from '../tables.ts';

export interface PublishedIndicator {
  indicator: Indicator;
  table?: SuppressedTable;
}

export interface MinimumLine {
  label: string;
  id: string;
  waarde: string;
}

/** Tables of every indicator, with small numbers hidden (C17 holds percentages: not hidden). */
export function publishedIndicators(report: FullReport): PublishedIndicator[] {
  const rows = report.gemeente ? [report.gemeente] : report.gemeenten.map((g) => g.code);
  return report.indicatoren.map((indicator) =>
    indicator.geenGegevens
      ? { indicator }
      : {
          indicator,
          table: suppress(toTable(indicator, rows), indicator.id === 'C17' ? 0 : report.drempel),
        },
  );
}

/** The display text of a table's grand total (hidden when small). */
export function shownTotal(table: SuppressedTable): string {
  return shown(table, table.rijen.length, table.kolommen.length, table.totaal);
}

const small = (value: number, drempel: number) =>
  value > 0 && value < drempel ? `<${drempel}` : value.toLocaleString('nl-NL');

/** The five blocks of art. 25 lid 2 Lpw (report-figures.md §2), as display text. */
export function statutoryMinimum(report: FullReport, gemeente?: string): MinimumLine[] {
  const find = (id: string) => report.indicatoren.find((i) => i.id === id);
  const value = (id: string, filter: (r: Indicator['rijen'][number]) => boolean = () => true) => {
    const indicator = find(id);
    if (!indicator || indicator.geenGegevens) return 'geen gegevens';
    const n = indicator.rijen
      .filter((r) => (gemeente === undefined || r.gemeente === gemeente) && filter(r))
      .reduce((a, r) => a + r.aantal, 0);
    return small(n, report.drempel);
  };
  const isArt3 = (r: Indicator['rijen'][number]) => String(r.artikel).startsWith('3');
  return [
    { id: 'C02', label: 'Relatief verzuim: meldingen', waarde: value('C02') },
    { id: 'C10', label: 'Absoluut verzuim: leerlingen', waarde: value('C10') },
    {
      id: 'C12',
      label: 'Vervangende leerplicht (art. 3a/3b): besluiten',
      waarde: value('C12', isArt3),
    },
    {
      id: 'C12',
      label: 'Vrijstellingen (art. 5, 11g, 15): besluiten',
      waarde: value('C12', (r) => !isArt3(r)),
    },
    { id: 'C08', label: 'Processen-verbaal', waarde: value('C08') },
  ];
}

export interface ComparisonRow {
  id: string;
  titel: string;
  waarden: string[];
  verandering: string;
}

/** Region (or gemeente) totals per year; change in percent from the stored counts. */
export function comparison(report: FullReport): ComparisonRow[] {
  const years = report.vergelijking;
  return report.indicatoren
    .filter((i) => !i.geenGegevens && i.id !== 'C17')
    .map((i) => {
      const totals = years.map((y) => {
        const found = y.indicatoren.find((x) => x.id === i.id);
        return found && !found.geenGegevens ? indicatorTotal(found, report.gemeente) : undefined;
      });
      const last = totals.at(-1);
      const before = totals.at(-2);
      const change =
        last !== undefined && before !== undefined ? percentChange(before, last) : undefined;
      const hidden = totals.some((t) => t !== undefined && t > 0 && t < report.drempel);
      return {
        id: i.id,
        titel: i.titel,
        waarden: totals.map((t) => (t === undefined ? '–' : small(t, report.drempel))),
        verandering:
          change === undefined || hidden
            ? '–'
            : `${change > 0 ? '+' : ''}${change.toLocaleString('nl-NL')}%`,
      };
    });
}

/** Dutch label of a year column's source. */
export const bronLabel = (bron: 'bevroren' | 'berekend', gepubliceerdOp?: string) =>
  bron === 'bevroren'
    ? `bevroren (gepubliceerd ${gepubliceerdOp?.slice(0, 10) ?? ''})`
    : 'berekend';
