// SPDX-License-Identifier: EUPL-1.2
import { parse } from 'csv-parse/sync';

/** One data record of a CSV file with the line it starts on (the header is line 1). */
export interface CsvRecord {
  regel: number;
  values: string[];
}

/** A line the CSV reader could not make a record of (e.g. an unclosed quote). */
export interface CsvLineError {
  regel: number;
  melding: string;
}

export interface CsvTable {
  delimiter: ';' | ',';
  header: string[];
  records: CsvRecord[];
  lineErrors: CsvLineError[];
}

/**
 * Picks the delimiter from the header line (interfaces.md §2): `;` or `,`, whichever the header
 * uses more. A header with neither is a single column and reads as `,`.
 */
export function detectDelimiter(text: string): ';' | ',' {
  const end = text.search(/\r?\n/);
  const headerLine = end === -1 ? text : text.slice(0, end);
  const semicolons = headerLine.split(';').length - 1;
  const commas = headerLine.split(',').length - 1;
  return semicolons > commas ? ';' : ',';
}

/**
 * Reads RFC 4180 CSV (UTF-8, optional byte-order mark). Every record keeps the physical line it
 * starts on, also after quoted line breaks, so errors can name the line the user sees in an editor.
 * Records the reader cannot parse become line errors instead of stopping the read.
 */
export function readCsv(input: string | Buffer): CsvTable {
  let text = typeof input === 'string' ? input : input.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
  }
  const delimiter = detectDelimiter(text);
  const lineErrors: CsvLineError[] = [];
  const rows = parse(text, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (error: (Error & { lines?: number }) | undefined) => {
      if (error) {
        lineErrors.push({
          regel: error.lines ?? 0,
          melding: `regel kan niet gelezen worden: ${dutchCsvError(error)}`,
        });
      }
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const records: CsvRecord[] = [];
  let header: string[] = [];
  rows.forEach((row, index) => {
    const linesInRecord = countLineBreaks(row.record);
    const regel = row.info.lines - linesInRecord;
    if (index === 0) {
      header = row.record.map((name) => name.trim().toLowerCase());
    } else {
      records.push({ regel, values: row.record.map(unescapeFormula) });
    }
  });
  return { delimiter, header, records, lineErrors };
}

function countLineBreaks(values: string[]): number {
  let count = 0;
  for (const value of values) {
    for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) count++;
  }
  return count;
}

function dutchCsvError(error: Error & { code?: string }): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'aanhalingsteken niet gesloten';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'ongeldig aanhalingsteken';
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'tekens na een sluitend aanhalingsteken';
    default:
      return 'ongeldige CSV';
  }
}

/**
 * Spreadsheet formulas in a CSV cell (=, +, -, @ at the start) run when the file is opened in
 * Excel. Files we write escape them with a leading apostrophe (refused-csv.ts); reading removes
 * that apostrophe again, so a corrected file imports with the original values.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export const escapeFormula = (value: string): string =>
  FORMULA_START.test(value) ? `'${value}` : value;

export const unescapeFormula = (value: string): string =>
  value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
