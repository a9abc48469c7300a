// SPDX-License-Identifier: EUPL-1.2
/**
 * Gemeente scope of a user (users.gemeenten): a scoped user sees persons who live or lived in one
 * of those gemeenten. Null scope = the whole region.
 */
import type { Queryable } from '../../../db/connect.ts';

/** SQL condition on person alias `x`; `param` is the placeholder of a text[] of gemeentecodes. */
export const inScopeSql = (param: string): string =>
  `exists (select 1 from residence_periods s where s.person_id = x.id and s.gemeente_code = any(${param}::text[]))`;

export async function personInScope(
  db: Queryable,
  personId: number,
  scope: readonly string[] | null,
): Promise<boolean> {
  if (scope === null) return true;
  const rows = await db.query(`select 1 from persons x where x.id = $1 and ${inScopeSql('$2')}`, [
    personId,
    [...scope],
  ]);
  return rows.length > 0;
}
