// SPDX-License-Identifier: EUPL-1.2
/**
 * What the exemption steps do in the step's transaction (casework/effects.sql.ts joins these):
 * the checklist, the advice, the decision with the `exemptions` register row and the renewal
 * task three months before the end (R51), and the renewal itself as a new request.
 */
import type { Queryable } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { artikelDef } from './articles.ts';
import { openExemptionRequest } from './open-request.sql.ts';
import { checklist, grantProblems, renewalDue } from './rules.ts';

/** The step's context as casework passes it (kept here so the modules do not import each other). */
export interface EffectContext {
  caseId: number;
  personId: number;
  actie: string;
  velden: Record<string, unknown>;
  today: string;
  actor: { id: number | null; gebruikersnaam: string };
}

type Effect = (tx: Queryable, context: EffectContext) => Promise<void>;

interface RequestRow {
  id: number;
  artikel: string;
  datumAanvraag: string;
  herhalingsverzoek: boolean;
  adviesUitkomst: 'positief' | 'negatief' | null;
  exemptionId: number | null;
}

const invalid = (message: string, veld?: string) =>
  new DomainFailure({
    code: 'cases.step_invalid',
    kind: 'invalid',
    message,
    details: { velden: veld ? [{ veld, melding: message }] : [] },
  });

async function requestOf(tx: Queryable, caseId: number): Promise<RequestRow> {
  const [row] = await tx.query<RequestRow>(
    `select id, artikel, to_char(datum_aanvraag, 'YYYY-MM-DD') as "datumAanvraag", herhalingsverzoek,
            advies_uitkomst as "adviesUitkomst", exemption_id as "exemptionId"
       from exemption_requests where case_id = $1 for update`,
    [caseId],
  );
  if (!row) throw invalid('Bij dit dossier hoort geen aanvraag voor een vrijstelling.');
  return row;
}

async function documentsOf(tx: Queryable, requestId: number, artikel: string) {
  const rows = await tx.query<{ soort: string; ontvangenOp: string | null }>(
    `select soort, to_char(ontvangen_op, 'YYYY-MM-DD') as "ontvangenOp" from exemption_documents where request_id = $1`,
    [requestId],
  );
  return checklist(artikel, Object.fromEntries(rows.map((r) => [r.soort, r.ontvangenOp])));
}

const addTask = (tx: Queryable, caseId: number, soort: string, omschrijving: string, op: string) =>
  tx.query(
    `insert into tasks (case_id, soort, omschrijving, vervalt_op, toegewezen_aan)
     select id, $2, $3, $4, toegewezen_aan from cases where id = $1`,
    [caseId, soort, omschrijving, op],
  );

const finishTasks = (tx: Queryable, caseId: number, soort: string) =>
  tx.query(
    `update tasks set gedaan_op = now() where case_id = $1 and soort = $2 and gedaan_op is null`,
    [caseId, soort],
  );

/** Writes the decision into the register (`exemptions`) and the request; returns the register id. */
async function register(
  tx: Queryable,
  c: EffectContext,
  r: RequestRow,
  besluit: 'toegekend' | 'afgewezen',
  geldig: { van: string | null; tot: string | null },
) {
  const [row] = await tx.query<{ id: number }>(
    `insert into exemptions (person_id, artikel, datum_aanvraag, besluit, datum_besluit, geldig_van, geldig_tot, herhalingsverzoek, case_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     on conflict (person_id, artikel, datum_aanvraag) do update set besluit = excluded.besluit,
       datum_besluit = excluded.datum_besluit, geldig_van = excluded.geldig_van,
       geldig_tot = excluded.geldig_tot, herhalingsverzoek = excluded.herhalingsverzoek, case_id = excluded.case_id
     returning id`,
    [
      c.personId,
      r.artikel,
      r.datumAanvraag,
      besluit,
      String(c.velden.datumBesluit),
      geldig.van,
      geldig.tot,
      r.herhalingsverzoek,
      c.caseId,
    ],
  );
  await tx.query(
    `update exemption_requests set besluit = $2, datum_besluit = $3, geldig_van = $4, geldig_tot = $5,
            exemption_id = $6, duo_verzonden_op = null where id = $1`,
    [r.id, besluit, String(c.velden.datumBesluit), geldig.van, geldig.tot, row!.id],
  );
  await finishTasks(tx, c.caseId, 'vrijstelling_beslissen');
}

const stuk: Effect = async (tx, c) => {
  const r = await requestOf(tx, c.caseId);
  const updated = await tx.query(
    `update exemption_documents set ontvangen_op = $3 where request_id = $1 and soort = $2 returning id`,
    [r.id, String(c.velden.document), String(c.velden.ontvangenOp)],
  );
  if (!updated.length) {
    throw invalid(
      `Dit stuk hoort niet bij een aanvraag op grond van ${artikelDef(r.artikel)?.label}.`,
      'document',
    );
  }
};

