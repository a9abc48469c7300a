// SPDX-License-Identifier: EUPL-1.2
/**
 * Calendar dates in Dutch words, as letters, messages, exports and the web pages write them (one
 * list of names). No date library, so the web bundle can use it too.
 */

export const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** Monday first, as Temporal's `dayOfWeek` (1–7) counts. */
export const WEEKDAGEN = [
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
] as const;

const partsOf = (date: string) =>
  date.slice(0, 10).split('-').map(Number) as [number, number, number];

/** `2026-03-05` → `5 maart 2026` (the date part of a longer ISO text). */
export function dateInWords(date: string): string {
  const [y, m, d] = partsOf(date);
  return `${d} ${MAANDEN[m - 1]} ${y}`;
}

/** `2025-03-10` → `maandag 10 maart 2025`. */
export function weekdayDateInWords(date: string): string {
  const [y, m, d] = partsOf(date);
  // A calendar day's weekday; UTC so the machine's time zone plays no part.
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return `${WEEKDAGEN[weekday]} ${dateInWords(date)}`;
}
