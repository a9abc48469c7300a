// SPDX-License-Identifier: EUPL-1.2
/**
 * Uploaded form documents of the persons the retention job deletes: their rows go by cascade, but
 * the bytes live in `<AANWEZIG_DATA_DIR>/formulieren/`, so the files are removed after the commit.
 */
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Queryable } from '../../db/connect.ts';
import { loadConfig } from '../../config.ts';

/** The storage names `storeUpload` makes; anything else is never touched. */
const NAME = /^[a-f0-9]{32}$/;

/** Storage names of the uploads of `retention_victims` and their cases (read before deleting). */
export async function uploadsOfVictims(tx: Pick<Queryable, 'query'>): Promise<string[]> {
  const rows = await tx.query<{ opslagnaam: string }>(
    `select u.opslagnaam from form_uploads u join form_submissions f on f.id = u.submission_id
     where f.person_id in (select id from retention_victims)
        or f.case_id in (select c.id from cases c join retention_victims v on v.id = c.person_id)`,
  );
  return rows.map((r) => r.opslagnaam);
}

/** Removes the stored files (default folder `<AANWEZIG_DATA_DIR>/formulieren`); returns how many went. */
export async function removeUploads(names: string[], dir?: string): Promise<number> {
  const safe = names.filter((n) => NAME.test(n));
  if (safe.length === 0) return 0;
  const folder = dir ?? join(loadConfig().AANWEZIG_DATA_DIR, 'formulieren');
  let removed = 0;
  for (const name of safe) {
    try {
      await unlink(join(folder, name));
      removed += 1;
    } catch (error) {
      // Already gone is fine; anything else (permissions) must reach the job's log.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return removed;
}
