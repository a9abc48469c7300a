// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../../db/connect.ts';

/** The teamleider's view: per consultant the open cases and how many are new, due or overdue. */
export async function teamOverview(db: Queryable, today: string, team: string | null) {
  return db.query<{
    gebruikerId: number | null;
    naam: string;
    team: string | null;
    open: number;
    nieuw: number;
    vandaag: number;
    teLaat: number;
  }>(
    // Cases opened outside the melding intake (an exemption request, a thuiszitter episode) carry
    // no team; they count in the team of the consultant's assignment rules.
    `with open_cases as (
       select c.*, coalesce(c.team, (select min(r.team) from assignment_rules r
                                       where r.user_id = c.toegewezen_aan)) as eff_team
         from cases c where c.status <> 'AFGESLOTEN')
     select u.id as "gebruikerId", coalesce(u.naam, 'Niet toegewezen') as naam, c.eff_team as team,
            count(*)::int as open,
            count(*) filter (where c.status in ('IN_BEOORDELING', 'SIGNAAL'))::int as nieuw,
            count(*) filter (where t.taak = $1::date)::int as vandaag,
            count(*) filter (where t.taak < $1::date)::int as "teLaat"
       from open_cases c
       left join users u on u.id = c.toegewezen_aan
       left join lateral (select min(vervalt_op) as taak from tasks where case_id = c.id and gedaan_op is null) t on true
      where ($2::text is null or c.eff_team = $2)
      group by u.id, u.naam, c.eff_team
      order by u.id is null desc, "teLaat" desc, naam`,
    [today, team],
  );
}
