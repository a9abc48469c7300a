// SPDX-License-Identifier: EUPL-1.2
/** School years run from 1 August to 31 July and are written `2023-2024` (interfaces.md conventions). */
import { Temporal } from '@js-temporal/polyfill';
import type { IsoDate } from './dates.ts';

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
  const d = Temporal.PlainDate.from(date);
  return schoolYearStarting(d.month >= 8 ? d.year : d.year - 1);
}

/** Parses `2023-2024`; returns undefined when the text is not a school year. */
export function parseSchoolYear(naam: string): SchoolYear | undefined {
  const m = SCHOOLJAAR.exec(naam);
  if (!m) return undefined;
  const start = Number(m[1]);
  return Number(m[2]) === start + 1 ? schoolYearStarting(start) : undefined;
}
