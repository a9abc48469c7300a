// SPDX-License-Identifier: EUPL-1.2
/**
 * What a doorstroomcoach records in a doorstroompunt case, each in the caller's transaction with a
 * case event and an audit entry: contact attempts, the first contact (dagbesteding, income) and
 * the begeleidingstraject from start to outcome.
 */
import type { Queryable } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { addMonths } from '../rules/index.ts';
import {
  CADENCE_TASK,
  kanaalOfTask,
  stateAfterContact,
  taskFulfilledBy,
  type Dagbesteding,
  type Inkomenscategorie,
  type Kanaal,
  type Resultaat,
  type Sluitreden,
  type Uitstroomreden,
} from './doorstroompunt.ts';

export interface Actor {
  id: number | null;
  gebruikersnaam: string;
}

const refuse = (code: string, message: string, kind: 'invalid' | 'conflict' = 'invalid') =>
  new DomainFailure({ code, kind, message });

/** The open doorstroompunt case, locked for the step; refuses other soorten and closed cases. */
async function openCase(tx: Queryable, caseId: number): Promise<{ status: string }> {
  const [kase] = await tx.query<{ status: string; soort: string; gesloten: boolean }>(
    'select status, soort, gesloten_op is not null as gesloten from cases where id = $1 for update',
    [caseId],
  );
  if (!kase || kase.soort !== 'doorstroompunt') {
    throw new DomainFailure({
      code: 'doorstroompunt.not_a_case',
      kind: 'not_found',
      message: 'Dit is geen dossier van het Doorstroompunt.',
    });
  }
  if (kase.gesloten) {
    throw refuse('doorstroompunt.case_closed', 'Dit dossier is afgesloten.', 'conflict');
  }
  return kase;
}

function notInFuture(datum: string, today: string, veld: string): void {
  if (datum > today) {
    throw refuse('doorstroompunt.date_in_future', `De ${veld} ligt in de toekomst.`);
  }
}

async function log(
  tx: Queryable,
  caseId: number,
  actor: Actor,
  soort: string,
  datum: string,
  gegevens: Record<string, unknown>,
) {
  await tx.query(
    'insert into case_events (case_id, soort, datum, gegevens, user_id) values ($1, $2, $3, $4, $5)',
    [caseId, soort, datum, JSON.stringify(gegevens), actor.id],
  );
  await recordAudit(tx, {
    actor: actor.gebruikersnaam,
    actie: `doorstroompunt.${soort}`,
    onderwerpSoort: 'case',
    onderwerpId: String(caseId),
    doel: 'doorstroompunt',
    details: { velden: Object.keys(gegevens) },
  });
}

async function setStatus(tx: Queryable, caseId: number, from: string, to: string, datum: string) {
  if (from === to) return;
  await tx.query('update cases set status = $2 where id = $1', [caseId, to]);
  await tx.query(
    `insert into case_events (case_id, soort, datum, gegevens) values ($1, 'status', $2, $3)`,
    [caseId, datum, JSON.stringify({ van: from, naar: to })],
  );
}

/**
 * Records a contact attempt. It fulfils the earliest open cadence task of its channel; reaching
 * the youth closes every open cadence task (the cadence has done its work, W7b b.5).
 */
