// SPDX-License-Identifier: EUPL-1.2
/**
 * An indicator as a published table: gemeenten as rows, the other dimensions combined as columns,
 * with row, column and grand totals. Percentages and totals are always derived from the counts.
 */
import type { Indicator } from './indicator.ts';

export interface Table {
  id: string;
  /** Row labels (gemeentecodes), or one row `regio` when the indicator has no gemeente dimension. */
  rijen: string[];
  kolommen: string[];
  /** cellen[r][c] */
  cellen: number[][];
  rijTotalen: number[];
  kolomTotalen: number[];
  totaal: number;
}

const columnKey = (indicator: Indicator, row: Indicator['rijen'][number]): string =>
  indicator.dimensies
    .filter((d) => d !== 'gemeente')
    .map((d) => String(row[d] ?? ''))
    .join(' · ') || 'aantal';

/** Turns a tidy indicator into a gemeente × category table; `gemeenten` fixes the row order. */
export function toTable(indicator: Indicator, gemeenten: readonly string[]): Table {
  const hasGemeente = indicator.dimensies.includes('gemeente');
  const rijen = hasGemeente
    ? [...new Set([...gemeenten, ...indicator.rijen.map((r) => String(r.gemeente))])]
    : ['regio'];
  const kolommen = [...new Set(indicator.rijen.map((r) => columnKey(indicator, r)))].sort();
  const cellen = rijen.map(() => kolommen.map(() => 0));
  for (const row of indicator.rijen) {
    const r = hasGemeente ? rijen.indexOf(String(row.gemeente)) : 0;
    const c = kolommen.indexOf(columnKey(indicator, row));
    cellen[r]![c]! += row.aantal;
  }
  const rijTotalen = cellen.map((cells) => sum(cells));
  const kolomTotalen = kolommen.map((_, c) => sum(cellen.map((cells) => cells[c]!)));
  return {
    id: indicator.id,
    rijen,
    kolommen,
    cellen,
    rijTotalen,
    kolomTotalen,
    totaal: sum(rijTotalen),
  };
}

/** Sum of a list of counts. */
export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** Total of an indicator's rows, optionally for one gemeente. */
export function indicatorTotal(indicator: Indicator, gemeente?: string): number {
  return sum(
    indicator.rijen
      .filter((r) => gemeente === undefined || r.gemeente === gemeente)
      .map((r) => r.aantal),
  );
}

/** Change from `previous` to `current` in percent, one decimal; undefined when there is no base. */
export function percentChange(previous: number, current: number): number | undefined {
  if (previous === 0) return undefined;
  return Math.round(((current - previous) / previous) * 1000) / 10;
}

/** Dutch number formatting: 1.841 and 2,4. */
export const formatNumber = (n: number): string =>
  n.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
