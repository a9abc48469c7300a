// SPDX-License-Identifier: EUPL-1.2
/** Imports of the files of interfaces.md §2: schools, BRP, enrolments, meldingen, exemptions. */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Database } from '../../db/connect.ts';
import { importCsv, type ImportOptions, type ImportOutcome } from './import-csv.sql.ts';

export { IMPORT_SOORTEN, type ImportSoort } from './kinds/index.ts';
export {
  importCsv,
  type ImportOptions,
  type ImportOutcome,
  type ImportSummary,
} from './import-csv.sql.ts';

/** Reads `path`, imports it, and with `gedeeltelijk` writes the refused rows to `<path>.afgewezen.csv`. */
export async function importFile(
  database: Database,
  path: string,
  options: Omit<ImportOptions, 'bestandsnaam'>,
): Promise<ImportOutcome> {
  const content = await readFile(path);
  const outcome = await importCsv(database, content, { ...options, bestandsnaam: basename(path) });
  if (options.gedeeltelijk && outcome.afgewezenCsv) {
    await writeFile(`${path}.afgewezen.csv`, outcome.afgewezenCsv);
  }
  return outcome;
}
