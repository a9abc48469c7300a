// SPDX-License-Identifier: EUPL-1.2
/**
 * Finds a case or an appointment within the actor's gemeente scope (users.gemeenten). Outside the
 * scope the answer is "not found", so nobody learns that a case exists elsewhere.
 */
import type { Queryable } from '../../../db/connect.ts';
import { DomainFailure } from '../../../lib/errors.ts';
import type { AfspraakStatus } from '../appointment.ts';

/** Gemeentecodes the actor may see; null = the whole region. */
export type Scope = readonly string[] | null;

export interface CaseRef {
  id: number;
  team: string | null;
  toegewezenAan: number | null;
  gesloten: boolean;
}

export interface AppointmentRef {
  id: number;
  caseId: number;
  status: AfspraakStatus;
  tijdstip: string;
  consulentId: number | null;
  /** The case owner, who gets the follow-up task. */
  eigenaar: number | null;
}

// As the casework module does: a scoped user sees the cases of their gemeenten (cases.gemeente_code).
const IN_SCOPE = '($2::text[] is null or c.gemeente_code = any($2::text[]))';

const param = (scope: Scope) => (scope === null ? null : [...scope]);

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
    [caseId, param(scope)],
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

/** The appointment (locked for update inside a transaction), or `appointments.not_found`. */
export async function findAppointmentInScope(
  db: Queryable,
  afspraakId: number,
  scope: Scope,
): Promise<AppointmentRef> {
  const rows = await db.query<{
    id: number;
    case_id: number;
    status: AfspraakStatus;
    tijdstip: Date | string;
    consulent_id: number | null;
    toegewezen_aan: number | null;
  }>(
    `select a.id, a.case_id, a.status, a.tijdstip, a.consulent_id, c.toegewezen_aan
       from appointments a join cases c on c.id = a.case_id
      where a.id = $1 and ${IN_SCOPE} for update of a`,
    [afspraakId, param(scope)],
  );
  const row = rows[0];
  if (!row) {
    throw new DomainFailure({
      code: 'appointments.not_found',
      kind: 'not_found',
      message: 'Deze afspraak bestaat niet of valt buiten uw gemeenten.',
    });
  }
  return {
    id: row.id,
    caseId: row.case_id,
    status: row.status,
    tijdstip: new Date(row.tijdstip).toISOString(),
    consulentId: row.consulent_id,
    eigenaar: row.toegewezen_aan,
  };
}
