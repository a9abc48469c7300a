// SPDX-License-Identifier: EUPL-1.2
/**
 * The one rule for "may this user see this case": a user scoped to gemeenten (users.gemeenten)
 * sees the cases of those gemeenten (cases.gemeente_code, the gemeente of residence when the case
 * opened). Outside the scope the answer is "not found", so nobody learns that a case exists
 * elsewhere. Used by casework, letters and appointments alike.
 */
import type { Queryable } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';

/** Gemeentecodes the actor may see; null = the whole region. */
export type Scope = readonly string[] | null;

export interface CaseRef {
  id: number;
  team: string | null;
  toegewezenAan: number | null;
  gesloten: boolean;
}

const IN_SCOPE = '($2::text[] is null or c.gemeente_code = any($2::text[]))';

/** The case, or `cases.not_found` (not_found). */
export async function findCaseInScope(
  db: Queryable,
  caseId: number,
  scope: Scope,
): Promise<CaseRef> {
  const rows = await db.query<{
    id: number;
    team: string | null;
    toegewezen_aan: number | null;
    gesloten_op: string | null;
  }>(
    `select c.id, c.team, c.toegewezen_aan, c.gesloten_op from cases c where c.id = $1 and ${IN_SCOPE}`,
    [caseId, scope === null ? null : [...scope]],
  );
  const row = rows[0];
  if (!row) {
    throw new DomainFailure({
      code: 'cases.not_found',
      kind: 'not_found',
      message: 'Dit dossier bestaat niet of valt buiten uw gemeenten.',
    });
  }
  return {
    id: row.id,
    team: row.team,
    toegewezenAan: row.toegewezen_aan,
    gesloten: row.gesloten_op !== null,
  };
}
