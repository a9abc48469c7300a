// SPDX-License-Identifier: EUPL-1.2
/**
 * Checks a whole file before anything is written: the header, every row's fields, and keys that
 * occur twice. Pure. The result keeps every refused row with all its problems (nothing is dropped).
 */
import type { CsvTable } from './csv.ts';
import type { KindSpec, RowProblem } from './kinds/index.ts';

/** A problem with its line, as the summary reports it. */
export interface ImportError extends RowProblem {
  regel: number;
}

export interface ValidRow<R> {
  regel: number;
  row: R;
}

/** A row the import refuses, with its original values (for `<file>.afgewezen.csv` and the database). */
/**
 * Masks runs of 8 or more digits in a message: messages name line and column, and must not carry
 * a BSN even when a broken file glues one into a column name.
 */
export const maskLongNumbers = (text: string): string =>
  text.replace(/\d{8,}/g, (digits) => '*'.repeat(digits.length));

export interface RefusedRow {
  regel: number;
  values: Record<string, string>;
  errors: ImportError[];
}

export interface CheckedFile<R> {
  header: string[];
  /** Problems with the file as a whole (header); when present no row can be imported. */
  fileErrors: ImportError[];
  valid: ValidRow<R>[];
  refused: RefusedRow[];
  /** Number of data rows (lines after the header that hold a record, or could not be read). */
  rowCount: number;
}

export function checkHeader(header: string[], spec: KindSpec<unknown>): ImportError[] {
  const errors: ImportError[] = [];
  if (header.length === 0 || (header.length === 1 && header[0] === '')) {
    return [
      {
        regel: 1,
        kolom: null,
        code: 'imports.no_header',
        melding: 'het bestand heeft geen kopregel met kolomnamen',
      },
    ];
  }
  const seen = new Set<string>();
  for (const [index, name] of header.entries()) {
    if (name === '') {
      errors.push({
        regel: 1,
        kolom: `kolom ${index + 1}`,
        code: 'imports.unnamed_column',
        melding: `kolom ${index + 1} van de kopregel heeft geen naam`,
      });
    } else if (!spec.columns.includes(name)) {
      errors.push({
        regel: 1,
        kolom: name,
        code: 'imports.unknown_column',
        melding: `kolom '${name}' is onbekend voor ${spec.soort}`,
      });
    } else if (seen.has(name)) {
      errors.push({
        regel: 1,
        kolom: name,
        code: 'imports.duplicate_column',
        melding: `kolom '${name}' staat er twee keer in`,
      });
    }
    seen.add(name);
  }
  for (const name of spec.required) {
    if (!seen.has(name)) {
      errors.push({
        regel: 1,
        kolom: name,
        code: 'imports.missing_column',
        melding: `verplichte kolom '${name}' ontbreekt`,
      });
    }
  }
  for (const group of spec.oneOf) {
    if (!group.some((name) => seen.has(name))) {
      errors.push({
        regel: 1,
        kolom: group[0] ?? null,
        code: 'imports.missing_column',
        melding: `kolom ${group.join(' of ')} ontbreekt`,
      });
    }
  }
  return errors;
}

/** Validates every record of `table` against `spec`. */
export function checkFile<R>(table: CsvTable, spec: KindSpec<R>, today: string): CheckedFile<R> {
  const header = table.header;
  const fileErrors = checkHeader(header, spec as KindSpec<unknown>);
  const valid: ValidRow<R>[] = [];
  const refused: RefusedRow[] = [];
  const firstLineOfKey = new Map<string, number>();
  for (const record of table.records) {
    const values: Record<string, string> = {};
    header.forEach((name, i) => (values[name] = (record.values[i] ?? '').trim()));
    if (fileErrors.length > 0) {
      refused.push({ regel: record.regel, values, errors: [] });
      continue;
    }
    if (record.values.length !== header.length) {
      refused.push({
        regel: record.regel,
        values,
        errors: [
          {
            regel: record.regel,
            kolom: null,
            code: 'imports.field_count',
            melding: `regel heeft ${record.values.length} velden, de kopregel ${header.length}`,
          },
        ],
      });
      continue;
    }
    const { row, problems } = spec.validate((name) => values[name] ?? '', today);
    if (!row) {
      refused.push({
        regel: record.regel,
        values,
        errors: problems.map((p) => ({ ...p, regel: record.regel })),
      });
      continue;
    }
    const key = spec.key(row);
    const earlier = firstLineOfKey.get(key);
    if (earlier !== undefined) {
      refused.push({
        regel: record.regel,
        values,
        errors: [
          {
            regel: record.regel,
            kolom: spec.keyColumn,
            code: 'imports.duplicate_key',
            melding: `${spec.describeKey(row)} staat ook op regel ${earlier}`,
          },
        ],
      });
      continue;
    }
    firstLineOfKey.set(key, record.regel);
    valid.push({ regel: record.regel, row });
  }
  for (const lineError of table.lineErrors) {
    refused.push({
      regel: lineError.regel,
      values: {},
      errors: [
        {
          regel: lineError.regel,
          kolom: null,
          code: 'imports.unreadable_line',
          melding: lineError.melding,
        },
      ],
    });
  }
  refused.sort((a, b) => a.regel - b.regel);
  return {
    header,
    fileErrors,
    valid,
    refused,
    rowCount: table.records.length + table.lineErrors.length,
  };
}
