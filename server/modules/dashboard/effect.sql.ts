// SPDX-License-Identifier: EUPL-1.2
/** Loads the interventions and appointments for the effect measurement (effect.ts). */
import type { Queryable } from '../../db/connect.ts';
import { TIJDZONE } from '../appointments/appointment.ts';
import type { Scope } from '../casework/case-scope.sql.ts';
import { compareOutcomes, compareReminders, MIN_GROEP, type Intervention } from './effect.ts';

export interface EffectInput {
  van: string;
  totEnMet: string;
  scope: Scope;
  team?: string | undefined;
  gemeente?: string | undefined;
  today: string;
}

const CASE_FILTER = `($3::text[] is null or c.gemeente_code = any($3::text[]))
  and ($4::text is null or c.team = $4) and ($5::text is null or c.gemeente_code = $5)`;

/**
 * A case's first intervention: a kennisgevingsbrief (step or triage in kennisgevingsmodus, or the
 * afdoening `kennisgeving`), else a conversation (an appointment held, agreements made, or a case
 * closed with agreements or a warning, which both follow a conversation).
 */
async function interventions(db: Queryable, input: EffectInput): Promise<Intervention[]> {
  return db.query<Intervention>(
    `with i as (
       select c.id, c.person_id,
              coalesce(k.datum, case when c.afdoening = 'kennisgeving' then c.geopend_op end) as brief,
              coalesce(g.datum, case when c.afdoening in ('afspraken_gemaakt', 'waarschuwing_gegeven') then c.gesloten_op end) as gesprek
         from cases c
         left join lateral (
           select min(e.datum) as datum from case_events e
            where e.case_id = c.id and (e.soort = 'kennisgeving'
               or (e.soort = 'triage' and e.gegevens->>'toestand' = 'KENNISGEVING_VERSTUURD'))
         ) k on true
         left join lateral (
           select min(d) as datum from (
             select (a.tijdstip at time zone '${TIJDZONE}')::date as d from appointments a
              where a.case_id = c.id and a.status = 'gehouden'
             union all
             select e.datum from case_events e where e.case_id = c.id and e.soort = 'afspraken_gemaakt'
           ) x
         ) g on true
        where ${CASE_FILTER}
          -- An intervention lies within its case's life: only cases active in the period qualify.
          and c.geopend_op <= $2::date and (c.gesloten_op is null or c.gesloten_op >= $1::date)
     ), chosen as (
       select id, person_id, case when brief is not null then 'kennisgevingsbrief' else 'gesprek' end as groep,
              coalesce(brief, gesprek) as datum
         from i where brief is not null or gesprek is not null
     )
     -- A join, not a correlated min(): the planner would walk the gemeld_op index per case.
     select ch.id as "caseId", ch.groep, to_char(ch.datum, 'YYYY-MM-DD') as datum,
            to_char(min(r.gemeld_op), 'YYYY-MM-DD') as "volgendeMelding"
       from chosen ch
       left join absence_reports r on r.person_id = ch.person_id and r.gemeld_op > ch.datum
      where ch.datum between $1::date and $2::date
      group by ch.id, ch.groep, ch.datum
      order by ch.id`,
    [input.van, input.totEnMet, ...filterParams(input)],
  );
}

const filterParams = (input: EffectInput) => [
  input.scope === null ? null : [...input.scope],
  input.team ?? null,
  input.gemeente ?? null,
];

/** Outcomes after letter vs conversation, and no-show with vs without a reminder, in the period. */
export async function measureEffects(db: Queryable, input: EffectInput) {
  const appointments = await db.query<{ status: 'gehouden' | 'no_show'; herinnerd: boolean }>(
    `select a.status, a.herinnering_verstuurd_op is not null as herinnerd
       from appointments a join cases c on c.id = a.case_id
      where a.status in ('gehouden', 'no_show')
        and (a.tijdstip at time zone '${TIJDZONE}')::date between $1::date and $2::date
        and ${CASE_FILTER}`,
    [input.van, input.totEnMet, ...filterParams(input)],
  );
  return {
    minimaleGroep: MIN_GROEP,
    uitkomsten: compareOutcomes(await interventions(db, input), input.today),
    herinneringen: compareReminders(appointments),
  };
}
