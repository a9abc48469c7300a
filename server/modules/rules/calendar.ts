// SPDX-License-Identifier: EUPL-1.2
/**
 * The school calendar: school holidays per vakantieregio, lesweken (calendar weeks Mon–Sun that
 * are not entirely school holiday), public holidays (date-holidays, NL) and the zomeractie window.
 */
import Holidays from 'date-holidays';
import { addDays, dayOfWeek, mondayOf, type IsoDate } from './dates.ts';
import type { SchoolHoliday, Vakantieregio } from './school-holidays.data.ts';
import { schoolYearOf } from './school-year.ts';
import { settingOn, type RuleSettings } from './settings.ts';

/** A holiday as the calendar needs it (the DB rows and the shipped data both fit). */
export type Holiday = Pick<
  SchoolHoliday,
  'schooljaar' | 'vakantieregio' | 'naam' | 'van' | 'totEnMet'
>;

/** The school calendar of one vakantieregio. */
export interface SchoolCalendar {
  regio: Vakantieregio;
  holidays: readonly Holiday[];
}

/** Builds the calendar of one region from all holidays. */
export function schoolCalendar(all: readonly Holiday[], regio: Vakantieregio): SchoolCalendar {
  return { regio, holidays: all.filter((h) => h.vakantieregio === regio) };
}

/** The school holiday that contains `date`, if any. */
export function holidayOn(cal: SchoolCalendar, date: IsoDate): Holiday | undefined {
  return cal.holidays.find((h) => h.van <= date && date <= h.totEnMet);
}

/** Whether the calendar holds holiday data for the school year of `date` (otherwise lesweken are approximate). */
export function hasDataFor(cal: SchoolCalendar, date: IsoDate): boolean {
  const jaar = schoolYearOf(date).naam;
  return cal.holidays.some((h) => h.schooljaar === jaar);
}

/** A lesweek is a calendar week (Mon–Sun) that is not entirely school holiday. */
export function isLesweek(cal: SchoolCalendar, date: IsoDate): boolean {
  const monday = mondayOf(date);
  for (let i = 0; i < 7; i++) {
    if (!holidayOn(cal, addDays(monday, i))) return true;
  }
  return false;
}

/** The Mondays of the lesweken from the week of `van` up to and including the week of `totEnMet`. */
export function lesweken(cal: SchoolCalendar, van: IsoDate, totEnMet: IsoDate): IsoDate[] {
  const weeks: IsoDate[] = [];
  for (let m = mondayOf(van); m <= totEnMet; m = addDays(m, 7)) {
    if (isLesweek(cal, m)) weeks.push(m);
  }
  return weeks;
}

const nl = new Holidays('NL');

/** Public holidays (type `public` in date-holidays NL) of a calendar year. */
export function publicHolidays(year: number): { datum: IsoDate; naam: string }[] {
  return nl
    .getHolidays(year)
    .filter((h) => h.type === 'public')
    .map((h) => ({ datum: h.date.slice(0, 10), naam: h.name }));
}

/** A school day: Monday–Friday, not a school holiday and not a public holiday. */
export function isSchoolDay(cal: SchoolCalendar, date: IsoDate): boolean {
  if (dayOfWeek(date) > 5 || holidayOn(cal, date)) return false;
  return !publicHolidays(Number(date.slice(0, 4))).some((h) => h.datum === date);
}

/** The Mondays of the first `n` lesweken after the summer holiday of the school year of `date`. */
export function firstLesweken(cal: SchoolCalendar, date: IsoDate, n: number): IsoDate[] {
  const jaar = schoolYearOf(date);
  const zomer = cal.holidays.find(
    (h) => h.naam === 'zomer' && h.totEnMet >= jaar.van && h.van <= jaar.van,
  );
  const start = zomer ? addDays(zomer.totEnMet, 1) : jaar.van;
  return lesweken(cal, start, addDays(start, 7 * (n + 6))).slice(0, n);
}

/**
 * The zomeractie window of seed 003 (R67): from the day after the meivakantie up to the day before
 * the zomervakantie, in the school year of `date`. Undefined when the holidays are not known.
 */
export function zomeractieWindow(
  cal: SchoolCalendar,
  date: IsoDate,
): { van: IsoDate; totEnMet: IsoDate; uitleg: string } | undefined {
  const jaar = schoolYearOf(date).naam;
  const mei = cal.holidays.find((h) => h.schooljaar === jaar && h.naam === 'mei');
  const zomer = cal.holidays.find((h) => h.schooljaar === jaar && h.naam === 'zomer');
  if (!mei || !zomer) return undefined;
  const van = addDays(mei.totEnMet, 1);
  const totEnMet = addDays(zomer.van, -1);
  return {
    van,
    totEnMet,
    uitleg: `zomeractie (R67, [003 L2560-2562]): tussen meivakantie (t/m ${mei.totEnMet}) en zomervakantie (vanaf ${zomer.van}) in regio ${cal.regio}, schooljaar ${jaar}: ${van} t/m ${totEnMet}`,
  };
}

/** The calendar of the region set in `schoolvakantie.regio` on `peildatum`. */
export function calendarFor(
  all: readonly Holiday[],
  settings: RuleSettings,
  peildatum: IsoDate,
): SchoolCalendar {
  return schoolCalendar(
    all,
    settingOn<Vakantieregio>(settings, 'schoolvakantie.regio', peildatum).waarde,
  );
}
