// SPDX-License-Identifier: EUPL-1.2
/**
 * The case lifecycle as data: states, the shape of a step (transition) and the lookups the case
 * page and `takeStep` use. The steps themselves are per werkproces: transitions-relatief.ts (MAS;
 * W1, W2) and transitions-absoluut.ts (W3); their fields are checked by fields.ts.
 */
import type { Afdoening } from './outcomes.ts';
import type { TransitionDef } from './step.ts';
import { ABSOLUUT_VERZUIM } from './transitions-absoluut.ts';
import { RELATIEF_VERZUIM } from './transitions-relatief.ts';
import { VRIJSTELLING } from '../exemptions/transitions.ts';
import { VERLOF } from '../leave/transitions.ts';
import { BEZWAAR } from '../objections/transitions.ts';

export { checkFields, type FieldDef, type FieldKind, type FieldProblem } from './fields.ts';
export { isOpen, STATES, type CaseState } from './states.ts';
export { RING_OF_VORM, type Guard, type TransitionDef, type Werkproces } from './step.ts';

/** Every step of every werkproces; each module adds its list with one spread line. */
export const TRANSITIONS: readonly TransitionDef[] = [
  ...RELATIEF_VERZUIM,
  ...ABSOLUUT_VERZUIM,
  // further werkprocessen below
  ...VRIJSTELLING,
  ...VERLOF,
  ...BEZWAAR,
];

export const transitionFor = (actie: string): TransitionDef | undefined =>
  TRANSITIONS.find((t) => t.actie === actie);

/** The steps a case of `werkproces` in `state` allows: the case page shows exactly these. */
export const allowedTransitions = (
  state: string,
  werkproces: string = 'relatief_verzuim',
): TransitionDef[] =>
  TRANSITIONS.filter(
    (t) =>
      (t.werkproces ?? 'relatief_verzuim') === werkproces &&
      (t.van as readonly string[]).includes(state),
  );

/** The outcome a step records: fixed by the step or chosen in its `afdoening` field. */
export const outcomeOf = (
  def: TransitionDef,
  input: Record<string, unknown>,
): Afdoening | undefined =>
  def.afdoening ??
  (typeof input.afdoening === 'string' ? (input.afdoening as Afdoening) : undefined);
