// SPDX-License-Identifier: EUPL-1.2
/** What every import file kind shares: the closed value lists, the spec shape and the row reader. */
import {
  parseBsn,
  parseEnum,
  parseNineDigits,
  parsePattern,
  parseText,
  type FieldResult,
} from '../fields.ts';

export const IMPORT_SOORTEN = [
  'scholen',
  'brp',
  'inschrijvingen',
  'verzuimmeldingen',
  'vrijstellingen',
  'vsv',
  'vsv_percentages',
] as const;
export type ImportSoort = (typeof IMPORT_SOORTEN)[number];

export const SECTOREN = ['PO', 'SBO', 'SO', 'VO', 'VSO', 'PRO', 'MBO', 'VAVO', 'ISK'] as const;
export const VERZUIMSOORTEN = [
  '16_uur',
  '18_plus',
  'langdurig',
  'luxe',
  'beginnend',
  'signaal',
  'overig',
] as const;
export const ARTIKELEN = ['3a', '3b', '5a', '5b', '5c', '11g', '15'] as const;
export const BESLUITEN = ['in_behandeling', 'toegekend', 'afgewezen', 'ingetrokken'] as const;

/** A problem with one field (or the row, when `kolom` is null). */
export interface RowProblem {
  kolom: string | null;
  code: string;
  melding: string;
}

/** Who a row is about: a BSN or, without one, DUO's onderwijsnummer. */
export interface PersonRef {
  bsn: string | null;
  onderwijsnummer: string | null;
}

export const personKey = (p: PersonRef): string => (p.bsn ? `b${p.bsn}` : `o${p.onderwijsnummer}`);

export interface KindSpec<R> {
  soort: ImportSoort;
  /** Every column the file may have. */
  columns: readonly string[];
  /** Columns the header must contain. */
  required: readonly string[];
  /** Groups of which the header must contain at least one (bsn / onderwijsnummer). */
  oneOf: readonly (readonly string[])[];
  validate(
    get: (column: string) => string,
    today: string,
  ): { row: R | undefined; problems: RowProblem[] };
  /** The import key (§2): the same key twice in one file is refused. */
  key(row: R): string;
  /** The key in the words a user reads, for the duplicate message. */
  describeKey(row: R): string;
  /** The column a duplicate key is reported on. */
  keyColumn: string;
}

/** Collects field results of one row: `take` returns the value or records the problem. */
export class RowReader {
  problems: RowProblem[] = [];
  constructor(private readonly get: (column: string) => string) {}

  raw(column: string): string {
    return this.get(column);
  }

  required<T>(
    column: string,
    parse: (column: string, raw: string) => FieldResult<T>,
  ): T | undefined {
    const raw = this.get(column);
    if (raw === '') {
      this.problems.push({
        kolom: column,
        code: 'imports.required_empty',
        melding: `${column} is verplicht maar leeg`,
      });
      return undefined;
    }
    return this.take(column, parse(column, raw));
  }

  optional<T>(column: string, parse: (column: string, raw: string) => FieldResult<T>): T | null {
    const raw = this.get(column);
    return raw === '' ? null : (this.take(column, parse(column, raw)) ?? null);
  }

  problem(kolom: string | null, code: string, melding: string): void {
    this.problems.push({ kolom, code, melding });
  }

  private take<T>(column: string, result: FieldResult<T>): T | undefined {
    if (result.ok) return result.value;
    this.problems.push({ kolom: column, code: result.code, melding: result.melding });
    return undefined;
  }
}

export const brin = (c: string, r: string) => parsePattern(c, r, /^\d{2}[A-Z]{2}$/, '12AB');
export const vestiging = (c: string, r: string) => parsePattern(c, r, /^\d{2}$/, '00');
export const gemeentecode = (c: string, r: string) => parsePattern(c, r, /^\d{4}$/, '0546');
export const text = (c: string, r: string) => parseText(c, r);
export const sector = (c: string, r: string) => parseEnum(c, r.toUpperCase(), SECTOREN);

export function readPerson(reader: RowReader): PersonRef | undefined {
  const bsn = reader.optional('bsn', parseBsn);
  const onderwijsnummer = reader.optional('onderwijsnummer', parseNineDigits);
  if (reader.raw('bsn') === '' && reader.raw('onderwijsnummer') === '') {
    reader.problem('bsn', 'imports.person_missing', 'bsn of onderwijsnummer is verplicht');
    return undefined;
  }
  return bsn || onderwijsnummer ? { bsn, onderwijsnummer } : undefined;
}

export function notBefore(
  reader: RowReader,
  laterColumn: string,
  later: string | null | undefined,
  earlierColumn: string,
  earlier: string | null | undefined,
): void {
  if (later && earlier && later < earlier) {
    reader.problem(
      laterColumn,
      'imports.date_order',
      `${laterColumn} ${later} ligt voor ${earlierColumn} ${earlier}`,
    );
  }
}
