// SPDX-License-Identifier: EUPL-1.2
/**
 * School days and holidays of a school year in vakantieregio midden (Holland Rijnland), used to
 * place synthetic absence reports: none in holidays, more around them, luxe verzuim just before
 * or after. The holidays are the rules engine's shipped table (regio midden); years outside it
 * follow its pattern, shifted by whole weeks.
 */
import * as rules from '../rules/index.ts';
import { SCHOOL_HOLIDAYS, type VakantieNaam } from '../rules/school-holidays.data.ts';
import { addYears, parseDay, weekday } from './days.ts';

/** A holiday period, both days included. */
export interface Holiday {
  naam: VakantieNaam;
  van: number;
  tot: number;
}

/** Regio midden from the rules engine's shipped holiday table, by the school year's start year. */
const MIDDEN = new Map<number, Holiday[]>();
for (const h of SCHOOL_HOLIDAYS) {
  if (h.vakantieregio !== 'midden') continue;
  const startYear = Number(h.schooljaar.slice(0, 4));
  const year = MIDDEN.get(startYear) ?? [];
  year.push({ naam: h.naam, van: parseDay(h.van), tot: parseDay(h.totEnMet) });
  MIDDEN.set(startYear, year);
}

/** The Saturday on or before day n. */
const saturdayOnOrBefore = (n: number) => n - ((weekday(n) + 1) % 7);

/** Pattern for years outside the table: shift the nearest known year by whole weeks. */
function patternYear(startYear: number): Holiday[] {
  const known = [...MIDDEN.keys()];
  const base = startYear < Math.min(...known) ? Math.min(...known) : Math.max(...known);
  return holidaysOf(base).map((h) => {
    const van = saturdayOnOrBefore(addYears(h.van, startYear - base) + 3);
    return { naam: h.naam, van, tot: van + (h.tot - h.van) };
  });
}

/** The five holidays of the school year starting 1 August of `startYear` (zomer ends the year). */
export function holidaysOf(startYear: number): Holiday[] {
  return MIDDEN.get(startYear) ?? patternYear(startYear);
}

/** Public holidays of a calendar year as day numbers, from the rules engine (date-holidays NL). */
export function publicHolidays(year: number): number[] {
  return rules.publicHolidays(year).map((h) => parseDay(h.datum));
}

/** A school year's school days, holidays and the days right before and after each holiday. */
export interface SchoolYear {
  startYear: number;
  holidays: Holiday[];
  /** Mondays–Fridays between the summer holidays that are no holiday. */
  schoolDays: number[];
}

/** Builds the school days of the school year starting 1 August of `startYear`. */
export function schoolYear(startYear: number): SchoolYear {
  const holidays = holidaysOf(startYear);
  const previousSummer = holidaysOf(startYear - 1).find((h) => h.naam === 'zomer');
  const summer = holidays.find((h) => h.naam === 'zomer');
  if (!previousSummer || !summer) throw new Error('schoolkalender zonder zomervakantie');
  const closed = new Set([...publicHolidays(startYear), ...publicHolidays(startYear + 1)]);
  const schoolDays: number[] = [];
  for (let n = previousSummer.tot + 1; n < summer.van; n++) {
    if (weekday(n) >= 6 || closed.has(n)) continue;
    if (holidays.some((h) => n >= h.van && n <= h.tot)) continue;
    schoolDays.push(n);
  }
  return { startYear, holidays, schoolDays };
}
