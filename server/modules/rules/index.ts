// SPDX-License-Identifier: EUPL-1.2
/** The rules engine: pure functions of dates and settings. Other modules import from here. */
export * from './dates.ts';
export * from './school-year.ts';
export * from './settings.ts';
export * from './leerplicht.ts';
export * from './halt.ts';
export * from './calendar.ts';
export * from './meldplicht.ts';
export * from './deadlines.ts';
export * from './objection.ts';
export * from './leave.ts';
export * from './catalog.ts';
export {
  SCHOOL_HOLIDAYS,
  type SchoolHoliday,
  type Vakantieregio,
  type VakantieNaam,
} from './school-holidays.data.ts';
