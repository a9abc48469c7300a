// SPDX-License-Identifier: EUPL-1.2
/**
 * Calendar dates as day numbers (days since 1970-01-01, no time zone). The generator handles
 * millions of dates; Temporal.PlainDate is correct but too slow at that scale, so this file uses
 * the civil-calendar formulas of H. Hinnant, checked against Temporal in days.test.ts.
 */

/** Day number of a calendar date. */
export function dayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of a day number. */
export function civil(n: number): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD` of a day number. */
export function isoDay(n: number): string {
  const { year, month, day } = civil(n);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Day number of a `YYYY-MM-DD` text; throws on anything else. */
export function parseDay(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new Error(`geen datum: ${text}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const n = dayOf(y, m, d);
  if (isoDay(n) !== text) throw new Error(`geen geldige datum: ${text}`);
  return n;
}

/** The same calendar day `years` later; 29 February becomes 28 February in common years. */
export function addYears(n: number, years: number): number {
  const { year, month, day } = civil(n);
  const target = dayOf(year + years, month, day);
  return civil(target).month === month ? target : dayOf(year + years, month, day - 1);
}

/** Day of the week, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export const weekday = (n: number): number => ((((n + 3) % 7) + 7) % 7) + 1;

/** Age in whole years on day `on` of someone born on day `birth`. */
export function ageOn(birth: number, on: number): number {
  const b = civil(birth);
  const o = civil(on);
  let age = o.year - b.year;
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) age--;
  return age;
}

/** The first day (1 August) of the school year that contains day n. */
export function schoolYearStart(n: number): number {
  const { year, month } = civil(n);
  return dayOf(month >= 8 ? year : year - 1, 8, 1);
}

/** Calendar year in which the school year containing day n starts (2023 for 2024-03-01). */
export function schoolYearOf(n: number): number {
  const { year, month } = civil(n);
  return month >= 8 ? year : year - 1;
}

/** `2023-2024` for the school year starting 1 August of `startYear`. */
export const schoolYearName = (startYear: number): string => `${startYear}-${startYear + 1}`;
