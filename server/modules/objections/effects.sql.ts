// SPDX-License-Identifier: EUPL-1.2
/**
 * What the objection steps do in the step's transaction (casework/effects.sql.ts joins these): the
 * objection row with its dates from the rules engine and a task on the decision term, the hearing,
 * the postponement, and the beslissing op bezwaar that changes the decision and moves the case on.
 */
import type { Queryable } from '../../db/connect.ts';
import type { EffectContext } from '../exemptions/effects.sql.ts';
import {
  beroepstermijn,
  compareDates,
  hearingCheck,
  objectionAdmissible,
  objectionDecisionTerm,
  objectionTimeliness,
  type HorenUitzondering,
} from '../rules/index.ts';
import { reviseDecision } from './revise.sql.ts';
import {
  addTask,
  annotateEvent,
  decisionOf,
  invalid,
  moveCase,
  OBJECTION_TASK,
  openObjection,
  stateBeforeStep,
  werkprocesOf,
} from './store.sql.ts';

type Effect = (tx: Queryable, context: EffectContext) => Promise<void>;

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

const ontvangen: Effect = async (tx, c) => {
  const decision = await decisionOf(tx, c.caseId, werkprocesOf(c.actie));
  if (!decision) throw invalid('In dit dossier is geen besluit genomen waartegen bezwaar kan.');
  const datumBesluit = String(c.velden.datumBesluit);
  const ontvangenOp = String(c.velden.ontvangenOp);
  if (compareDates(ontvangenOp, datumBesluit) < 0) {
    throw invalid('Het bezwaar kan niet eerder binnen zijn dan het besluit.', 'ontvangenOp');
  }
  if (compareDates(ontvangenOp, c.today) > 0) {
    throw invalid('De datum van ontvangst ligt in de toekomst.', 'ontvangenOp');
  }
  const gepost = str(c.velden.gepostOp);
  if (gepost && compareDates(gepost, ontvangenOp) > 0) {
    throw invalid('De poststempel kan niet na de ontvangst liggen.', 'gepostOp');
  }
  const t = objectionTimeliness({
    bekendgemaakt: datumBesluit,
    ontvangen: ontvangenOp,
    gepost,
  });
  const verschoonbaar = c.velden.verschoonbaar === true;
  const adviescommissie = c.velden.adviescommissie === true;
  const toelating = objectionAdmissible(t, verschoonbaar);
  const term = objectionDecisionTerm({
    termijnEinde: t.termijnEinde,
    ontvangen: ontvangenOp,
    adviescommissie,
    verdaagd: false,
  });
  await tx.query(
    `insert into objections (case_id, besluit, vorige_status, datum_besluit, ontvangen_op, gepost_op, indiener,
       gronden, tijdig, verschoonbaar, termijn_einde, adviescommissie, beslistermijn)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      c.caseId,
      decision.besluit,
      await stateBeforeStep(tx, c.caseId),
      datumBesluit,
      ontvangenOp,
      gepost,
      String(c.velden.indiener),
      String(c.velden.gronden),
      t.tijdig,
      verschoonbaar,
      t.termijnEinde,
      adviescommissie,
      term.datum,
    ],
  );
  // A case closed by its decision is open again while the objection runs (history stays in events).
  await tx.query(`update cases set gesloten_op = null where id = $1`, [c.caseId]);
  await addTask(
    tx,
    c.caseId,
    OBJECTION_TASK,
    `Beslissen op het bezwaar, uiterlijk ${term.datum} (art. 7:10 Awb)${toelating.ontvankelijk ? '' : '; te laat en niet verschoonbaar: niet-ontvankelijk'}`,
    term.datum,
  );
  await annotateEvent(tx, c.caseId, 'bezwaar_ontvangen', {
    tijdig: t.tijdig,
    ontvankelijk: toelating.ontvankelijk,
    beslistermijn: term.datum,
    uitleg: [...toelating.uitleg, ...term.uitleg],
  });
};

const gehoord: Effect = async (tx, c) => {
  const o = await openObjection(tx, c.caseId);
  if (compareDates(String(c.velden.datum), o.ontvangenOp) < 0) {
    throw invalid('De hoorzitting kan niet vóór de ontvangst van het bezwaar zijn.', 'datum');
  }
  await tx.query(`update objections set gehoord_op = $2 where id = $1`, [o.id, c.velden.datum]);
};

const nietGehoord: Effect = async (tx, c) => {
  const o = await openObjection(tx, c.caseId);
  await tx.query(`update objections set horen_uitzondering = $2 where id = $1`, [
    o.id,
    String(c.velden.grond),
  ]);
};

const verdaagd: Effect = async (tx, c) => {
  const o = await openObjection(tx, c.caseId);
  if (o.verdaagdOp) throw invalid('De beslissing is al een keer verdaagd (art. 7:10 lid 3 Awb).');
  if (compareDates(String(c.velden.datum), o.beslistermijn) > 0) {
    throw invalid(
      `Verdagen kan alleen vóór het einde van de beslistermijn (${o.beslistermijn}).`,
      'datum',
    );
  }
  const term = objectionDecisionTerm({
    termijnEinde: o.termijnEinde,
    ontvangen: o.ontvangenOp,
    adviescommissie: o.adviescommissie,
    verdaagd: true,
  });
  await tx.query(`update objections set verdaagd_op = $2, beslistermijn = $3 where id = $1`, [
    o.id,
    c.velden.datum,
    term.datum,
  ]);
  await tx.query(
    `update tasks set vervalt_op = $3, omschrijving = $4 where case_id = $1 and soort = $2 and gedaan_op is null`,
    [
      c.caseId,
      OBJECTION_TASK,
      term.datum,
      `Beslissen op het bezwaar, verdaagd tot ${term.datum} (art. 7:10 lid 3 Awb)`,
    ],
  );
  await annotateEvent(tx, c.caseId, 'bezwaar_verdaagd', {
    beslistermijn: term.datum,
    uitleg: term.uitleg,
  });
};

const beslissing: Effect = async (tx, c) => {
  const o = await openObjection(tx, c.caseId);
  const uitkomst = String(c.velden.uitkomst) as 'gegrond' | 'ongegrond' | 'niet_ontvankelijk';
  const datum = String(c.velden.datum);
  if (compareDates(datum, o.ontvangenOp) < 0) {
    throw invalid('De beslissing kan niet vóór de ontvangst van het bezwaar zijn.', 'datum');
  }
  const horen = hearingCheck({
    gehoord: o.gehoordOp !== null,
    uitzondering: o.horenUitzondering as HorenUitzondering | null,
    uitkomst,
  });
  if (!horen.mag) throw invalid(horen.uitleg.join('; '), 'uitkomst');
  if (uitkomst !== 'niet_ontvankelijk' && !o.tijdig && !o.verschoonbaar) {
    throw invalid(
      'Het bezwaar kwam te laat en dat is niet verschoonbaar: het is niet-ontvankelijk (art. 6:11 Awb).',
      'uitkomst',
    );
  }
  const naar = uitkomst === 'gegrond' ? await reviseDecision(tx, c, o) : o.vorigeStatus;
  await close(tx, c, o.id, uitkomst, datum, naar);
  const beroep = beroepstermijn(datum);
  await annotateEvent(tx, c.caseId, 'bezwaar_beslist', {
    bezwaarId: o.id,
    beroepstermijn: beroep.datum,
    uitleg: [...horen.uitleg, ...beroep.uitleg],
  });
};

const ingetrokken: Effect = async (tx, c) => {
  const o = await openObjection(tx, c.caseId);
  await close(tx, c, o.id, 'ingetrokken', String(c.velden.datum), o.vorigeStatus);
};

async function close(
  tx: Queryable,
  c: EffectContext,
  id: number,
  uitkomst: string,
  datum: string,
  naar: string,
) {
  await tx.query(`update objections set uitkomst = $2, beslist_op = $3 where id = $1`, [
    id,
    uitkomst,
    datum,
  ]);
  await tx.query(
    `update tasks set gedaan_op = now() where case_id = $1 and soort = $2 and gedaan_op is null`,
    [c.caseId, OBJECTION_TASK],
  );
  await moveCase(tx, c, naar);
}

/** The objection effects by key (the `effect` of the steps in transitions.ts). */
export const OBJECTION_EFFECTS: Record<string, Effect> = {
  'bezwaar.ontvangen': ontvangen,
  'bezwaar.gehoord': gehoord,
  'bezwaar.niet_gehoord': nietGehoord,
  'bezwaar.verdaagd': verdaagd,
  'bezwaar.beslissing': beslissing,
  'bezwaar.ingetrokken': ingetrokken,
};
