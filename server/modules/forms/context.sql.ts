// SPDX-License-Identifier: EUPL-1.2
/** What checking and storing a form needs from the database and configuration: calendar, folder. */
import { join } from 'node:path';
import type { Queryable } from '../../db/connect.ts';
import { loadConfig } from '../../config.ts';
import { calendarFor, type SchoolCalendar } from '../rules/index.ts';
import { listSchoolHolidays, loadRuleSettings } from '../settings/index.ts';
import { acceptAllScanner, type VirusScanner } from './upload.ts';

export interface FormRouteOptions {
  /** Folder for uploaded documents; default `<AANWEZIG_DATA_DIR>/formulieren`. */
  uploadDir?: string;
  /** The virus-scan hook; default: accept everything (see docs/forms.md). */
  scanner?: VirusScanner;
  /** Base of feedback links; default AANWEZIG_PUBLIEKE_URL. */
  publiekeUrl?: string;
}

/** The options with their defaults filled in. */
export function formSettings(options: FormRouteOptions) {
  const config = options.uploadDir && options.publiekeUrl ? undefined : loadConfig();
  return {
    uploadDir: options.uploadDir ?? join(config!.AANWEZIG_DATA_DIR, 'formulieren'),
    scanner: options.scanner ?? acceptAllScanner,
    publiekeUrl: options.publiekeUrl ?? config!.AANWEZIG_PUBLIEKE_URL,
  };
}

/** The school calendar of the region on `today`. */
export async function calendarOn(db: Queryable, today: string): Promise<SchoolCalendar> {
  return calendarFor(await listSchoolHolidays(db), await loadRuleSettings(db), today);
}
