// SPDX-License-Identifier: EUPL-1.2
/** Reads for the Doorstroompunt day list and the case panel. Callers record the audit entry. */
import type { Queryable } from '../../db/connect.ts';
import type { Scope } from '../casework/case-scope.sql.ts';
import { CADENCE_TASK } from './doorstroompunt.ts';

const NAAM = `concat_ws(' ', p.voornamen, p.voorvoegsel, p.geslachtsnaam)`;
const IN_SCOPE = `($2::text[] is null or c.gemeente_code = any($2::text[]))`;
const MINE = `($3::int is null or c.toegewezen_aan = $3::int)`;

export interface DayListFilter {
  today: string;
  scope: Scope;
  /** Only cases of this user; null = everyone's. */
  userId: number | null;
}

/**
 * What a doorstroomcoach starts the day with: cadence tasks by due date (overdue first), the
 * youth not reached yet, running trajectories, and 18+ verzuimmeldingen still open.
 */
export async function dayList(db: Queryable, f: DayListFilter) {
  const params = [f.today, f.scope === null ? null : [...f.scope], f.userId];
  const taken = await db.query<{
    taakId: number;
    zaakId: number;
    naam: string;
    omschrijving: string;
    vervaltOp: string;
    teLaat: boolean;
  }>(
    `select t.id as "taakId", c.id as "zaakId", ${NAAM} as naam, t.omschrijving,
            to_char(t.vervalt_op, 'YYYY-MM-DD') as "vervaltOp", t.vervalt_op < $1::date as "teLaat"
       from tasks t join cases c on c.id = t.case_id join persons p on p.id = c.person_id
      where c.soort = 'doorstroompunt' and c.gesloten_op is null and t.gedaan_op is null
        and t.soort like '${CADENCE_TASK}%' and t.vervalt_op <= $1::date + 7
        and ${IN_SCOPE} and ${MINE}
      order by t.vervalt_op, t.id limit 200`,
    params,
  );
  const nietBereikt = await db.query<{
    zaakId: number;
    naam: string;
    status: string;
    geopendOp: string;
    pogingen: number;
    laatstePoging: string | null;
  }>(
    `select c.id as "zaakId", ${NAAM} as naam, c.status, to_char(c.geopend_op, 'YYYY-MM-DD') as "geopendOp",
            count(k.id)::int as pogingen, to_char(max(k.datum), 'YYYY-MM-DD') as "laatstePoging"
       from cases c join persons p on p.id = c.person_id
       left join doorstroompunt_contacts k on k.case_id = c.id
      where c.soort = 'doorstroompunt' and c.status in ('CONTACTRITME', 'NIET_BEREIKT')
        and $1::date is not null and ${IN_SCOPE} and ${MINE}
      group by c.id, p.id order by c.geopend_op, c.id limit 200`,
    params,
  );
  const trajecten = await db.query<{
    zaakId: number;
    naam: string;
    gestartOp: string;
    afspraken: number;
  }>(
    `select c.id as "zaakId", ${NAAM} as naam, to_char(tr.gestart_op, 'YYYY-MM-DD') as "gestartOp", tr.afspraken
       from doorstroompunt_trajectories tr join cases c on c.id = tr.case_id
       join persons p on p.id = c.person_id
      where tr.beeindigd_op is null and $1::date is not null and ${IN_SCOPE} and ${MINE}
      order by tr.gestart_op, c.id limit 200`,
    params,
  );
  const meldingen18 = await db.query<{
    zaakId: number;
    naam: string;
    gemeldOp: string;
    school: string;
    status: string;
  }>(
    // 18+ meldingen arrive through the verzuimmeldingen import as relatief-verzuim cases (seed 000
    // ch. 4); the coach sees them here, read-only, and works them on the case page.
    `select distinct on (c.id) c.id as "zaakId", ${NAAM} as naam,
            to_char(a.gemeld_op, 'YYYY-MM-DD') as "gemeldOp", s.naam as school, c.status
       from absence_reports a join cases c on c.id = a.case_id
       join persons p on p.id = c.person_id join schools s on s.id = a.school_id
      where a.verzuimsoort = '18_plus' and c.gesloten_op is null and a.gemeld_op <= $1::date
        and ${IN_SCOPE} and ${MINE}
      order by c.id, a.gemeld_op desc limit 200`,
    params,
  );
  return { taken, nietBereikt, trajecten, meldingen18 };
}

/** Everything the case panel shows for one doorstroompunt case; undefined for other soorten. */
export async function casePanel(db: Queryable, caseId: number) {
  const [kase] = await db.query<{ soort: string; status: string; gesloten: boolean }>(
    'select soort, status, gesloten_op is not null as gesloten from cases where id = $1',
    [caseId],
  );
  if (!kase || kase.soort !== 'doorstroompunt') return undefined;
  const registraties = await db.query<{
    datumUitval: string;
    laatsteBrin: string;
    opleiding: string | null;
    niveau: string | null;
    cohort: string;
    lijstdatum: string;
  }>(
    `select to_char(datum_uitval, 'YYYY-MM-DD') as "datumUitval", laatste_brin as "laatsteBrin",
            opleiding, niveau, cohort, to_char(lijstdatum, 'YYYY-MM-DD') as lijstdatum
       from vsv_registrations where case_id = $1 order by datum_uitval`,
    [caseId],
  );
  const contactpogingen = await db.query<{
    id: number;
    datum: string;
    kanaal: string;
    resultaat: string;
    door: string;
  }>(
    `select id, to_char(datum, 'YYYY-MM-DD') as datum, kanaal, resultaat, door
       from doorstroompunt_contacts where case_id = $1 order by datum, id`,
    [caseId],
  );
  const [eersteContact] = await db.query<{
    datum: string;
    dagbesteding: string;
    inkomenscategorie: string;
    inkomenPeildatum: string;
  }>(
    `select to_char(datum, 'YYYY-MM-DD') as datum, dagbesteding, inkomenscategorie,
            to_char(inkomen_peildatum, 'YYYY-MM-DD') as "inkomenPeildatum"
       from doorstroompunt_first_contacts where case_id = $1`,
    [caseId],
  );
  const trajecten = await db.query<{
    id: number;
    gestartOp: string;
    afspraken: number;
    beeindigdOp: string | null;
    uitstroomreden: string | null;
    bestemming: string | null;
  }>(
    `select id, to_char(gestart_op, 'YYYY-MM-DD') as "gestartOp", afspraken,
            to_char(beeindigd_op, 'YYYY-MM-DD') as "beeindigdOp", uitstroomreden, bestemming
       from doorstroompunt_trajectories where case_id = $1 order by gestart_op, id`,
    [caseId],
  );
  const taken = await db.query<{ id: number; omschrijving: string; vervaltOp: string }>(
    `select id, omschrijving, to_char(vervalt_op, 'YYYY-MM-DD') as "vervaltOp" from tasks
      where case_id = $1 and gedaan_op is null and soort like '${CADENCE_TASK}%' order by vervalt_op, id`,
    [caseId],
  );
  return {
    status: kase.status,
    gesloten: kase.gesloten,
    registraties,
    contactpogingen,
    eersteContact: eersteContact ?? null,
    trajecten,
    taken,
  };
}
