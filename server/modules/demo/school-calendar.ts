// SPDX-License-Identifier: EUPL-1.2
/**
 * School days and holidays of a school year in vakantieregio midden (Holland Rijnland), used to
 * place synthetic absence reports: none in holidays, more around them, luxe verzuim just before
 * or after. The dates approximate the national schedule; years outside the table follow its pattern.
 */
import { addYears, dayOf, weekday } from './days.ts';

/** A holiday period, both days included. */
export interface Holiday {
  naam: 'herfst' | 'kerst' | 'voorjaar' | 'mei' | 'zomer';
  van: number;
  tot: number;
}

type Ymd = [number, number, number];
type YearTable = Record<Holiday['naam'], [Ymd, Ymd]>;

/** Regio midden, by the calendar year in which the school year starts. */
const MIDDEN: Record<number, YearTable> = {
  2022: {
    herfst: [
      [2022, 10, 22],
      [2022, 10, 30],
    ],
    kerst: [
      [2022, 12, 24],
      [2023, 1, 8],
    ],
    voorjaar: [
      [2023, 2, 25],
      [2023, 3, 5],
    ],
    mei: [
      [2023, 4, 22],
      [2023, 5, 7],
    ],
    zomer: [
      [2023, 7, 15],
      [2023, 8, 27],
    ],
  },
  2023: {
    herfst: [
      [2023, 10, 21],
      [2023, 10, 29],
    ],
    kerst: [
      [2023, 12, 23],
      [2024, 1, 7],
    ],
    voorjaar: [
      [2024, 2, 17],
      [2024, 2, 25],
    ],
    mei: [
      [2024, 4, 27],
      [2024, 5, 5],
    ],
    zomer: [
      [2024, 7, 13],
      [2024, 8, 25],
    ],
  },
  2024: {
    herfst: [
      [2024, 10, 19],
      [2024, 10, 27],
    ],
    kerst: [
      [2024, 12, 21],
      [2025, 1, 5],
    ],
    voorjaar: [
      [2025, 2, 22],
      [2025, 3, 2],
    ],
    mei: [
      [2025, 4, 26],
      [2025, 5, 4],
    ],
    zomer: [
      [2025, 7, 19],
      [2025, 8, 31],
    ],
  },
  2025: {
    herfst: [
      [2025, 10, 18],
      [2025, 10, 26],
    ],
    kerst: [
      [2025, 12, 20],
      [2026, 1, 4],
    ],
    voorjaar: [
      [2026, 2, 14],
      [2026, 2, 22],
    ],
    mei: [
      [2026, 4, 25],
      [2026, 5, 3],
    ],
    zomer: [
      [2026, 7, 18],
      [2026, 8, 30],
    ],
  },
  2026: {
    herfst: [
      [2026, 10, 17],
      [2026, 10, 25],
    ],
    kerst: [
      [2026, 12, 19],
      [2027, 1, 3],
    ],
    voorjaar: [
      [2027, 2, 13],
      [2027, 2, 21],
    ],
    mei: [
      [2027, 4, 24],
      [2027, 5, 2],
    ],
    zomer: [
      [2027, 7, 17],
      [2027, 8, 29],
    ],
  },
};

const toDay = ([y, m, d]: Ymd) => dayOf(y, m, d);

/** The Saturday on or before day n. */
const saturdayOnOrBefore = (n: number) => n - ((weekday(n) + 1) % 7);

/** Pattern for years outside the table: shift the nearest known year by whole weeks. */
function patternYear(startYear: number): Holiday[] {
  const known = Object.keys(MIDDEN).map(Number);
  const base = startYear < Math.min(...known) ? Math.min(...known) : Math.max(...known);
  return holidaysOf(base).map((h) => {
    const van = saturdayOnOrBefore(addYears(h.van, startYear - base) + 3);
    return { naam: h.naam, van, tot: van + (h.tot - h.van) };
  });
}

/** The five holidays of the school year starting 1 August of `startYear` (zomer ends the year). */
export function holidaysOf(startYear: number): Holiday[] {
  const table = MIDDEN[startYear];
  if (!table) return patternYear(startYear);
  return (Object.keys(table) as Holiday['naam'][]).map((naam) => ({
    naam,
    van: toDay(table[naam][0]),
    tot: toDay(table[naam][1]),
  }));
}

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, day);
}

/** Public holidays on which schools are closed (Easter Monday, Koningsdag, Ascension + Friday, Whit Monday). */
export function publicHolidays(year: number): number[] {
  const e = easter(year);
  const koningsdag = dayOf(year, 4, 27);
  return [
    e - 2,
    e + 1,
    weekday(koningsdag) === 7 ? koningsdag - 1 : koningsdag,
    e + 39,
    e + 40,
    e + 50,
  ];
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
