// SPDX-License-Identifier: EUPL-1.2
/**
 * A gegrond objection herroept the decision and puts a new one in its place (art. 7:11 lid 2 Awb).
 * For an exemption that is the register the signal and the reports read: a rejection becomes a
 * grant (register row, renewal task), a revoked grant ends the day before the beslissing op
 * bezwaar (or never starts). For leave the decision flips. Returns the case's next state.
 */
import type { Queryable } from '../../db/connect.ts';
import { renewalDue } from '../exemptions/rules.ts';
import { addDays, compareDates, isIsoDate } from '../rules/index.ts';
import { addTask, invalid, type ObjectionRow } from './store.sql.ts';

interface Step {
  caseId: number;
  personId: number;
  velden: Record<string, unknown>;
  today: string;
}

/** Applies a gegrond objection to the decision of the case; returns the state to move to. */
export async function reviseDecision(tx: Queryable, c: Step, o: ObjectionRow): Promise<string> {
  const datum = String(c.velden.datum);
  if (o.besluit === 'verleend' || o.besluit === 'geweigerd') {
    await tx.query(
      `update leave_requests set besluit = $2, datum_besluit = $3 where case_id = $1`,
      [c.caseId, o.besluit === 'verleend' ? 'geweigerd' : 'verleend', datum],
    );
    return 'AFGESLOTEN';
  }
  return o.besluit === 'afgewezen' ? grant(tx, c, datum) : revoke(tx, c, datum);
}

async function grant(tx: Queryable, c: Step, datum: string): Promise<string> {
  const van = c.velden.geldigVan;
  const tot = c.velden.geldigTot;
  if (typeof van !== 'string' || !isIsoDate(van) || typeof tot !== 'string' || !isIsoDate(tot)) {
    throw invalid(
      'Het bezwaar tegen de afwijzing is gegrond: vul in vanaf wanneer en tot en met wanneer de vrijstelling geldt.',
      'geldigVan',
    );
  }
  if (compareDates(van, tot) > 0) {
    throw invalid('De vrijstelling moet beginnen op of vóór de laatste dag.', 'geldigTot');
  }
  const [r] = await tx.query<{
    id: number;
    artikel: string;
    datumAanvraag: string;
    herhaling: boolean;
  }>(
    `update exemption_requests set besluit = 'toegekend', datum_besluit = $2, geldig_van = $3, geldig_tot = $4,
            duo_verzonden_op = null where case_id = $1
     returning id, artikel, to_char(datum_aanvraag, 'YYYY-MM-DD') as "datumAanvraag", herhalingsverzoek as herhaling`,
    [c.caseId, datum, van, tot],
  );
  const [row] = await tx.query<{ id: number }>(
    `insert into exemptions (person_id, artikel, datum_aanvraag, besluit, datum_besluit, geldig_van, geldig_tot, herhalingsverzoek, case_id)
     values ($1, $2, $3, 'toegekend', $4, $5, $6, $7, $8)
     on conflict (person_id, artikel, datum_aanvraag) do update set besluit = 'toegekend',
       datum_besluit = excluded.datum_besluit, geldig_van = excluded.geldig_van,
       geldig_tot = excluded.geldig_tot, case_id = excluded.case_id
     returning id`,
    [c.personId, r!.artikel, r!.datumAanvraag, datum, van, tot, r!.herhaling, c.caseId],
  );
  await tx.query(`update exemption_requests set exemption_id = $2 where id = $1`, [r!.id, row!.id]);
  await addTask(
    tx,
    c.caseId,
    'verlenging_vrijstelling',
    `Verlengingsoverleg met ouders, jeugdige en school: de vrijstelling (na bezwaar) loopt tot en met ${tot} (R51)`,
    renewalDue(tot, c.today),
  );
  return 'VRIJSTELLING_LOOPT';
}

async function revoke(tx: Queryable, c: Step, datum: string): Promise<string> {
  const end = addDays(datum, -1);
  // Not yet started: the grant is gone entirely; started: it ran until the day before.
  const sql = `set besluit = case when geldig_van is null or geldig_van > $2::date then 'afgewezen' else besluit end,
      geldig_van = case when geldig_van is null or geldig_van > $2::date then null else geldig_van end,
      geldig_tot = case when geldig_van is null or geldig_van > $2::date then null
                        else least(coalesce(geldig_tot, $2::date), $2::date) end`;
  await tx.query(
    `update exemptions ${sql}, datum_besluit = $3
      where id = (select exemption_id from exemption_requests where case_id = $1)`,
    [c.caseId, end, datum],
  );
  await tx.query(
    `update exemption_requests ${sql}, datum_besluit = $3, duo_verzonden_op = null where case_id = $1`,
    [c.caseId, end, datum],
  );
  return 'AFGESLOTEN';
}
