// SPDX-License-Identifier: EUPL-1.2
/** Writes the case events and tasks an appointment leaves in its case. */
import type { Queryable } from '../../../db/connect.ts';

/** Who acts: a signed-in user (id) or a non-interactive actor (`cli`, `systeem`, `afspraaklink`). */
export interface Door {
  id: number | null;
  gebruikersnaam: string;
}

/** Appends an event to the case timeline. */
export async function addCaseEvent(
  tx: Queryable,
  event: { caseId: number; soort: string; datum: string; gegevens: object; userId: number | null },
): Promise<void> {
  await tx.query(
    `insert into case_events (case_id, soort, datum, gegevens, user_id) values ($1, $2, $3, $4, $5)`,
    [event.caseId, event.soort, event.datum, JSON.stringify(event.gegevens), event.userId],
  );
}

/** Adds a task to the case; returns its id. */
export async function addTask(
  tx: Queryable,
  task: {
    caseId: number;
    soort: string;
    omschrijving: string;
    vervaltOp: string;
    toegewezenAan: number | null;
  },
): Promise<number> {
  const rows = await tx.query<{ id: number }>(
    `insert into tasks (case_id, soort, omschrijving, vervalt_op, toegewezen_aan)
     values ($1, $2, $3, $4, $5) returning id`,
    [task.caseId, task.soort, task.omschrijving, task.vervaltOp, task.toegewezenAan],
  );
  return rows[0]!.id;
}
