// SPDX-License-Identifier: EUPL-1.2
/** Small statistics for the dashboard: median, percentiles, day counts, caseload balance. Pure. */
import { Temporal } from '@js-temporal/polyfill';

const dayCache = new Map<string, number>();

/** Days from `from` to `to` (both YYYY-MM-DD); negative when `to` lies before `from`. */
export function daysBetween(from: string, to: string): number {
  // Cached: the polyfill is slow, and a dashboard asks for the same pairs per dimension.
  const key = `${from}|${to}`;
  let days = dayCache.get(key);
  if (days === undefined) {
    days = Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), {
      largestUnit: 'days',
    }).days;
    if (dayCache.size > 100_000) dayCache.clear();
    dayCache.set(key, days);
  }
  return days;
}

/**
 * The p-th percentile (0 < p ≤ 100) by the nearest-rank method: the smallest value with at least
 * p % of the values at or below it. Always one of the values, so "p90 = 40 dagen" is a real case.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** The median: the middle value, or the mean of the two middle values (one decimal). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 10) / 10;
}

/** A percentage with one decimal; null when the denominator is 0. */
export function percentage(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10;
}

export interface Load {
  id: number | null;
  naam: string;
  open: number;
}

export interface Balance {
  gemiddelde: number | null;
  medewerkers: (Load & { verschil: number; index: number | null })[];
}

/**
 * Caseload balance in a team: each consultant's open cases against the team mean (one decimal);
 * `index` 100 = exactly the mean. Unassigned cases are shown but not part of the mean.
 */
export function caseloadBalance(loads: readonly Load[]): Balance {
  const people = loads.filter((l) => l.id !== null);
  const mean = people.length ? people.reduce((s, l) => s + l.open, 0) / people.length : null;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    gemiddelde: mean === null ? null : round(mean),
    medewerkers: [...loads]
      .sort((a, b) => b.open - a.open || a.naam.localeCompare(b.naam))
      .map((l) => ({
        ...l,
        verschil: mean === null || l.id === null ? 0 : round(l.open - mean),
        index: mean ? (l.id === null ? null : Math.round((l.open / mean) * 100)) : null,
      })),
  };
}
