// SPDX-License-Identifier: EUPL-1.2
/**
 * Calendar-date arithmetic for the rules engine: plain dates (`YYYY-MM-DD`), never time zones.
 * Every other module should use these helpers instead of its own date arithmetic.
 */
import { Temporal } from '@js-temporal/polyfill';
import { DomainFailure, domainError } from '../../lib/errors.ts';

export type IsoDate = string;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!ISO.test(value)) return false;
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' }).toString() === value;
  } catch {
    return false;
  }
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

/** Compares two ISO dates: negative, zero or positive. */
export const compareDates = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);

/** Adds days (may be negative) to an ISO date. */
export const addDays = (date: IsoDate, days: number): IsoDate =>
  Temporal.PlainDate.from(date).add({ days }).toString();

/** Adds weeks to an ISO date. */
export const addWeeks = (date: IsoDate, weeks: number): IsoDate =>
  Temporal.PlainDate.from(date).add({ weeks }).toString();

/**
 * Adds months; a day that does not exist in the target month becomes that month's last day
 * (31 May − 3 months = 28/29 February), the reading of art. 1:4 BW-style "same day" terms.
 */
export const addMonths = (date: IsoDate, months: number): IsoDate =>
  Temporal.PlainDate.from(date).add({ months }, { overflow: 'constrain' }).toString();

/**
 * The date on which someone born on `geboortedatum` reaches `leeftijd` years.
 * Choice for 29 February in a non-leap year: the birthday is **1 March**. A year of life ends
 * when the calendar day of birth has passed; 28 February has not yet reached it, so the age is
 * reached the next day. This is a design choice (the Leerplichtwet is silent), documented and
 * tested in docs/rules/leeftijd.md; it makes leerplicht start one month later for such children.
 */
export function birthday(geboortedatum: IsoDate, leeftijd: number): IsoDate {
  const birth = Temporal.PlainDate.from(geboortedatum);
  const sameDay = birth.add({ years: leeftijd }, { overflow: 'constrain' });
  if (birth.month === 2 && birth.day === 29 && sameDay.day === 28) {
    return sameDay.add({ days: 1 }).toString();
  }
  return sameDay.toString();
}

/** Age in whole years on `datum` (using the 29 February choice of {@link birthday}). */
export function ageOn(geboortedatum: IsoDate, datum: IsoDate): number {
  const years = Temporal.PlainDate.from(datum).year - Temporal.PlainDate.from(geboortedatum).year;
  return birthday(geboortedatum, years) <= datum ? years : years - 1;
}

/** The first day of the month after the month of `date`. */
export const firstOfNextMonth = (date: IsoDate): IsoDate =>
  Temporal.PlainDate.from(date).with({ day: 1 }).add({ months: 1 }).toString();

/** ISO day of week: 1 = Monday … 7 = Sunday. */
export const dayOfWeek = (date: IsoDate): number => Temporal.PlainDate.from(date).dayOfWeek;

/** The Monday of the calendar week (Mon–Sun) that contains `date`. */
export const mondayOf = (date: IsoDate): IsoDate => addDays(date, 1 - dayOfWeek(date));

/** Whole days from `a` to `b` (positive when b is later). */
export const daysBetween = (a: IsoDate, b: IsoDate): number =>
  Temporal.PlainDate.from(a).until(Temporal.PlainDate.from(b), { largestUnit: 'days' }).days;
