// SPDX-License-Identifier: EUPL-1.2
/**
 * The five import file kinds of interfaces.md §2: their columns and the validation of one row.
 * Pure: reference checks against the database (unknown school, unknown person) happen when applying.
 */
import { brp } from './brp.ts';
import { inschrijvingen } from './inschrijvingen.ts';
import { scholen } from './scholen.ts';
import { verzuimmeldingen } from './verzuimmeldingen.ts';
import { vrijstellingen } from './vrijstellingen.ts';
import { vsv } from './vsv.ts';
import { vsvPercentages } from './vsv-percentages.ts';

export * from './common.ts';
export type { BrpRow } from './brp.ts';
export type { EnrolmentRow } from './inschrijvingen.ts';
export type { SchoolRow } from './scholen.ts';
export type { AbsenceReportRow } from './verzuimmeldingen.ts';
export type { ExemptionRow } from './vrijstellingen.ts';
export type { VsvRow } from './vsv.ts';
export { brp, inschrijvingen, scholen, verzuimmeldingen, vrijstellingen, vsv };

/** Spec per kind. */
export const KINDS = {
  scholen,
  brp,
  inschrijvingen,
  verzuimmeldingen,
  vrijstellingen,
  vsv,
  vsv_percentages: vsvPercentages,
} as const;
