// SPDX-License-Identifier: EUPL-1.2
/**
 * Makes the beschikking of a decided exemption or leave request with the letters module: the
 * template by the decision, the particulars in `{{reden}}` (decision-text.ts).
 */
import type { Database } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { createLetter, type CreateLetterResult } from '../letters/index.ts';
import { exemptionDecisionText, leaveDecisionText } from './decision-text.ts';
import { seedDecisionTemplates } from './letter-templates.sql.ts';

const notDecided = () =>
  new DomainFailure({
    code: 'exemptions.not_decided',
    kind: 'conflict',
    message: 'Er is nog geen besluit in dit dossier: maak de beschikking na het besluit.',
  });

async function particulars(database: Database, caseId: number) {
  const [v] = await database.query<{
    artikel: string;
    besluit: 'toegekend' | 'afgewezen' | null;
    geldigVan: string | null;
    geldigTot: string | null;
    toelichting: string | null;
  }>(
    `select r.artikel, r.besluit, to_char(r.geldig_van, 'YYYY-MM-DD') as "geldigVan",
            to_char(r.geldig_tot, 'YYYY-MM-DD') as "geldigTot",
            (select e.gegevens->>'toelichting' from case_events e where e.case_id = r.case_id
              and e.soort in ('vrijstelling_toegekend', 'vrijstelling_afgewezen') order by e.id desc limit 1) as toelichting
       from exemption_requests r where r.case_id = $1`,
    [caseId],
  );
  if (v) {
    if (!v.besluit) throw notDecided();
    return exemptionDecisionText({ ...v, besluit: v.besluit });
  }
  const [l] = await database.query<{
    besluit: string | null;
    van: string;
    totEnMet: string;
    schooldagen: number;
    toelichting: string | null;
  }>(
    `select l.besluit, to_char(l.van, 'YYYY-MM-DD') as van, to_char(l.tot_en_met, 'YYYY-MM-DD') as "totEnMet",
            l.schooldagen,
            (select e.gegevens->>'toelichting' from case_events e where e.case_id = l.case_id
              and e.soort in ('verlof_verleend', 'verlof_geweigerd') order by e.id desc limit 1) as toelichting
       from leave_requests l where l.case_id = $1`,
    [caseId],
  );
  if (!l) {
    throw new DomainFailure({
      code: 'cases.not_found',
      kind: 'not_found',
      message: 'Bij dit dossier hoort geen aanvraag.',
    });
  }
  if (l.besluit !== 'verleend' && l.besluit !== 'geweigerd') throw notDecided();
  return leaveDecisionText({ ...l, besluit: l.besluit });
}

/** Makes and stores the beschikking letters of the decision in case `caseId`. */
export async function makeDecisionLetter(
  database: Database,
  input: { caseId: number; door: string; today: string },
): Promise<CreateLetterResult> {
  const { sleutel, reden } = await particulars(database, input.caseId);
  await seedDecisionTemplates(database);
  return createLetter(database, { ...input, sleutel, extra: { reden } });
}
