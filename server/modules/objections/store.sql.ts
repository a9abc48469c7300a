// SPDX-License-Identifier: EUPL-1.2
/** Reading and moving what an objection step needs: the objected decision, the open objection, the case state. */
import type { Queryable } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { isOpen } from '../casework/states.ts';

export const invalid = (message: string, veld?: string) =>
  new DomainFailure({
    code: 'cases.step_invalid',
    kind: 'invalid',
    message,
    details: { velden: veld ? [{ veld, melding: message }] : [] },
  });

export type Werkproces = 'vrijstelling' | 'verlof';
export const werkprocesOf = (actie: string): Werkproces =>
  actie.startsWith('vs_') ? 'vrijstelling' : 'verlof';

export interface Decision {
  besluit: 'toegekend' | 'afgewezen' | 'verleend' | 'geweigerd';
  datumBesluit: string | null;
}

/** The beschikking of the case, or null when there is none to object to (withdrawn, sent back). */
export async function decisionOf(
  tx: Queryable,
  caseId: number,
  werkproces: Werkproces,
): Promise<Decision | null> {
  const table = werkproces === 'vrijstelling' ? 'exemption_requests' : 'leave_requests';
  const [row] = await tx.query<{ besluit: string | null; datumBesluit: string | null }>(
    `select besluit, to_char(datum_besluit, 'YYYY-MM-DD') as "datumBesluit" from ${table} where case_id = $1`,
    [caseId],
  );
  const ok = ['toegekend', 'afgewezen', 'verleend', 'geweigerd'];
  return row?.besluit && ok.includes(row.besluit) ? (row as Decision) : null;
}

export interface ObjectionRow {
  id: number;
  besluit: Decision['besluit'];
  vorigeStatus: string;
  ontvangenOp: string;
  tijdig: boolean;
  verschoonbaar: boolean;
  termijnEinde: string;
  adviescommissie: boolean;
  beslistermijn: string;
  verdaagdOp: string | null;
  gehoordOp: string | null;
  horenUitzondering: string | null;
}

/** The case's open objection, locked for the step; a step without one is refused. */
export async function openObjection(tx: Queryable, caseId: number): Promise<ObjectionRow> {
  const [row] = await tx.query<ObjectionRow>(
    `select id, besluit, vorige_status as "vorigeStatus", to_char(ontvangen_op, 'YYYY-MM-DD') as "ontvangenOp",
            tijdig, verschoonbaar, to_char(termijn_einde, 'YYYY-MM-DD') as "termijnEinde", adviescommissie,
            to_char(beslistermijn, 'YYYY-MM-DD') as beslistermijn, to_char(verdaagd_op, 'YYYY-MM-DD') as "verdaagdOp",
            to_char(gehoord_op, 'YYYY-MM-DD') as "gehoordOp", horen_uitzondering as "horenUitzondering"
       from objections where case_id = $1 and uitkomst is null order by id desc limit 1 for update`,
    [caseId],
  );
  if (!row) throw invalid('Bij dit dossier is geen bezwaar in behandeling.');
  return row;
}

/** The state the step just left (casework wrote it as the last `status` event). */
export async function stateBeforeStep(tx: Queryable, caseId: number): Promise<string> {
  const [row] = await tx.query<{ van: string }>(
    `select gegevens->>'van' as van from case_events where case_id = $1 and soort = 'status'
      order by id desc limit 1`,
    [caseId],
  );
  if (!row) throw new Error(`case ${caseId}: no status event before the objection`);
  return row.van;
}

/** Adds computed facts (dates and their `uitleg`) to the step's own case event. */
export async function annotateEvent(
  tx: Queryable,
  caseId: number,
  soort: string,
  extra: Record<string, unknown>,
): Promise<void> {
  await tx.query(
    `update case_events set gegevens = coalesce(gegevens, '{}'::jsonb) || $3::jsonb
      where id = (select max(id) from case_events where case_id = $1 and soort = $2)`,
    [caseId, soort, JSON.stringify(extra)],
  );
}

/** Moves the case from BEZWAAR to `to` with a `status` event; closing ends its open tasks. */
export async function moveCase(
  tx: Queryable,
  c: { caseId: number; actie: string; today: string; actor: { id: number | null } },
  to: string,
): Promise<void> {
  const closing = !isOpen(to);
  await tx.query(
    `update cases set status = $2, gesloten_op = case when $3::boolean then $4::date end where id = $1`,
    [c.caseId, to, closing, c.today],
  );
  await tx.query(
    `insert into case_events (case_id, soort, datum, gegevens, user_id) values ($1, 'status', $2, $3, $4)`,
    [c.caseId, c.today, JSON.stringify({ van: 'BEZWAAR', naar: to, stap: c.actie }), c.actor.id],
  );
  if (closing) {
    await tx.query(`update tasks set gedaan_op = now() where case_id = $1 and gedaan_op is null`, [
      c.caseId,
    ]);
  }
}

/** Adds a task to the case for its owner. */
export const addTask = (
  tx: Queryable,
  caseId: number,
  soort: string,
  omschrijving: string,
  op: string,
) =>
  tx.query(
    `insert into tasks (case_id, soort, omschrijving, vervalt_op, toegewezen_aan)
     select id, $2, $3, $4, toegewezen_aan from cases where id = $1`,
    [caseId, soort, omschrijving, op],
  );

export const OBJECTION_TASK = 'bezwaar_beslissen';
