// SPDX-License-Identifier: EUPL-1.2
/**
 * The worklist: open cases with where each stands — new, due today, overdue, waiting for others
 * (wijkteam, Halt, OM, beschermingstafel) or running — for one consultant, a team, or the
 * unassigned pile, filtered by school and gemeente.
 */
import type { Queryable } from '../../db/connect.ts';

export interface WorklistFilter {
  toewijzing: 'mij' | 'team' | 'niet_toegewezen' | 'alle';
  userId: number | null;
  team?: string | undefined;
  brin?: string | undefined;
  gemeente?: string | undefined;
  /** Gemeente scope of the user; null = the whole region. */
  scope: readonly string[] | null;
  today: string;
}

export interface WorklistRow {
  id: number;
  persoonId: number;
  naam: string;
  geboortedatum: string;
  status: string;
  groep: 'te_laat' | 'vandaag' | 'nieuw' | 'wacht' | 'lopend';
  geopendOp: string;
  meldingen: number;
  laatsteMelding: string | null;
  school: string | null;
  gemeente: string | null;
  toegewezenAan: string | null;
  team: string | null;
  eerstvolgendeTaak: string | null;
}

const LIMIT = 500;

export async function worklist(db: Queryable, filter: WorklistFilter) {
  const where = [`c.status <> 'AFGESLOTEN'`];
  const params: unknown[] = [filter.today];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (filter.toewijzing === 'mij') add('c.toegewezen_aan = ?', filter.userId);
  if (filter.toewijzing === 'team') add('c.team = ?', filter.team ?? '');
  if (filter.toewijzing === 'niet_toegewezen') where.push('c.toegewezen_aan is null');
  if (filter.gemeente) add('c.gemeente_code = ?', filter.gemeente);
  if (filter.scope) add('c.gemeente_code = any(?::text[])', [...filter.scope]);
  if (filter.brin) {
    add(
      'exists (select 1 from absence_reports a join schools s on s.id = a.school_id where a.case_id = c.id and s.brin = ?)',
      filter.brin.toUpperCase(),
    );
  }
  const rows = await db.query<WorklistRow>(
    `with open_cases as (
       select c.* from cases c where ${where.join(' and ')}
     ), facts as (
       select o.id,
              (select min(t.vervalt_op) from tasks t where t.case_id = o.id and t.gedaan_op is null) as taak,
              m.n, m.laatste, m.school
         from open_cases o
         left join lateral (
           select count(*)::int as n, max(a.gemeld_op) as laatste,
                  (array_agg(s.naam order by a.gemeld_op desc))[1] as school
             from absence_reports a join schools s on s.id = a.school_id where a.case_id = o.id
         ) m on true
     )
     select o.id, o.person_id as "persoonId",
            concat_ws(' ', p.voornamen, p.voorvoegsel, p.geslachtsnaam) as naam,
            to_char(p.geboortedatum, 'YYYY-MM-DD') as geboortedatum, o.status,
            case when f.taak < $1::date then 'te_laat'
                 when f.taak = $1::date then 'vandaag'
                 when o.status in ('IN_BEOORDELING', 'SIGNAAL') then 'nieuw'
                 when o.status in ('VRIJWILLIGE_HULP', 'HALT', 'PROCES_VERBAAL', 'CIVIEL') then 'wacht'
                 else 'lopend' end as groep,
            to_char(o.geopend_op, 'YYYY-MM-DD') as "geopendOp", f.n as meldingen,
            to_char(f.laatste, 'YYYY-MM-DD') as "laatsteMelding", f.school,
            coalesce(g.naam, o.gemeente_code) as gemeente, u.naam as "toegewezenAan", o.team,
            to_char(f.taak, 'YYYY-MM-DD') as "eerstvolgendeTaak"
       from open_cases o join facts f on f.id = o.id
       join persons p on p.id = o.person_id
       left join gemeenten g on g.code = o.gemeente_code
       left join users u on u.id = o.toegewezen_aan
      order by case when f.taak < $1::date then 0 when f.taak = $1::date then 1
                    when o.status in ('IN_BEOORDELING', 'SIGNAAL') then 2 else 3 end,
               coalesce(f.taak, o.geopend_op), o.id
      limit ${LIMIT + 1}`,
    params,
  );
  const counts = await db.query<{ groep: string; n: number }>(
    `select case when t.taak < $1::date then 'te_laat' when t.taak = $1::date then 'vandaag'
                 when c.status in ('IN_BEOORDELING', 'SIGNAAL') then 'nieuw'
                 when c.status in ('VRIJWILLIGE_HULP', 'HALT', 'PROCES_VERBAAL', 'CIVIEL') then 'wacht'
                 else 'lopend' end as groep, count(*)::int as n
       from cases c left join lateral (
         select min(vervalt_op) as taak from tasks where case_id = c.id and gedaan_op is null
       ) t on true
      where ${where.join(' and ')} group by 1`,
    params,
  );
  return {
    zaken: rows.slice(0, LIMIT),
    meer: rows.length > LIMIT,
    aantallen: Object.fromEntries(counts.map((c) => [c.groep, c.n])) as Record<string, number>,
  };
}