export async function recordContact(
  tx: Queryable,
  caseId: number,
  input: { datum: string; kanaal: Kanaal; resultaat: Resultaat },
  actor: Actor,
  today: string,
): Promise<{ status: string; takenGesloten: number }> {
  const kase = await openCase(tx, caseId);
  notInFuture(input.datum, today, 'datum van de contactpoging');
  await tx.query(
    'insert into doorstroompunt_contacts (case_id, datum, kanaal, resultaat, door) values ($1,$2,$3,$4,$5)',
    [caseId, input.datum, input.kanaal, input.resultaat, actor.gebruikersnaam],
  );
  const open = (
    await tx.query<{ id: number; soort: string; vervaltOp: string }>(
      `select id, soort, to_char(vervalt_op, 'YYYY-MM-DD') as "vervaltOp" from tasks
        where case_id = $1 and gedaan_op is null and soort like $2 || '%'`,
      [caseId, CADENCE_TASK],
    )
  ).map((t) => ({ ...t, kanaal: kanaalOfTask(t.soort) }));
  const done =
    input.resultaat === 'bereikt'
      ? open.map((t) => t.id)
      : [taskFulfilledBy(open, input.kanaal)?.id].filter((id): id is number => id !== undefined);
  if (done.length) {
    await tx.query('update tasks set gedaan_op = now() where id = any($1::int[])', [done]);
  }
  const status = stateAfterContact(kase.status, input.kanaal, input.resultaat);
  await log(tx, caseId, actor, 'contactpoging', input.datum, {
    kanaal: input.kanaal,
    resultaat: input.resultaat,
  });
  await setStatus(tx, caseId, kase.status, status, input.datum);
  if (status === 'NIET_BEREIKT' && kase.status !== 'NIET_BEREIKT') {
    // R75 (000): nobody came forward after the card, so the coach calls again in half a year.
    await tx.query(
      `insert into tasks (case_id, soort, omschrijving, vervalt_op, toegewezen_aan)
       select $1, $2, $3, $4, toegewezen_aan from cases where id = $1`,
      [
        caseId,
        `${CADENCE_TASK}huisbezoek`,
        'Opnieuw benaderen: huisbezoek een half jaar na de kaart',
        addMonths(input.datum, 6),
      ],
    );
  }
  return { status, takenGesloten: done.length };
}

/** Records the first successful contact: dagbesteding and SUWI income category (once per case). */
export async function recordFirstContact(
  tx: Queryable,
  caseId: number,
  input: {
    datum: string;
    dagbesteding: Dagbesteding;
    inkomenscategorie: Inkomenscategorie;
    inkomenPeildatum: string;
  },
  actor: Actor,
  today: string,
): Promise<void> {
  await openCase(tx, caseId);
  notInFuture(input.datum, today, 'datum van het eerste contact');
  notInFuture(input.inkomenPeildatum, today, 'peildatum van het inkomen');
  const [reached] = await tx.query(
    `select 1 from doorstroompunt_contacts where case_id = $1 and resultaat = 'bereikt'`,
    [caseId],
  );
  if (!reached) {
    throw refuse(
      'doorstroompunt.not_reached',
      'Leg eerst een contactpoging vast waarbij de jongere bereikt is.',
    );
  }
  const inserted = await tx.query(
    `insert into doorstroompunt_first_contacts (case_id, datum, dagbesteding, inkomenscategorie, inkomen_peildatum, door)
     values ($1,$2,$3,$4,$5,$6) on conflict (case_id) do nothing returning id`,
    [
      caseId,
      input.datum,
      input.dagbesteding,
      input.inkomenscategorie,
      input.inkomenPeildatum,
      actor.gebruikersnaam,
    ],
  );
  if (inserted.length === 0) {
    throw refuse(
      'doorstroompunt.first_contact_exists',
      'Het eerste contact is al vastgelegd.',
      'conflict',
    );
  }
  await log(tx, caseId, actor, 'eerste_contact', input.datum, {
    dagbesteding: input.dagbesteding,
    inkomenscategorie: input.inkomenscategorie,
  });
}

/** Starts a begeleidingstraject; one running trajectory per case. */
export async function startTrajectory(
  tx: Queryable,
  caseId: number,
  input: { gestartOp: string },
  actor: Actor,
  today: string,
): Promise<{ trajectId: number }> {
  const kase = await openCase(tx, caseId);
  notInFuture(input.gestartOp, today, 'startdatum');
  const [running] = await tx.query(
    'select 1 from doorstroompunt_trajectories where case_id = $1 and beeindigd_op is null',
    [caseId],
  );
  if (running) {
    throw refuse('doorstroompunt.trajectory_running', 'Er loopt al een traject.', 'conflict');
  }
  const [first] = await tx.query('select 1 from doorstroompunt_first_contacts where case_id = $1', [
    caseId,
  ]);
  if (!first) {
    throw refuse(
      'doorstroompunt.first_contact_missing',
      'Leg eerst het eerste contact vast (dagbesteding en inkomen).',
    );
  }
  const [row] = await tx.query<{ id: number }>(
    `insert into doorstroompunt_trajectories (case_id, gestart_op, door) values ($1,$2,$3) returning id`,
    [caseId, input.gestartOp, actor.gebruikersnaam],
  );
  await log(tx, caseId, actor, 'traject_gestart', input.gestartOp, { trajectId: row!.id });
  await setStatus(tx, caseId, kase.status, 'TRAJECT', input.gestartOp);
  return { trajectId: row!.id };
}

