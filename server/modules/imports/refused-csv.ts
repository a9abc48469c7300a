// SPDX-License-Identifier: EUPL-1.2
import { stringify } from 'csv-stringify/sync';
import type { RefusedRow } from './validate.ts';

/**
 * The refused rows as CSV: the original columns and values plus `fout`, with the file's delimiter
 * (interfaces.md §1.3 `--gedeeltelijk`). Values starting with = + - @ are written as they came: this
 * file goes back to the person who delivered them, to correct and import again.
 */
export function refusedRowsCsv(
  header: string[],
  refused: RefusedRow[],
  delimiter: ';' | ',',
): string {
  const columns = [...header.filter((h) => h !== ''), 'fout'];
  const records = refused.map((row) => [
    ...header.filter((h) => h !== '').map((name) => row.values[name] ?? ''),
    row.errors.map((e) => (e.kolom ? `${e.kolom}: ${e.melding}` : e.melding)).join('; '),
  ]);
  return stringify([columns, ...records], { delimiter });
}
