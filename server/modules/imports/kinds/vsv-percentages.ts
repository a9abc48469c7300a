// SPDX-License-Identifier: EUPL-1.2
/**
 * The `vsv_percentages` file: DUO/OCW's official early-school-leaver rate per gemeente, school year
 * and sector (indicator C17), provisional or final. Key gemeentecode + schooljaar + sector; a later
 * file (e.g. the final figures) replaces the earlier row.
 */
import { parseEnum, parseInteger, parsePattern, type FieldResult } from '../fields.ts';
import { gemeentecode, RowReader, type KindSpec } from './common.ts';

export const VSV_SECTOREN = ['totaal', 'vo', 'mbo'] as const;
export const VSV_STATUSSEN = ['voorlopig', 'definitief'] as const;

export interface VsvPercentageRow {
  gemeentecode: string;
  schooljaar: string;
  sector: (typeof VSV_SECTOREN)[number];
  percentage: number;
  teller: number | null;
  noemer: number | null;
  status: (typeof VSV_STATUSSEN)[number];
}

/** A percentage 0–100 with at most two decimals; a decimal comma and a trailing % are accepted. */
function parsePercentage(column: string, raw: string): FieldResult<number> {
  const value = raw.replace('%', '').trim().replace(',', '.');
  return /^\d{1,3}(\.\d{1,2})?$/.test(value) && Number(value) <= 100
    ? { ok: true, value: Number(value) }
    : {
        ok: false,
        code: 'imports.invalid_percentage',
        melding: `${column} '${raw}' is geen percentage (bijv. 2,41)`,
      };
}

function schooljaar(column: string, raw: string): FieldResult<string> {
  const result = parsePattern(column, raw, /^\d{4}-\d{4}$/, '2023-2024');
  if (result.ok && Number(result.value.slice(5)) !== Number(result.value.slice(0, 4)) + 1) {
    return {
      ok: false,
      code: 'imports.invalid_school_year',
      melding: `${column} '${raw}' is geen schooljaar`,
    };
  }
  return result;
}

export const vsvPercentages: KindSpec<VsvPercentageRow> = {
  soort: 'vsv_percentages',
  keyColumn: 'sector',
  columns: ['gemeentecode', 'schooljaar', 'sector', 'percentage', 'teller', 'noemer', 'status'],
  required: ['gemeentecode', 'schooljaar', 'sector', 'percentage', 'status'],
  oneOf: [],
  validate(get) {
    const r = new RowReader(get);
    const row = {
      gemeentecode: r.required('gemeentecode', gemeentecode),
      schooljaar: r.required('schooljaar', schooljaar),
      sector: r.required('sector', (c, v) => parseEnum(c, v.toLowerCase(), VSV_SECTOREN)),
      percentage: r.required('percentage', parsePercentage),
      teller: r.optional('teller', parseInteger),
      noemer: r.optional('noemer', parseInteger),
      status: r.required('status', (c, v) => parseEnum(c, v.toLowerCase(), VSV_STATUSSEN)),
    };
    if (row.teller !== null && row.noemer !== null && row.teller > row.noemer) {
      r.problem(
        'teller',
        'imports.numerator_too_large',
        `teller ${row.teller} is groter dan noemer ${row.noemer}`,
      );
    }
    return { row: r.problems.length ? undefined : (row as VsvPercentageRow), problems: r.problems };
  },
  key: (row) => `${row.gemeentecode}|${row.schooljaar}|${row.sector}`,
  describeKey: (row) => `gemeente ${row.gemeentecode}, ${row.schooljaar}, ${row.sector}`,
};