const adviesGevraagd: Effect = async (tx, c) => {
  const r = await requestOf(tx, c.caseId);
  const uiterlijk = String(c.velden.uiterlijk);
  if (uiterlijk < c.today) {
    throw invalid('De datum voor het advies ligt in het verleden.', 'uiterlijk');
  }
  await tx.query(
    `update exemption_requests set adviseur = $2, advies_gevraagd_op = $3, advies_uiterlijk = $4,
            advies_ontvangen_op = null, advies_uitkomst = null where id = $1`,
    [r.id, String(c.velden.adviseur), c.today, uiterlijk],
  );
  await addTask(
    tx,
    c.caseId,
    'advies_termijn',
    'Advies over de vrijstelling moet binnen zijn',
    uiterlijk,
  );
};

const adviesOntvangen: Effect = async (tx, c) => {
  const r = await requestOf(tx, c.caseId);
  await tx.query(
    `update exemption_requests set advies_ontvangen_op = $2, advies_uitkomst = $3 where id = $1`,
    [r.id, String(c.velden.ontvangenOp), String(c.velden.uitkomst)],
  );
  await finishTasks(tx, c.caseId, 'advies_termijn');
};

const toekennen: Effect = async (tx, c) => {
  const r = await requestOf(tx, c.caseId);
  const geldigVan = String(c.velden.geldigVan);
  const geldigTot = String(c.velden.geldigTot);
  const problems = grantProblems({
    artikel: r.artikel,
    documenten: await documentsOf(tx, r.id, r.artikel),
    adviesUitkomst: r.adviesUitkomst,
    geldigVan,
    geldigTot,
  });
  if (problems.length) throw invalid(`Toekennen kan nog niet: ${problems.join(' ')}`);
  await register(tx, c, r, 'toegekend', { van: geldigVan, tot: geldigTot });
  await addTask(
    tx,
    c.caseId,
    'verlenging_vrijstelling',
    `Verlengingsoverleg met ouders, jeugdige en school: de vrijstelling loopt tot en met ${geldigTot} (R51)`,
    renewalDue(geldigTot, c.today),
  );
  if (r.artikel === '5b' && !r.herhalingsverzoek) {
    // 004 L1175-1179: first-time invokers are invited for a conversation after the grant.
    await addTask(
      tx,
      c.caseId,
      'kennismakingsgesprek',
      'Kennismakingsgesprek met de ouders (eerste beroep op 5b)',
      c.today,
    );
  }
};

const afwijzen: Effect = async (tx, c) => {
  await register(tx, c, await requestOf(tx, c.caseId), 'afgewezen', { van: null, tot: null });
};

const verlenging: Effect = async (tx, c) => {
  const r = await requestOf(tx, c.caseId);
  await finishTasks(tx, c.caseId, 'verlenging_vrijstelling');
  if (c.velden.uitkomst !== 'verlengen') return;
  await openExemptionRequest(tx, {
    personId: c.personId,
    artikel: r.artikel,
    datumAanvraag: String(c.velden.datum),
    herhalingsverzoek: true,
    toelichting: `Herhalingsverzoek na het verlengingsoverleg in zaak ${c.caseId}.`,
    bron: 'medewerker',
    actor: c.actor.gebruikersnaam,
  });
};

const beeindigen: Effect = async (tx, c) => {
  const r = await requestOf(tx, c.caseId);
  const datum = String(c.velden.datum);
  await tx.query(
    `update exemption_requests set geldig_tot = least(coalesce(geldig_tot, $2::date), $2::date), duo_verzonden_op = null where id = $1`,
    [r.id, datum],
  );
  if (r.exemptionId !== null) {
    await tx.query(
      `update exemptions set geldig_tot = least(coalesce(geldig_tot, $2::date), $2::date) where id = $1`,
      [r.exemptionId, datum],
    );
  }
};

/** The exemption effects by key (the `effect` of the steps in transitions.ts). */
export const EXEMPTION_EFFECTS: Record<string, Effect> = {
  'vrijstelling.stuk': stuk,
  'vrijstelling.advies_gevraagd': adviesGevraagd,
  'vrijstelling.advies_ontvangen': adviesOntvangen,
  'vrijstelling.toekennen': toekennen,
  'vrijstelling.afwijzen': afwijzen,
  'vrijstelling.verlenging': verlenging,
  'vrijstelling.beeindigen': beeindigen,
};
