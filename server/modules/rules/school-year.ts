// SPDX-License-Identifier: EUPL-1.2
/** School years run from 1 August to 31 July and are written `2023-2024` (interfaces.md conventions). */
import { addDays, type IsoDate } from './dates.ts';

export interface SchoolYear {
  naam: string;
  van: IsoDate;
  totEnMet: IsoDate;
}

const SCHOOLJAAR = /^(\d{4})-(\d{4})$/;

/** The school year with its first calendar year `startYear` (1 Aug startYear – 31 Jul startYear+1). */
export function schoolYearStarting(startYear: number): SchoolYear {
  const pad = (y: number) => String(y).padStart(4, '0');
  return {
    naam: `${pad(startYear)}-${pad(startYear + 1)}`,
    van: `${pad(startYear)}-08-01`,
    totEnMet: `${pad(startYear + 1)}-07-31`,
  };
}

/** The school year that contains `date` (31 July belongs to the old year, 1 August to the new). */
export function schoolYearOf(date: IsoDate): SchoolYear {
  const year = Number(date.slice(0, 4));
  return schoolYearStarting(Number(date.slice(5, 7)) >= 8 ? year : year - 1);
}

/** Parses `2023-2024`; returns undefined when the text is not a school year. */
export function parseSchoolYear(naam: string): SchoolYear | undefined {
  const m = SCHOOLJAAR.exec(naam);
  if (!m) return undefined;
  const start = Number(m[1]);
  return Number(m[2]) === start + 1 ? schoolYearStarting(start) : undefined;
}

/** A period of enrolment, both days included; `totEnMet` null = still enrolled. */
export interface EnrolledPeriod {
  van: IsoDate;
  totEnMet: IsoDate | null;
}

/**
 * The school years (`2015-2016`) fully covered by enrolment up to `until`, for the twelve-school-
 * years rule of art. 3 Leerplichtwet. Periods that touch or overlap (a change of school) count as
 * one; a school year counts when enrolment covers 1 August through 31 July.
 */
export function fullSchoolYears(periods: readonly EnrolledPeriod[], until: IsoDate): string[] {
  const sorted = [...periods].sort((a, b) => (a.van < b.van ? -1 : a.van > b.van ? 1 : 0));
  const merged: { van: IsoDate; tot: IsoDate }[] = [];
  for (const p of sorted) {
    const tot = p.totEnMet === null || p.totEnMet > until ? until : p.totEnMet;
    if (tot < p.van) continue;
    const last = merged.at(-1);
    if (last && p.van <= nextDay(last.tot)) {
      if (tot > last.tot) last.tot = tot;
    } else {
      merged.push({ van: p.van, tot });
    }
  }
  const years: string[] = [];
  for (const m of merged) {
    const first = Number(m.van.slice(0, 4)) - 1;
    const last = Number(m.tot.slice(0, 4));
    for (let y = first; y <= last; y++) {
      const year = schoolYearStarting(y);
      if (m.van <= year.van && m.tot >= year.totEnMet) years.push(year.naam);
    }
  }
  return years;
}

const nextDay = (date: IsoDate): IsoDate => addDays(date, 1);
