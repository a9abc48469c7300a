// SPDX-License-Identifier: EUPL-1.2
/**
 * Calendar-date arithmetic for the rules engine: plain dates (`YYYY-MM-DD`), never time zones.
 * Every other module should use these helpers instead of its own date arithmetic.
 */
import { Temporal } from '@js-temporal/polyfill';
import { DomainFailure, domainError } from '../../lib/errors.ts';

export type IsoDate = string;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/*
 * Why not Temporal here: these helpers run for every resident in a report (tens of thousands of
 * calls), and the Temporal polyfill costs ~10 µs per operation. Proleptic Gregorian day numbers
 * (H. Hinnant's days-from-civil) give the same answers in integer arithmetic; dates.test.ts checks
 * every helper against Temporal on random dates.
 */
const daysInMonth = (y: number, m: number): number =>
  m === 2
    ? y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(m)
      ? 30
      : 31;

const parts = (date: IsoDate): [number, number, number] => [
  Number(date.slice(0, 4)),
  Number(date.slice(5, 7)),
  Number(date.slice(8, 10)),
];

/** Days since 1970-01-01 of a civil date. */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number. */
function civil(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return format(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

const format = (y: number, m: number, d: number): IsoDate =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const toDayNumber = (date: IsoDate): number => dayNumber(...parts(date));

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!ISO.test(value)) return false;
  const [y, m, d] = parts(value);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parses a `YYYY-MM-DD` date or throws a DomainFailure (kind `invalid`) naming the field. */
export function parseDate(value: string, veld = 'datum'): Temporal.PlainDate {
  if (!isIsoDate(value)) {
    throw new DomainFailure(
      domainError(
        'rules.invalid_date',
        'invalid',
        `${veld} ${value} is geen geldige datum (JJJJ-MM-DD)`,
        {
          veld,
        },
      ),
    );
  }
  return Temporal.PlainDate.from(value);
}

/** Checks a `YYYY-MM-DD` date like {@link parseDate}, without building a Temporal value. */
export function assertDate(value: string, veld = 'datum'): void {
  if (!isIsoDate(value)) parseDate(value, veld);
}

/** Compares two ISO dates: negative, zero or positive. */
export const compareDates = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);

/** Adds days (may be negative) to an ISO date. */
export const addDays = (date: IsoDate, days: number): IsoDate => civil(toDayNumber(date) + days);

/** Adds weeks to an ISO date. */
export const addWeeks = (date: IsoDate, weeks: number): IsoDate => addDays(date, weeks * 7);

/**
 * Adds months; a day that does not exist in the target month becomes that month's last day
 * (31 May − 3 months = 28/29 February), the reading of art. 1:4 BW-style "same day" terms.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return format(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/**
 * The date on which someone born on `geboortedatum` reaches `leeftijd` years.
 * Choice for 29 February in a non-leap year: the birthday is **1 March**. A year of life ends
 * when the calendar day of birth has passed; 28 February has not yet reached it, so the age is
 * reached the next day. This is a design choice (the Leerplichtwet is silent), documented and
 * tested in docs/rules/leeftijd.md; it makes leerplicht start one month later for such children.
 */
export function birthday(geboortedatum: IsoDate, leeftijd: number): IsoDate {
  const [y, m, d] = parts(geboortedatum);
  const year = y + leeftijd;
  return d > daysInMonth(year, m) ? format(year, 3, 1) : format(year, m, d);
}

/** Age in whole years on `datum` (using the 29 February choice of {@link birthday}). */
export function ageOn(geboortedatum: IsoDate, datum: IsoDate): number {
  const years = Number(datum.slice(0, 4)) - Number(geboortedatum.slice(0, 4));
  return birthday(geboortedatum, years) <= datum ? years : years - 1;
}

/** The first day of the month after the month of `date`. */
export function firstOfNextMonth(date: IsoDate): IsoDate {
  const [y, m] = parts(date);
  return m === 12 ? format(y + 1, 1, 1) : format(y, m + 1, 1);
}

/** ISO day of week: 1 = Monday … 7 = Sunday. */
export const dayOfWeek = (date: IsoDate): number => {
  const n = toDayNumber(date);
  // 1970-01-01 was a Thursday (4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
};

/** The Monday of the calendar week (Mon–Sun) that contains `date`. */
export const mondayOf = (date: IsoDate): IsoDate => addDays(date, 1 - dayOfWeek(date));

/** Whole days from `a` to `b` (positive when b is later). */
export const daysBetween = (a: IsoDate, b: IsoDate): number => toDayNumber(b) - toDayNumber(a);
