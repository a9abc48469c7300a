// SPDX-License-Identifier: EUPL-1.2
/**
 * Time spent, in minutes: explicit time entries (casework on a case, or other work) plus the
 * minutes recorded on meetings, activities, advice questions, jaargesprekken and overstap
 * reviews. One view (`TIME_ROWS`) so every summary counts the same way. Ring: 0 = kern
 * (casework), 1–3 the seed 003 rings, null = outside the rings (advice, schools, overstap).
 */
import type { Queryable } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import type { TimeKind } from '../../../shared/office-kinds.ts';

/** Every minute registered anywhere: user, day, kind, ring, minutes. Params: $1 van, $2 tot en met. */
const TIME_ROWS = `
  select t.user_id, t.datum, t.soort, case when t.soort = 'casus' then 0 end as ring, t.minuten
    from office_time_entries t where t.datum between $1 and $2
  union all
  select coalesce(d.uid::int, m.user_id), m.datum, 'mdo', m.ring, m.minuten
    from office_meetings m
    left join lateral jsonb_array_elements_text(m.deelnemer_ids) d(uid) on true
   where m.deelgenomen and m.minuten is not null and m.datum between $1 and $2
  union all
  select a.user_id, a.datum, 'preventie',
         case when a.soort = 'preventief_spreekuur' and a.vorm = 'online' then 1 else 2 end, a.minuten
    from office_activities a where a.minuten is not null and a.datum between $1 and $2
  union all
  select q.user_id, q.datum, 'advies', null, q.minuten
    from office_advice_questions q where q.minuten is not null and q.datum between $1 and $2
  union all
  select j.user_id, j.datum, 'scholen', null, j.minuten
    from office_school_meetings j where j.minuten is not null and j.datum between $1 and $2
  union all
  select r.user_id, r.datum, 'overstap', null, r.minuten
    from office_transfer_reviews r where r.minuten is not null and r.datum between $1 and $2`;

const TEAM = `coalesce(u.team, (select min(r.team) from assignment_rules r where r.user_id = u.id), 'Zonder team')`;

export interface NewTimeEntry {
  datum: string;
  minuten: number;
  soort: TimeKind;
  caseId: number | null;
  notitie: string | null;
}

/** Records minutes; a case entry needs an existing case, and only casework is linked to a case. */
export async function createTimeEntry(
  db: Queryable,
  e: NewTimeEntry,
  userId: number,
): Promise<number> {
  if (e.caseId !== null) {
    const [found] = await db.query('select 1 from cases where id = $1', [e.caseId]);
    if (!found) {
      throw new DomainFailure({
        code: 'office.unknown_case',
        kind: 'invalid',
        message: 'Dit dossier bestaat niet.',
      });
    }
  }
  const [row] = await db.query<{ id: number }>(
    `insert into office_time_entries (user_id, datum, minuten, soort, case_id, notitie)
     values ($1,$2,$3,$4,$5,$6) returning id`,
    [userId, e.datum, e.minuten, e.caseId !== null ? 'casus' : e.soort, e.caseId, e.notitie],
  );
  return row!.id;
}

export interface TimeSummaryRow {
  maand: string;
  gebruikerId: number | null;
  naam: string;
  team: string;
  soort: TimeKind;
  ring: number | null;
  minuten: number;
  registraties: number;
}

/** Minutes per month, consultant, team, kind and ring. */
export async function timeSummary(db: Queryable, span: { van: string; totEnMet: string }) {
  return db.query<TimeSummaryRow>(
    `select to_char(x.datum, 'YYYY-MM') as maand, u.id as "gebruikerId", coalesce(u.naam, 'Onbekend') as naam,
            ${TEAM} as team, x.soort, x.ring, sum(x.minuten)::int as minuten, count(*)::int as registraties
       from (${TIME_ROWS}) x left join users u on u.id = x.user_id
      group by 1, u.id, u.naam, u.team, x.soort, x.ring
      order by 1, 4, 3, 5`,
    [span.van, span.totEnMet],
  );
}

/** Per team and month, how the time was split between kinds of work (minutes and share in %). */
export async function teamTimeSplit(db: Queryable, span: { van: string; totEnMet: string }) {
  return db.query<{
    maand: string;
    team: string;
    soort: TimeKind;
    minuten: number;
    procent: number;
  }>(
    `with t as (
       select to_char(x.datum, 'YYYY-MM') as maand, ${TEAM} as team, x.soort, sum(x.minuten)::int as minuten
         from (${TIME_ROWS}) x left join users u on u.id = x.user_id group by 1, 2, 3)
     select maand, team, soort, minuten,
            round(100.0 * minuten / nullif(sum(minuten) over (partition by maand, team), 0))::int as procent
       from t order by maand, team, minuten desc`,
    [span.van, span.totEnMet],
  );
}

/**
 * For the dashboard and the policy what-if: the average minutes of one registration per kind of
 * work in the span (only registrations with minutes count), with how many there were.
 */
export async function averageMinutesPerActivity(
  db: Queryable,
  span: { van: string; totEnMet: string },
): Promise<
  { soort: TimeKind; registraties: number; gemiddeldeMinuten: number; totaalMinuten: number }[]
> {
  return db.query(
    `select x.soort, count(*)::int as registraties, round(avg(x.minuten))::int as "gemiddeldeMinuten",
            sum(x.minuten)::int as "totaalMinuten"
       from (${TIME_ROWS}) x group by x.soort order by x.soort`,
    [span.van, span.totEnMet],
  );
}
