// SPDX-License-Identifier: EUPL-1.2
/**
 * No-show rates per team and month, for the effect measurement of seed 003 proposal 3 ("no-show
 * registratie voor effectmeting"). Counts only: no case, no person.
 */
import type { Queryable } from '../../../db/connect.ts';
import { noShowPercentage, TIJDZONE } from '../appointment.ts';
import type { Scope } from './case-access.ts';

export interface NoShowRate {
  /** cases.team; `null` for cases without a team. */
  team: string | null;
  /** `YYYY-MM` of the appointment, Dutch time. */
  maand: string;
  gehouden: number;
  noShow: number;
  /** noShow ÷ (gehouden + noShow) × 100, one decimal. */
  percentage: number | null;
}

/** Appointments that ended as gehouden or no_show, per team and month; `van`/`tot` are months (inclusive). */
export async function noShowRates(
  db: Queryable,
  filter: { scope: Scope; van?: string | undefined; tot?: string | undefined },
): Promise<NoShowRate[]> {
  const rows = await db.query<{
    team: string | null;
    maand: string;
    gehouden: number;
    no_show: number;
  }>(
    `select team, maand, count(*) filter (where status = 'gehouden')::int as gehouden,
            count(*) filter (where status = 'no_show')::int as no_show
       from (select c.team, a.status,
                    to_char(a.tijdstip at time zone '${TIJDZONE}', 'YYYY-MM') as maand
               from appointments a join cases c on c.id = a.case_id
              where a.status in ('gehouden', 'no_show')
                and ($1::text[] is null or c.gemeente_code = any($1::text[]))) x
      where ($2::text is null or maand >= $2) and ($3::text is null or maand <= $3)
      group by team, maand order by maand, team nulls last`,
    [filter.scope === null ? null : [...filter.scope], filter.van ?? null, filter.tot ?? null],
  );
  return rows.map((r) => ({
    team: r.team,
    maand: r.maand,
    gehouden: r.gehouden,
    noShow: r.no_show,
    percentage: noShowPercentage(r.gehouden, r.no_show),
  }));
}
