// SPDX-License-Identifier: EUPL-1.2
/**
 * A young person's own request for help (e.g. the public reply form): joins their open
 * doorstroompunt case or opens one, with one task to contact them within two days instead of the
 * outreach cadence — they came to us.
 */
import type { Queryable } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { livesOnSql } from '../persons/queries/residence.sql.ts';
import { addDays } from '../rules/index.ts';
import { CADENCE_TASK } from './doorstroompunt.ts';
import { coachAssigner } from './intake.sql.ts';

export interface HelpRequest {
  personId: number;
  vraag: string;
  contact: { email?: string; telefoon?: string };
  actor: string;
  /** The day of the request (`ctx.today()`): opening date, event date and where the person lives. */
  today: string;
}

/** Opens (or joins) the doorstroompunt case for a help request; returns its id. */
export async function openHelpRequest(
  tx: Queryable,
  request: HelpRequest,
): Promise<{ caseId: number }> {
  const [person] = await tx.query<{
    today: string;
    gemeente: string | null;
    postcode: string | null;
  }>(
    `select $2::text as today, r.gemeente_code as gemeente, r.postcode
       from persons p left join lateral (
         select r.gemeente_code, r.postcode from residence_periods r
          where r.person_id = p.id and ${livesOnSql('r', 'p', '$2::date')} limit 1) r on true
      where p.id = $1`,
    [request.personId, request.today],
  );
  if (!person) {
    throw new DomainFailure({
      code: 'persons.not_found',
      kind: 'not_found',
      message: 'Deze persoon bestaat niet.',
    });
  }
  const [open] = await tx.query<{ id: number; toegewezen_aan: number | null }>(
    `select id, toegewezen_aan from cases where person_id = $1 and soort = 'doorstroompunt'
        and gesloten_op is null order by id limit 1`,
    [request.personId],
  );
  let caseId = open?.id;
  let owner = open?.toegewezen_aan ?? null;
  if (caseId === undefined) {
    const assigned = (await coachAssigner(tx))({ postcode: person.postcode });
    owner = assigned.userId;
    const [row] = await tx.query<{ id: number }>(
      `insert into cases (person_id, soort, status, geopend_op, toegewezen_aan, team, gemeente_code)
       values ($1, 'doorstroompunt', 'CONTACTRITME', $2, $3, $4, $5) returning id`,
      [request.personId, person.today, owner, assigned.team ?? 'Doorstroompunt', person.gemeente],
    );
    caseId = row!.id;
  }
  await tx.query(
    `insert into case_events (case_id, soort, datum, gegevens) values ($1, 'hulpvraag', $2, $3)`,
    [caseId, person.today, JSON.stringify({ vraag: request.vraag, contact: request.contact })],
  );
  await tx.query(
    `insert into tasks (case_id, soort, omschrijving, vervalt_op, toegewezen_aan) values ($1, $2, $3, $4, $5)`,
    [
      caseId,
      `${CADENCE_TASK}bellen`,
      'Hulpvraag van de jongere: neem binnen twee dagen contact op',
      addDays(person.today, 2),
      owner,
    ],
  );
  await recordAudit(tx, {
    actor: request.actor,
    actie: 'doorstroompunt.hulpvraag',
    onderwerpSoort: 'case',
    onderwerpId: String(caseId),
    doel: 'doorstroompunt',
    details: { velden: ['vraag', ...Object.keys(request.contact)] },
  });
  return { caseId };
}
