// SPDX-License-Identifier: EUPL-1.2
/** PURE: the shape of a versioned form definition. */
import type { Veld } from '../fields.ts';

export const FORMULIEREN = [
  'beginnend-verzuim',
  'verlof',
  'vrijstelling',
  'hulpvraag',
  'feedback',
] as const;
export type Formulier = (typeof FORMULIEREN)[number];

/**
 * One version of a form. A change to the questions makes a new version; submissions keep the
 * version they were made with, so they are always shown with their own questions.
 */
export interface FormDefinition {
  formulier: Formulier;
  versie: number;
  titel: string;
  inleiding: string;
  /** `publiek`: anyone; `school`: a signed-in school user; `link`: a single-use token. */
  toegang: 'publiek' | 'school' | 'link';
  /** `u` (parents, schools) or `je` (young people): the receipt speaks the same way. */
  aanspreekvorm: 'u' | 'je';
  /** Short code in front of the reference number. */
  code: string;
  velden: readonly Veld[];
  /** Who handles it, for the confirmation page and receipt. */
  behandelaar: string;
}
