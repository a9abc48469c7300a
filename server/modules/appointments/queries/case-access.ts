// SPDX-License-Identifier: EUPL-1.2
/**
 * Finds an appointment within the actor's gemeente scope (users.gemeenten), by the rule of
 * casework/case-scope.sql.ts. Outside the scope the answer is "not found".
 */
import type { Queryable } from '../../../db/connect.ts';
import { DomainFailure } from '../../../lib/errors.ts';
import type { AfspraakStatus } from '../appointment.ts';

export { findCaseInScope, type CaseRef, type Scope } from '../../casework/case-scope.sql.ts';
import type { Scope } from '../../casework/case-scope.sql.ts';

export interface AppointmentRef {
  id: number;
  caseId: number;
  status: AfspraakStatus;
  tijdstip: string;
  consulentId: number | null;
  /** The case owner, who gets the follow-up task. */
  eigenaar: number | null;
}

// The casework module's rule: a scoped user sees the cases of their gemeenten (cases.gemeente_code).
const IN_SCOPE = '($2::text[] is null or c.gemeente_code = any($2::text[]))';

const param = (scope: Scope) => (scope === null ? null : [...scope]);

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
