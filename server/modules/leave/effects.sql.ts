// SPDX-License-Identifier: EUPL-1.2
/** What the leave steps do in the step's transaction: the school's view and the decision. */
import type { Queryable } from '../../db/connect.ts';
import type { EffectContext } from '../exemptions/effects.sql.ts';

type Effect = (tx: Queryable, context: EffectContext) => Promise<void>;

const BESLUIT_VAN_STAP: Record<string, string> = {
  vl_verlenen: 'verleend',
  vl_weigeren: 'geweigerd',
  vl_naar_directeur: 'naar_directeur',
};

const schoolGehoord: Effect = async (tx, c) => {
  await tx.query(
    `update leave_requests set school_gehoord_op = $2, school_standpunt = $3 where case_id = $1`,
    [c.caseId, String(c.velden.datum), String(c.velden.standpunt)],
  );
};

const besluit: Effect = async (tx, c) => {
  await tx.query(`update leave_requests set besluit = $2, datum_besluit = $3 where case_id = $1`, [
    c.caseId,
    BESLUIT_VAN_STAP[c.actie] ?? null,
    String(c.velden.datumBesluit ?? c.today),
  ]);
};

/** The leave effects by key (the `effect` of the steps in transitions.ts). */
export const LEAVE_EFFECTS: Record<string, Effect> = {
  'verlof.school_gehoord': schoolGehoord,
  'verlof.besluit': besluit,
};
