// SPDX-License-Identifier: EUPL-1.2
/**
 * Prevention and voorlichting activities. There is no person field on purpose: vertrouwelijke
 * preventie registers no individuals (seed 002), so only counts of pupils reached are kept.
 */
import type { Queryable } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import type { ActivityType } from '../../../shared/office-kinds.ts';

export interface NewActivity {
  soort: ActivityType;
  datum: string;
  schoolId: number | null;
  gemeenteCode: string | null;
  sector: string | null;
  vorm: 'online' | 'fysiek';
  aantalBereikt: number;
  aantalKlassen: number | null;
  minuten: number | null;
  notitie: string | null;
}

export interface Activity extends NewActivity {
  id: number;
  school: string | null;
  medewerker: string | null;
}

/** Registers an activity; sector and gemeente default to the school's. */
export async function createActivity(
  db: Queryable,
  a: NewActivity,
  userId: number | null,
): Promise<number> {
  const [school] = a.schoolId
    ? await db.query<{ sector: string; gemeente_code: string }>(
        'select sector, gemeente_code from schools where id = $1',
        [a.schoolId],
      )
    : [];
  if (a.schoolId && !school) {
    throw new DomainFailure({
      code: 'office.unknown_school',
      kind: 'invalid',
      message: 'Deze school bestaat niet.',
    });
  }
  const [row] = await db.query<{ id: number }>(
    `insert into office_activities (soort, datum, school_id, sector, gemeente_code, vorm,
       aantal_bereikt, aantal_klassen, minuten, notitie, user_id)
     values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) returning id`,
    [
      a.soort,
      a.datum,
      a.schoolId,
      a.sector ?? school?.sector ?? null,
      a.gemeenteCode ?? school?.gemeente_code ?? null,
      a.vorm,
      a.aantalBereikt,
      a.aantalKlassen,
      a.minuten,
      a.notitie,
      userId,
    ],
  );
  return row!.id;
}

/** Activities in a period, newest first. */
export async function listActivities(db: Queryable, span: { van: string; totEnMet: string }) {
  return db.query<Activity>(
    `select a.id, a.soort, to_char(a.datum, 'YYYY-MM-DD') as datum, a.school_id as "schoolId",
            a.gemeente_code as "gemeenteCode", a.sector, a.vorm, a.aantal_bereikt as "aantalBereikt",
            a.aantal_klassen as "aantalKlassen", a.minuten, a.notitie, s.naam as school, u.naam as medewerker
       from office_activities a left join schools s on s.id = a.school_id left join users u on u.id = a.user_id
      where a.datum between $1 and $2 order by a.datum desc, a.id desc`,
    [span.van, span.totEnMet],
  );
}

/** Counts per kind, sector and gemeente: activities, classes and pupils reached. */
export async function activityTotals(db: Queryable, span: { van: string; totEnMet: string }) {
  return db.query<{
    soort: ActivityType;
    sector: string;
    gemeente: string;
    activiteiten: number;
    klassen: number;
    bereikt: number;
  }>(
    `select a.soort, coalesce(a.sector, 'onbekend') as sector,
            coalesce(g.naam, a.gemeente_code, 'onbekend') as gemeente,
            count(*)::int as activiteiten, coalesce(sum(a.aantal_klassen), 0)::int as klassen,
            coalesce(sum(a.aantal_bereikt), 0)::int as bereikt
       from office_activities a left join gemeenten g on g.code = a.gemeente_code
      where a.datum between $1 and $2
      group by 1, 2, 3 order by 1, 2, 3`,
    [span.van, span.totEnMet],
  );
}
