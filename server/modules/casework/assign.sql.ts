// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';

/** Who can be given cases. */
export const ASSIGNABLE_ROLES = ['leerplichtconsulent', 'doorstroomcoach', 'teamleider'];

/** The active colleagues who can be given cases (for the assignment screens). */
export const listAssignable = (db: Queryable) =>
  db.query<{ id: number; naam: string; rol: string; team: string | null }>(
    'select id, naam, rol, team from users where actief and rol = any($1::text[]) order by naam',
    [ASSIGNABLE_ROLES],
  );

/** Refuses, in Dutch, a user who cannot be given cases. */
export async function assertAssignable(db: Queryable, userId: number): Promise<void> {
  const [user] = await db.query<{ rol: string }>('select rol from users where id = $1 and actief', [
    userId,
  ]);
  if (!user || !ASSIGNABLE_ROLES.includes(user.rol)) {
    throw new DomainFailure({
      code: 'cases.assignee_invalid',
      kind: 'invalid',
      message: 'Wijs dossiers toe aan een actieve consulent, coach of teamleider.',
    });
  }
}

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
