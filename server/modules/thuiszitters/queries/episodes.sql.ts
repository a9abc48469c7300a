// SPDX-License-Identifier: EUPL-1.2
/**
 * Episodes as the screens need them: the worklist (overdue threshold task first, then longest at
 * home), the thuiszitterstafel list (> 3 months), and the episodes of one person or case.
 * The school is the one chosen, else the last enrolment before the start, else the school that
 * reported the absence. Scope: a user scoped to gemeenten sees the episodes whose case belongs to those gemeenten.
 */
import type { Queryable } from '../../../db/connect.ts';
import { livesOnSql } from '../../persons/queries/residence.sql.ts';
import type { Eindsituatie, EpisodeType, Onderwijsdeelname, Oorzaak } from '../episode.ts';
import { daysAtHome, onTafel } from '../thresholds.ts';

export interface EpisodeRow {
  id: number;
  personId: number;
  caseId: number;
  naam: string;
  gemeenteCode: string | null;
  gemeente: string | null;
  schoolId: number | null;
  school: string | null;
  brin: string | null;
  startdatum: string;
  einddatum: string | null;
  eindsituatie: Eindsituatie | null;
  type: EpisodeType;
  onderwijsdeelname: Onderwijsdeelname;
  onderwijsdeelnameVanaf: string | null;
  oorzaak: Oorzaak;
  regie: string;
  wachtlijst: string | null;
  wachtlijstSinds: string | null;
  volgendeTaak: string | null;
  volgendeTaakOp: string | null;
  openTaken: { id: number; omschrijving: string; vervaltOp: string }[];
}

export interface Episode extends EpisodeRow {
  dagen: number;
  opTafel: boolean;
  teLaat: boolean;
}

export interface EpisodeFilter {
  scope: readonly string[] | null;
  today: string;
  alleenOpen?: boolean;
  gemeente?: string;
  brin?: string;
  personId?: number;
  caseId?: number;
}

const day = (col: string) => `to_char(${col}, 'YYYY-MM-DD')`;

/** The select every episode query shares; `$1` is today, `$2` the scope. */
export const EPISODE_SELECT = `
  select e.id, e.person_id as "personId", e.case_id as "caseId",
         concat_ws(' ', p.voornamen, p.voorvoegsel, p.geslachtsnaam) as naam,
         r.gemeente_code as "gemeenteCode", g.naam as gemeente,
         s.id as "schoolId", s.naam as school, s.brin,
         ${day('e.startdatum')} as startdatum, ${day('e.einddatum')} as einddatum, e.eindsituatie,
         e.type, e.onderwijsdeelname, ${day('e.onderwijsdeelname_vanaf')} as "onderwijsdeelnameVanaf",
         e.oorzaak, e.regie, e.wachtlijst, ${day('e.wachtlijst_sinds')} as "wachtlijstSinds",
         t.omschrijving as "volgendeTaak", ${day('t.vervalt_op')} as "volgendeTaakOp",
         (select coalesce(json_agg(json_build_object('id', k.id, 'omschrijving', k.omschrijving,
                   'vervaltOp', ${day('k.vervalt_op')}) order by k.vervalt_op), '[]'::json)
            from thuiszitter_tasks tt join tasks k on k.id = tt.task_id
           where tt.episode_id = e.id and k.gedaan_op is null) as "openTaken"
    from thuiszitter_episodes e
    join persons p on p.id = e.person_id
    join cases c on c.id = e.case_id
    left join lateral (select r.gemeente_code from residence_periods r
                        where r.person_id = p.id and ${livesOnSql('r', 'p', '$1::date')} limit 1) r on true
    left join gemeenten g on g.code = r.gemeente_code
    left join lateral (
      select x.school_id from enrolments x
       where x.person_id = p.id and x.datum_inschrijving <= e.startdatum
       order by x.datum_inschrijving desc limit 1) en on true
    left join lateral (
      select a.school_id from absence_reports a
       where a.person_id = p.id and a.gemeld_op <= coalesce(e.einddatum, $1::date)
       order by a.gemeld_op desc limit 1) ar on true
    left join schools s on s.id = coalesce(e.school_id, en.school_id, ar.school_id)
    left join lateral (
      select k.omschrijving, k.vervalt_op from thuiszitter_tasks tt join tasks k on k.id = tt.task_id
       where tt.episode_id = e.id and k.gedaan_op is null
       -- The latest threshold passed (3 months outranks 4 weeks), else the next one to come.
       order by k.vervalt_op <= $1::date desc,
                case when k.vervalt_op <= $1::date then k.vervalt_op end desc, k.vervalt_op
       limit 1) t on true
   where ($2::text[] is null or c.gemeente_code = any($2::text[]))`;

/** Episodes matching the filter, what is due first on top: overdue task, then longest at home. */
export async function listEpisodes(db: Queryable, f: EpisodeFilter): Promise<Episode[]> {
  const params: unknown[] = [f.today, f.scope === null ? null : [...f.scope]];
  const where: string[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (f.alleenOpen) where.push('e.einddatum is null');
  if (f.gemeente) add('r.gemeente_code = ?', f.gemeente);
  if (f.brin) add('s.brin = ?', f.brin);
  if (f.personId) add('e.person_id = ?', f.personId);
  if (f.caseId) add('e.case_id = ?', f.caseId);
  const rows = await db.query<EpisodeRow>(
    `${EPISODE_SELECT} ${where.map((w) => `and ${w}`).join(' ')}
     order by t.vervalt_op <= $1::date desc nulls last, e.startdatum, e.id`,
    params,
  );
  return rows.map((r) => ({
    ...r,
    dagen: daysAtHome(r.startdatum, r.einddatum, f.today),
    opTafel: onTafel(r.startdatum, r.einddatum, f.today),
    teLaat: r.volgendeTaakOp !== null && r.volgendeTaakOp <= f.today,
  }));
}
