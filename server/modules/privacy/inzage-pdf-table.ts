// SPDX-License-Identifier: EUPL-1.2
/** The table building blocks of the inzage PDF (pure): cell texts, a section, a column. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { dateInWords } from '../../../shared/dutch-dates.ts';

/** A column of a section: Dutch label and how to read it from a row. */
export interface Column<T> {
  label: string;
  value: (row: T) => unknown;
}

/** `2026-03-05` → `5 maart 2026`, `2026-03-05T09:30:00Z` → `5 maart 2026 09:30 UTC`; other text unchanged. */
export function datumNl(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}):\d{2}Z)?$/.exec(iso);
  if (!m) return iso;
  const datum = dateInWords(iso);
  return m[4] ? `${datum} ${m[4]} UTC` : datum;
}

/** A cell's text: dates in Dutch, yes/no in Dutch, objects as compact JSON, empty as a dash. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'string') return datumNl(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Wide sections (more columns than fit) are shown as one label/value table per record. */
const MAX_COLUMNS = 7;

/** A section: a Dutch heading and a table (or one label/value table per record when wide). */
export function section<T>(titel: string, rows: readonly T[], columns: Column<T>[]): Content[] {
  const heading: Content = { text: titel, style: 'sectie' };
  if (rows.length === 0) return [heading, { text: 'Geen gegevens.', style: 'leeg' }];
  if (columns.length > MAX_COLUMNS) {
    return [heading, ...rows.map((row) => recordTable(columns, row))];
  }
  const header: TableCell[] = columns.map((c) => ({ text: c.label, style: 'kop' }));
  const body: TableCell[][] = rows.map((row) => columns.map((c) => cellText(c.value(row))));
  return [
    heading,
    {
      table: { headerRows: 1, widths: columns.map(() => '*'), body: [header, ...body] },
      layout: 'lightHorizontalLines',
    },
  ];
}

function recordTable<T>(columns: Column<T>[], row: T): Content {
  return {
    table: {
      widths: [150, '*'],
      body: columns.map((c) => [{ text: c.label, style: 'kop' }, cellText(c.value(row))]),
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 8],
  };
}

/** Columns named after the row's keys, for sections whose keys are already readable Dutch. */
export const col = <T>(label: string, key: keyof T): Column<T> => ({ label, value: (r) => r[key] });
