// SPDX-License-Identifier: EUPL-1.2
/** The shape of a step in a case (a transition of the lifecycle), shared by the step lists. */
import type { FieldDef } from './fields.ts';
import type { Afdoening, DuoStatus } from './outcomes.ts';
import type { CaseState } from './states.ts';

/** Checks a transition needs beyond its fields, evaluated with the rules engine by the caller. */
export type Guard = 'halt' | 'preventief_eens_per_schooljaar' | 'luxe_waarschuwing';

/**
 * The ring of seed 003's stable foundation (§5.2) a task belongs to: 0 = kern, always; 1, 2, 3 can
 * be suspended by the policy mode. Preventive conversations online are ring 1, in person ring 2.
 */
export const RING_OF_VORM: Record<string, number> = { online: 1, fysiek: 2 };

/** The werkproces (case soort) a step belongs to (domain.md §4: W1–W8). */
export type Werkproces =
  | 'relatief_verzuim'
  | 'absoluut_verzuim'
  | 'vrijstelling'
  | 'verlof'
  | 'thuiszitter'
  | 'doorstroompunt';

/**
 * What a step does in the case's transaction beyond the generic record (state, event, outcome,
 * letter, audit): e.g. a decision on an exemption writes the register row. Modules register the
 * handler under this key in `casework/effects.sql.ts`; the step list stays plain data.
 */
export type StepEffectKey = string;

export interface TransitionDef {
  actie: string;
  /** Absent = relatief verzuim (W1, W2). */
  werkproces?: Werkproces;
  label: string;
  van: readonly CaseState[];
  /** The state after the step; absent = the case stays where it is (a record, not a move). */
  naar?: CaseState;
  velden: readonly FieldDef[];
  /** Case event written for this step (an intervention is a dated record). */
  gebeurtenis: string;
  /** Fixed outcome of the step, or taken from the field `afdoening`. */
  afdoening?: Afdoening;
  /** What the step does to the DUO status of the case's open meldingen. */
  duo?: DuoStatus;
  guard?: Guard;
  /** Letter the step proposes (letters module template key). */
  brief?: string;
  /** Side effect run in the step's transaction (see `casework/effects.sql.ts`). */
  effect?: StepEffectKey;
  bron: string;
}
