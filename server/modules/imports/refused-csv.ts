// SPDX-License-Identifier: EUPL-1.2
import { stringify } from 'csv-stringify/sync';
import { escapeFormula } from './csv.ts';
import { maskLongNumbers, type RefusedRow } from './validate.ts';

/**
 * The refused rows as CSV: the original columns and values plus `fout`, with the file's delimiter
 * (interfaces.md §1.3 `--gedeeltelijk`). A value that would start a spreadsheet formula gets a
 * leading apostrophe (CSV injection); the importer removes it again, so the corrected file imports
 * with the original values.
 */
export function refusedRowsCsv(
  header: string[],
  refused: RefusedRow[],
  delimiter: ';' | ',',
): string {
  const columns = [...header.filter((h) => h !== ''), 'fout'];
  const records = refused.map((row) => [
    ...header.filter((h) => h !== '').map((name) => escapeFormula(row.values[name] ?? '')),
    escapeFormula(
      maskLongNumbers(
        row.errors.map((e) => (e.kolom ? `${e.kolom}: ${e.melding}` : e.melding)).join('; '),
      ),
    ),
  ]);
  return stringify([columns, ...records], { delimiter });
}