/** Sets the number of appointments held in the running trajectory (R77: a traject is 2–5). */
export async function setAppointments(
  tx: Queryable,
  caseId: number,
  afspraken: number,
  actor: Actor,
  today: string,
): Promise<void> {
  await openCase(tx, caseId);
  const rows = await tx.query(
    `update doorstroompunt_trajectories set afspraken = $2 where case_id = $1 and beeindigd_op is null returning id`,
    [caseId, afspraken],
  );
  if (rows.length === 0) throw refuse('doorstroompunt.no_trajectory', 'Er loopt geen traject.');
  await log(tx, caseId, actor, 'traject_afspraken', today, { afspraken });
}

/** Ends the running trajectory with its outcome and destination, and closes the case. */
export async function endTrajectory(
  tx: Queryable,
  caseId: number,
  input: { beeindigdOp: string; uitstroomreden: Uitstroomreden; bestemming: string | null },
  actor: Actor,
  today: string,
): Promise<void> {
  const kase = await openCase(tx, caseId);
  notInFuture(input.beeindigdOp, today, 'einddatum');
  const rows = await tx.query<{ gestart_op: string }>(
    `update doorstroompunt_trajectories set beeindigd_op = $2, uitstroomreden = $3, bestemming = $4
      where case_id = $1 and beeindigd_op is null and gestart_op <= $2::date returning gestart_op`,
    [caseId, input.beeindigdOp, input.uitstroomreden, input.bestemming],
  );
  if (rows.length === 0) {
    throw refuse(
      'doorstroompunt.no_trajectory',
      'Er loopt geen traject dat op of voor deze einddatum begon.',
    );
  }
  await log(tx, caseId, actor, 'traject_beeindigd', input.beeindigdOp, {
    uitstroomreden: input.uitstroomreden,
  });
  await setStatus(tx, caseId, kase.status, 'AFGESLOTEN', input.beeindigdOp);
  await tx.query('update cases set gesloten_op = $2 where id = $1', [caseId, input.beeindigdOp]);
  await tx.query(
    `update tasks set gedaan_op = now() where case_id = $1 and gedaan_op is null and soort like 'doorstroompunt.%'`,
    [caseId],
  );
}

/** Closes a case without (another) trajectory, with the reason; refuses while a trajectory runs. */
export async function closeCase(
  tx: Queryable,
  caseId: number,
  input: { datum: string; reden: Sluitreden },
  actor: Actor,
  today: string,
): Promise<void> {
  const kase = await openCase(tx, caseId);
  notInFuture(input.datum, today, 'datum');
  const [running] = await tx.query(
    'select 1 from doorstroompunt_trajectories where case_id = $1 and beeindigd_op is null',
    [caseId],
  );
  if (running) {
    throw refuse(
      'doorstroompunt.trajectory_running',
      'Er loopt nog een traject: beëindig dat traject met een uitstroomreden.',
      'conflict',
    );
  }
  await log(tx, caseId, actor, 'afgesloten', input.datum, { reden: input.reden });
  await setStatus(tx, caseId, kase.status, 'AFGESLOTEN', input.datum);
  await tx.query('update cases set gesloten_op = $2 where id = $1', [caseId, input.datum]);
  await tx.query(
    `update tasks set gedaan_op = now() where case_id = $1 and gedaan_op is null and soort like 'doorstroompunt.%'`,
    [caseId],
  );
}
