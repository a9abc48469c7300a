// SPDX-License-Identifier: EUPL-1.2
/**
 * Step effects: what a step of another module's werkproces does in the same transaction as the
 * step itself (e.g. an exemption decision writes the register row and plans the renewal task).
 * Each module exports its handlers from its own `effects.sql.ts`; this table joins them, so
 * casework never needs to know the details and a step list stays plain data.
 */
import type { Queryable } from '../../db/connect.ts';
import { EXEMPTION_EFFECTS } from '../exemptions/effects.sql.ts';
import { LEAVE_EFFECTS } from '../leave/effects.sql.ts';
import { OBJECTION_EFFECTS } from '../objections/effects.sql.ts';

export interface StepEffectContext {
  caseId: number;
  personId: number;
  actie: string;
  velden: Record<string, unknown>;
  today: string;
  actor: { id: number | null; gebruikersnaam: string };
}

export type StepEffect = (tx: Queryable, context: StepEffectContext) => Promise<void>;

/** Every registered effect by key. Modules add one spread line here. */
export const STEP_EFFECTS: Record<string, StepEffect> = {
  // modules: one spread line each
  ...EXEMPTION_EFFECTS,
  ...LEAVE_EFFECTS,
  ...OBJECTION_EFFECTS,
};

/** Runs the effect named by a step; an unknown key is a programming error, never silently skipped. */
export async function runStepEffect(
  key: string,
  tx: Queryable,
  context: StepEffectContext,
): Promise<void> {
  const effect = STEP_EFFECTS[key];
  if (!effect) throw new Error(`Step '${context.actie}' names unknown effect '${key}'.`);
  await effect(tx, context);
}
