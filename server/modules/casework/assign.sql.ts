// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../../db/connect.ts';

/**
 * Applies the school-location rules to open cases nobody has yet (after rules were added or
 * changed); the task (short or long absence) of the latest melding decides which rule fits.
 */
export async function assignUnassigned(db: Queryable): Promise<number> {
  const rows = await db.query(
    `update cases c set toegewezen_aan = r.user_id, team = coalesce(c.team, r.team)
       from (select distinct on (a.case_id) a.case_id, a.school_id,
                    case when a.verzuimsoort = 'langdurig' then 'lang' else 'kort' end as taak
               from absence_reports a where a.case_id is not null
              order by a.case_id, a.gemeld_op desc, a.id desc) m
       join lateral (
         select r.user_id, r.team from assignment_rules r join users u on u.id = r.user_id
          where u.actief and r.school_id = m.school_id and r.taak in (m.taak, 'alle') order by r.id limit 1
       ) r on true
      where c.id = m.case_id and c.toegewezen_aan is null and c.status <> 'AFGESLOTEN'
      returning c.id`,
  );
  return rows.length;
}
