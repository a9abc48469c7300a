// SPDX-License-Identifier: EUPL-1.2
/** Periods at home and the tasks in one person's cases, for an inzage export. */
import type { Queryable } from '../../../db/connect.ts';
import type { InzageTaak, InzageThuiszitperiode } from '../inzage-types.ts';

type Db = Pick<Queryable, 'query'>;

/** Every thuiszit period with the threshold tasks it raised, newest first. */
export async function selectThuiszitPeriods(db: Db, id: number): Promise<InzageThuiszitperiode[]> {
  const periods = await db.query<Omit<InzageThuiszitperiode, 'drempeltaken'>>(
    `select e.id, e.case_id as "zaakId", s.naam as school, e.startdatum, e.type, e.onderwijsdeelname,
       e.oorzaak, e.regie, e.wachtlijst, e.einddatum, e.eindsituatie
     from thuiszitter_episodes e left join schools s on s.id = e.school_id
     where e.person_id = $1 order by e.startdatum desc, e.id desc`,
    [id],
  );
  const thresholds = await db.query<{ episodeId: number; taakId: number; drempel: string }>(
    `select t.episode_id as "episodeId", t.task_id as "taakId", t.drempel
     from thuiszitter_tasks t join thuiszitter_episodes e on e.id = t.episode_id
     where e.person_id = $1 order by t.task_id`,
    [id],
  );
  return periods.map((p) => ({
    ...p,
    drempeltaken: thresholds
      .filter((t) => t.episodeId === p.id)
      .map(({ taakId, drempel }) => ({ taakId, drempel })),
  }));
}

/** Every task in the person's cases, by due date. */
export function selectTasks(db: Db, id: number): Promise<InzageTaak[]> {
  return db.query<InzageTaak>(
    `select t.id, t.case_id as "zaakId", t.soort, t.omschrijving, t.vervalt_op as "vervaltOp",
       to_char(t.gedaan_op at time zone 'UTC', 'YYYY-MM-DD') as "gedaanOp"
     from tasks t join cases c on c.id = t.case_id
     where c.person_id = $1 order by t.vervalt_op, t.id`,
    [id],
  );
}
