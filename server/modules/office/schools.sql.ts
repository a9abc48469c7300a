// SPDX-License-Identifier: EUPL-1.2
/**
 * Schools as partners: each location's consultants by task (assignment_rules), the yearly
 * meeting (jaargesprek) with its fixed agenda, and the figures a consultant brings to it.
 */
import type { Queryable } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { JAARGESPREK_AGENDA } from '../../../shared/office-kinds.ts';

export interface SchoolFigures {
  schoolId: number;
  naam: string;
  brin: string;
  vestiging: string;
  sector: string;
  gemeente: string;
  consulenten: string[];
  meldingen: number;
  /** Median days between the start of the absence (verzuim_van) and the melding (gemeld_op). */
  mediaanDagenTotMelding: number | null;
  /** Share of meldingen within 5 days of the start of the absence, in %. */
  procentBinnen5Dagen: number | null;
  procentGeenActieGewenst: number | null;
  /** Null when the thuiszitters module is not present. */
  thuiszitters: number | null;
  laatsteJaargesprek: string | null;
}

const hasThuiszitters = async (db: Queryable) =>
  (
    await db.query<{ ok: boolean }>(`select to_regclass('thuiszitter_episodes') is not null as ok`)
  )[0]?.ok ?? false;

/** Per school location: its consultants and its meldingen figures over the span. */
export async function schoolFigures(
  db: Queryable,
  span: { van: string; totEnMet: string },
  schoolId: number | null = null,
): Promise<SchoolFigures[]> {
  const thuiszitters = (await hasThuiszitters(db))
    ? `(select count(distinct t.person_id)::int from thuiszitter_episodes t where t.school_id = s.id
         and t.startdatum <= $2 and (t.einddatum is null or t.einddatum >= $1))`
    : 'null::int';
  return db.query<SchoolFigures>(
    `select s.id as "schoolId", s.naam, s.brin, s.vestiging, s.sector, coalesce(g.naam, s.gemeente_code) as gemeente,
            coalesce((select json_agg(distinct u.naam || ' (' || r.taak || ')') from assignment_rules r
                        join users u on u.id = r.user_id where r.school_id = s.id), '[]'::json) as consulenten,
            count(a.id)::int as meldingen,
            percentile_cont(0.5) within group (order by (a.gemeld_op - a.verzuim_van))::float as "mediaanDagenTotMelding",
            round(100.0 * count(a.id) filter (where a.gemeld_op - a.verzuim_van <= 5) / nullif(count(a.id), 0))::int as "procentBinnen5Dagen",
            round(100.0 * count(a.id) filter (where not a.actie_gewenst) / nullif(count(a.id), 0))::int as "procentGeenActieGewenst",
            ${thuiszitters} as thuiszitters,
            (select to_char(max(j.datum), 'YYYY-MM-DD') from office_school_meetings j where j.school_id = s.id) as "laatsteJaargesprek"
       from schools s
       left join gemeenten g on g.code = s.gemeente_code
       left join absence_reports a on a.school_id = s.id and a.gemeld_op between $1 and $2
      where ($3::int is null or s.id = $3)
      group by s.id, g.naam
      order by count(a.id) desc, s.naam`,
    [span.van, span.totEnMet, schoolId],
  );
}

/** Records a jaargesprek; agenda notes only for the fixed agenda items. */
export async function createSchoolMeeting(
  db: Queryable,
  m: {
    schoolId: number;
    schooljaar: string;
    datum: string;
    agenda: Record<string, string>;
    afspraken: string | null;
    minuten: number | null;
  },
  userId: number | null,
): Promise<number> {
  const unknown = Object.keys(m.agenda).filter((k) => !Object.hasOwn(JAARGESPREK_AGENDA, k));
  if (unknown.length) {
    throw new DomainFailure({
      code: 'office.unknown_agenda_item',
      kind: 'invalid',
      message: 'Het jaargesprek heeft een vaste agenda; dit onderwerp staat er niet op.',
      details: { onderwerpen: unknown },
    });
  }
  const [row] = await db.query<{ id: number }>(
    `insert into office_school_meetings (school_id, schooljaar, datum, agenda, afspraken, minuten, user_id)
     values ($1,$2,$3,$4,$5,$6,$7) returning id`,
    [m.schoolId, m.schooljaar, m.datum, JSON.stringify(m.agenda), m.afspraken, m.minuten, userId],
  );
  return row!.id;
}

/** Jaargesprekken, newest first, optionally for one school. */
export async function listSchoolMeetings(db: Queryable, schoolId: number | null) {
  return db.query<{
    id: number;
    schoolId: number;
    school: string;
    schooljaar: string;
    datum: string;
    agenda: Record<string, string>;
    afspraken: string | null;
    minuten: number | null;
    medewerker: string | null;
  }>(
    `select j.id, j.school_id as "schoolId", s.naam as school, j.schooljaar, to_char(j.datum, 'YYYY-MM-DD') as datum,
            j.agenda, j.afspraken, j.minuten, u.naam as medewerker
       from office_school_meetings j join schools s on s.id = j.school_id left join users u on u.id = j.user_id
      where ($1::int is null or j.school_id = $1) order by j.datum desc, j.id desc`,
    [schoolId],
  );
}
