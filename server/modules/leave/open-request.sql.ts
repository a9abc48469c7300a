// SPDX-License-Identifier: EUPL-1.2
/**
 * Opening a leave request (W8 8.1): a case of soort `verlof` with the request row. The rules
 * engine counts the school days and says who decides (art. 11g / 14 Lpw, first two lesweken);
 * the school is the pupil's current one unless given.
 */
import type { Queryable } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { calendarFor, compareDates, isIsoDate } from '../rules/index.ts';
import { loadRuleSettings } from '../settings/settings.sql.ts';
import { listSchoolHolidays } from '../settings/school-holidays.sql.ts';
import { seedDecisionTemplates } from '../exemptions/letter-templates.sql.ts';
import { assessLeave } from './assess.ts';

export interface OpenLeaveInput {
  personId: number;
  van: string;
  totEnMet: string;
  reden: string;
  schoolId?: number;
  bron: 'medewerker' | 'formulier';
  actor: string;
  /** The opening date (`ctx.today()`): the case's `geopend_op` and the event's date. */
  today: string;
}

const invalid = (message: string) =>
  new DomainFailure({ code: 'leave.invalid', kind: 'invalid', message });

/** Opens the case and request for leave; returns the new case id. */
export async function openLeaveRequest(
  tx: Queryable,
  input: OpenLeaveInput,
): Promise<{ caseId: number }> {
  if (!isIsoDate(input.van) || !isIsoDate(input.totEnMet)) {
    throw invalid('Vul de periode in als JJJJ-MM-DD.');
  }
  if (compareDates(input.van, input.totEnMet) > 0) {
    throw invalid('De eerste dag van het verlof moet op of vóór de laatste dag liggen.');
  }
  if (!input.reden.trim()) throw invalid('Vul de reden van het verlof in.');
  if (!isIsoDate(input.today)) throw invalid('De datum van vandaag ontbreekt.');
  const [person] = await tx.query<{ gemeente: string | null; schoolId: number | null }>(
    `select (select r.gemeente_code from residence_periods r
              where r.person_id = p.id and (r.vanaf is null or r.vanaf <= $2::date)
              order by r.vanaf desc nulls last limit 1) as gemeente,
            (select e.school_id from enrolments e
              where e.person_id = p.id and e.datum_inschrijving <= $2::date
                and (e.datum_uitschrijving is null or e.datum_uitschrijving >= $2::date)
              order by e.datum_inschrijving desc limit 1) as "schoolId"
       from persons p where p.id = $1`,
    [input.personId, input.van],
  );
  if (!person) {
    throw new DomainFailure({
      code: 'persons.not_found',
      kind: 'not_found',
      message: 'Deze persoon bestaat niet.',
    });
  }
  const cal = calendarFor(await listSchoolHolidays(tx), await loadRuleSettings(tx), input.van);
  const assessment = assessLeave(cal, input.van, input.totEnMet);
  const [row] = await tx.query<{ id: number }>(
    `insert into cases (person_id, soort, status, geopend_op, gemeente_code, toegewezen_aan)
     values ($1, 'verlof', 'VERLOF_AANGEVRAAGD', $5, $2,
             case when $4 = 'medewerker' then (select id from users where gebruikersnaam = $3) end)
     returning id`,
    [input.personId, person.gemeente, input.actor, input.bron, input.today],
  );
  const caseId = row!.id;
  await seedDecisionTemplates(tx);
  await tx.query(
    `insert into leave_requests (case_id, person_id, school_id, van, tot_en_met, schooldagen, reden, beslisser, bron)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      caseId,
      input.personId,
      input.schoolId ?? person.schoolId,
      input.van,
      input.totEnMet,
      assessment.schooldagen,
      input.reden.trim(),
      assessment.beslisser,
      input.bron,
    ],
  );
  await tx.query(
    `insert into case_events (case_id, soort, datum, gegevens, user_id)
     values ($1, 'verlof_aangevraagd', $4, $2, (select id from users where gebruikersnaam = $3))`,
    [
      caseId,
      JSON.stringify({
        van: input.van,
        totEnMet: input.totEnMet,
        schooldagen: assessment.schooldagen,
        beslisser: assessment.beslisser,
        uitleg: assessment.uitleg,
      }),
      input.actor,
      input.today,
    ],
  );
  await recordAudit(tx, {
    actor: input.actor,
    actie: 'leave.request_opened',
    onderwerpSoort: 'case',
    onderwerpId: String(caseId),
    doel: 'verlof',
    details: { personId: input.personId, bron: input.bron, schooldagen: assessment.schooldagen },
  });
  return { caseId };
}
