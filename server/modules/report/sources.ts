// SPDX-License-Identifier: EUPL-1.2
/**
 * Where the report's indicators come from: the core set (C01, C02, C02P, C10, C12), the
 * thuiszitters (C14–C16) and Doorstroompunt (C18–C20) modules, and this module (the rest). An
 * indicator a source does not give is listed with `geenGegevens` instead of a 0.
 */
import type { Queryable } from '../../db/connect.ts';
import { doorstroompuntIndicators } from '../doorstroompunt/indicators.sql.ts';
import { officeIndicators } from '../office/indicators.sql.ts';
import { objectionIndicators } from '../objections/indicators.sql.ts';
import { thuiszitterIndicators } from '../thuiszitters/indicators.sql.ts';
import { coreIndicators } from './core/index.ts';
import type { Indicator, SchoolYearSpan } from './indicator.ts';

export type IndicatorSource = (db: Queryable, span: SchoolYearSpan) => Promise<Indicator[]>;

interface OtherSource {
  load: IndicatorSource;
  /** The ids the source should give; one it does not give is listed as `geenGegevens`. */
  ids: readonly string[];
  titels: Record<string, string>;
}

/** The other modules' indicator functions. */
export const OTHER_SOURCES: readonly OtherSource[] = [
  {
    load: coreIndicators,
    ids: ['C01', 'C02', 'C02P', 'C10', 'C12'],
    titels: {
      C01: 'Leerlingpopulatie naar leerplichtstatus',
      C02: 'Verzuimmeldingen',
      C02P: 'Leerlingen met een verzuimmelding',
      C10: 'Absoluut verzuim',
      C12: 'Vrijstellingen en vervangende leerplicht',
    },
  },
  {
    load: thuiszitterIndicators,
    ids: ['C14', 'C15', 'C16'],
    titels: {
      C14: 'Thuiszitters: aantal',
      C15: 'Thuiszitters: in- en uitstroom',
      C16: 'Thuiszitduur',
    },
  },
  {
    load: doorstroompuntIndicators,
    ids: ['C18', 'C19', 'C20'],
    titels: {
      C18: 'Doorstroompunt: benaderd en bereikt',
      C19: 'Dagbesteding van bereikte vsv\u2019ers',
      C20: 'Doorstroompunt-begeleiding en uitstroom',
    },
  },
  {
    // C21 comes from this module (preventive cases); the office adds its registered activities.
    load: async (db, span) =>
      (await officeIndicators(db, span)).filter((i) => i.id.startsWith('X')),
    ids: ['X13', 'X16', 'X19'],
    titels: {
      X13: 'Informatie en advies',
      X16: 'Voorlichting en preventieve activiteiten',
      X19: 'Overstap VO naar MBO begeleid',
    },
  },
  {
    load: objectionIndicators,
    ids: ['X23'],
    titels: { X23: 'Bezwaren tegen beschikkingen vrijstelling en verlof' },
  },
];

/** Placeholder for an indicator whose module is missing: the report says so instead of 0. */
export const missingIndicator = (id: string, titel: string): Indicator => ({
  id,
  titel,
  eenheid: '',
  definitie: '',
  dimensies: [],
  rijen: [],
  geenGegevens: 'Voor dit onderdeel houdt het systeem (nog) geen gegevens bij.',
});
