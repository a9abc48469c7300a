// SPDX-License-Identifier: EUPL-1.2
/** Refused import rows that mention a person's BSN (the `rij` column keeps the raw row). */
import type { Queryable } from '../../../db/connect.ts';
import type { InzageAfgewezenImportregel } from '../inzage-types.ts';

type Db = Pick<Queryable, 'query'>;

/**
 * Refused rows in which one of the values is the BSN. Whole values are compared (not substrings),
 * so another number that merely contains the BSN does not match; leading zeros a spreadsheet may
 * have dropped are ignored.
 */
export async function selectRejectionsWithBsn(
  db: Db,
  bsn: string | null,
): Promise<InzageAfgewezenImportregel[]> {
  if (!bsn) return [];
  return db.query<InzageAfgewezenImportregel>(
    `select r2.soort, r2.bestand,
       to_char(r2.gestart_op at time zone 'UTC', 'YYYY-MM-DD') as importdatum,
       j.regel, j.melding, j.rij
     from import_rejections j join import_runs r2 on r2.id = j.import_run_id
     where exists (
       select 1 from jsonb_each_text(case when jsonb_typeof(j.rij) = 'object' then j.rij else '{}'::jsonb end) kv
       where ltrim(trim(kv.value), '0') = ltrim($1, '0'))
     order by j.id`,
    [bsn],
  );
}
