// SPDX-License-Identifier: EUPL-1.2
/**
 * Loads the case facts for the dashboard: the cases active in the period or open now, within the
 * actor's gemeente scope (the rule of casework/case-scope.sql.ts) and the team/gemeente filter.
 * Counts and dates only: no names of young persons, no BSN.
 */
import { Temporal } from '@js-temporal/polyfill';
import type { Queryable } from '../../db/connect.ts';
import { TIJDZONE } from '../appointments/appointment.ts';
import type { Scope } from '../casework/case-scope.sql.ts';
import type { Appointment, CaseFact } from './facts.ts';

export interface FactFilter {
  van: string;
  totEnMet: string;
  team?: string | undefined;
  gemeente?: string | undefined;
  scope: Scope;
  today: string;
}

/** The last day of the week (Sunday) of `today`. */
export function endOfWeek(today: string): string {
  const d = Temporal.PlainDate.from(today);
  return d.add({ days: 7 - d.dayOfWeek }).toString();
}

/** The case facts the dashboard and its drill-down count. */
export async function loadCaseFacts(db: Queryable, filter: FactFilter): Promise<CaseFact[]> {
  const rows = await db.query<Omit<CaseFact, 'meldingen' | 'afspraken'>>(
    `select c.id, c.soort, c.status, to_char(c.geopend_op, 'YYYY-MM-DD') as "geopendOp",
            to_char(c.gesloten_op, 'YYYY-MM-DD') as "geslotenOp", c.team, c.gemeente_code as gemeente,
            c.toegewezen_aan as "consulentId", u.naam as "consulentNaam",
            coalesce(t.te_laat, 0)::int as "takenTeLaat", coalesce(t.deze_week, 0)::int as "takenDezeWeek",
            exists (select 1 from absence_reports a where a.case_id = c.id
                     and a.duo_status is not null and a.duo_verzonden_op is null) as "duoTeVersturen",
            exists (select 1 from case_events e where e.case_id = c.id and e.soort = 'brief_gepland'
                     and e.datum >= $5::date - 56
                     and not exists (select 1 from letters l join letter_templates lt on lt.id = l.template_id
                                      where l.case_id = e.case_id and lt.sleutel = e.gegevens->>'sleutel'
                                        and l.created_at::date >= e.datum)) as "briefKlaar"
       from cases c
       left join users u on u.id = c.toegewezen_aan
       left join lateral (
         select count(*) filter (where vervalt_op < $5::date) as te_laat,
                count(*) filter (where vervalt_op >= $5::date and vervalt_op <= $6::date) as deze_week
           from tasks where case_id = c.id and gedaan_op is null
       ) t on true
      where (c.gesloten_op is null or (c.geopend_op <= $2::date and c.gesloten_op >= $1::date))
        and ($3::text[] is null or c.gemeente_code = any($3::text[]))
        and ($4::text is null or c.team = $4)
        and ($7::text is null or c.gemeente_code = $7)
      order by c.id`,
    [
      filter.van,
      filter.totEnMet,
      filter.scope === null ? null : [...filter.scope],
      filter.team ?? null,
      filter.today,
      endOfWeek(filter.today),
      filter.gemeente ?? null,
    ],
  );
  const ids = rows.map((r) => r.id);
  const meldingen = await db.query<{ caseId: number; datum: string }>(
    `select case_id as "caseId", to_char(gemeld_op, 'YYYY-MM-DD') as datum from absence_reports
      where case_id = any($1::int[]) and gemeld_op between $2::date and $3::date`,
    [ids, filter.van, filter.totEnMet],
  );
  const afspraken = await db.query<Appointment & { caseId: number }>(
    `select case_id as "caseId", status, herinnering_verstuurd_op is not null as herinnerd,
            to_char(tijdstip at time zone '${TIJDZONE}', 'YYYY-MM-DD') as datum
       from appointments where case_id = any($1::int[]) and status in ('gehouden', 'no_show')`,
    [ids],
  );
  const byCase = <T extends { caseId: number }>(list: T[]) => {
    const map = new Map<number, T[]>();
    for (const item of list) map.set(item.caseId, [...(map.get(item.caseId) ?? []), item]);
    return map;
  };
  const m = byCase(meldingen);
  const a = byCase(afspraken);
  return rows.map((r) => ({
    ...r,
    meldingen: (m.get(r.id) ?? []).map((x) => x.datum),
    afspraken: (a.get(r.id) ?? []).map(({ datum, status, herinnerd }) => ({
      datum,
      status,
      herinnerd,
    })),
  }));
}
