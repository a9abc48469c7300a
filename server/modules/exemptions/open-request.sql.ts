// SPDX-License-Identifier: EUPL-1.2
/**
 * Opening an exemption request (W4 4.1): a case of soort `vrijstelling` for the person, the
 * request row with the checklist of its article, and a task for the decision term. Used by the
 * office (person page, API) and by the forms worker (web form), always inside a transaction.
 */
import type { Queryable } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { addWeeks, isIsoDate } from '../rules/index.ts';
import { artikelDef } from './articles.ts';
import { seedDecisionTemplates } from './letter-templates.sql.ts';

export interface OpenExemptionInput {
  personId: number;
  artikel: string;
  datumAanvraag: string;
  herhalingsverzoek?: boolean;
  toelichting?: string;
  bron: 'medewerker' | 'formulier';
  actor: string;
}

/** Awb art. 4:13: without a statutory term, decide within a reasonable term, at most eight weeks. */
export const BESLISTERMIJN_WEKEN = 8;

const invalid = (code: string, message: string) =>
  new DomainFailure({ code, kind: 'invalid', message });

/** Opens the case and request for an exemption; returns the new case id. */
export async function openExemptionRequest(
  tx: Queryable,
  input: OpenExemptionInput,
): Promise<{ caseId: number }> {
  const def = artikelDef(input.artikel);
  if (!def) throw invalid('exemptions.unknown_article', `Onbekend artikel '${input.artikel}'.`);
  if (!isIsoDate(input.datumAanvraag)) {
    throw invalid('exemptions.invalid_date', 'Vul de datum van de aanvraag in als JJJJ-MM-DD.');
  }
  const [person] = await tx.query<{ gemeente: string | null }>(
    `select (select r.gemeente_code from residence_periods r
              where r.person_id = p.id and (r.vanaf is null or r.vanaf <= $2::date)
              order by r.vanaf desc nulls last limit 1) as gemeente
       from persons p where p.id = $1`,
    [input.personId, input.datumAanvraag],
  );
  if (!person) {
    throw new DomainFailure({
      code: 'persons.not_found',
      kind: 'not_found',
      message: 'Deze persoon bestaat niet.',
    });
  }
  const [row] = await tx.query<{ id: number }>(
    `insert into cases (person_id, soort, status, geopend_op, gemeente_code, toegewezen_aan)
     values ($1, 'vrijstelling', 'VRIJSTELLING_AANGEVRAAGD', $2, $3,
             case when $5 = 'medewerker' then (select id from users where gebruikersnaam = $4) end)
     returning id`,
    [input.personId, input.datumAanvraag, person.gemeente, input.actor, input.bron],
  );
  const caseId = row!.id;
  await seedDecisionTemplates(tx);
  const [request] = await tx.query<{ id: number }>(
    `insert into exemption_requests (case_id, person_id, artikel, datum_aanvraag, herhalingsverzoek, toelichting, bron)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [
      caseId,
      input.personId,
      input.artikel,
      input.datumAanvraag,
      input.herhalingsverzoek ?? false,
      input.toelichting ?? null,
      input.bron,
    ],
  );
  await tx.query(
    `insert into exemption_documents (request_id, soort) select $1, unnest($2::text[])`,
    [request!.id, [...def.documenten]],
  );
  await tx.query(
    `insert into case_events (case_id, soort, datum, gegevens, user_id)
     values ($1, 'vrijstelling_aangevraagd', $2, $3, (select id from users where gebruikersnaam = $4))`,
    [
      caseId,
      input.datumAanvraag,
      JSON.stringify({
        artikel: input.artikel,
        herhalingsverzoek: input.herhalingsverzoek ?? false,
        bron: input.bron,
      }),
      input.actor,
    ],
  );
  await tx.query(
    `insert into tasks (case_id, soort, omschrijving, vervalt_op, toegewezen_aan)
     select id, 'vrijstelling_beslissen', $2, $3, toegewezen_aan from cases where id = $1`,
    [
      caseId,
      `Beslissen op de aanvraag vrijstelling (art. ${input.artikel}): uiterlijk ${BESLISTERMIJN_WEKEN} weken na ontvangst (art. 4:13 Awb)`,
      addWeeks(input.datumAanvraag, BESLISTERMIJN_WEKEN),
    ],
  );
  await recordAudit(tx, {
    actor: input.actor,
    actie: 'exemptions.request_opened',
    onderwerpSoort: 'case',
    onderwerpId: String(caseId),
    doel: 'vrijstelling',
    details: {
      personId: input.personId,
      artikel: input.artikel,
      bron: input.bron,
      herhalingsverzoek: input.herhalingsverzoek ?? false,
    },
  });
  return { caseId };
}
