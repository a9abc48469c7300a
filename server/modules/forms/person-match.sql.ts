// SPDX-License-Identifier: EUPL-1.2
/**
 * Finds the person a public submission is about. Both the BSN and the date of birth must match:
 * a form never says whether a BSN exists, and a typo lands in the staff worklist instead of in
 * someone else's case.
 */
import type { Queryable } from '../../db/connect.ts';

/** The person with this BSN and date of birth, or null. */
export async function matchPerson(
  db: Queryable,
  bsn: string | undefined,
  geboortedatum: string | undefined,
): Promise<number | null> {
  if (!bsn || !geboortedatum) return null;
  const rows = await db.query<{ id: number }>(
    `select id from persons where bsn = $1 and geboortedatum = $2::date`,
    [bsn, geboortedatum],
  );
  return rows.length === 1 ? rows[0]!.id : null;
}
