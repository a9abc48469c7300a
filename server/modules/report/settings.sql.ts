// SPDX-License-Identifier: EUPL-1.2
/** Reads the report's dated regional settings from the shared `settings` table. */
import type { Queryable } from '../../db/connect.ts';
import { resolveReportSettings, type DatedReportSetting, type ReportSettings } from './settings.ts';

/** The report settings in force on `day` (the last day of the school year). */
export async function loadReportSettings(db: Queryable, day: string): Promise<ReportSettings> {
  const rows = await db.query<DatedReportSetting>(
    `select sleutel, to_char(geldig_vanaf, 'YYYY-MM-DD') as "geldigVanaf", waarde
       from settings where sleutel like 'rapport.%'`,
  );
  return resolveReportSettings(rows, day);
}
