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

export * from './common.ts';
export type { BrpRow } from './brp.ts';
export type { EnrolmentRow } from './inschrijvingen.ts';
export type { SchoolRow } from './scholen.ts';
export type { AbsenceReportRow } from './verzuimmeldingen.ts';
export type { ExemptionRow } from './vrijstellingen.ts';
export { brp, inschrijvingen, scholen, verzuimmeldingen, vrijstellingen };

/** Spec per kind. */
export const KINDS = { scholen, brp, inschrijvingen, verzuimmeldingen, vrijstellingen } as const;
