// SPDX-License-Identifier: EUPL-1.2
/** PURE: a stored submission as staff see it, rendered with the questions of its own version. */
import { maskBsn } from '../../../shared/bsn.ts';
import { definitionOf, isFormulier } from './definitions/index.ts';
import type { Antwoorden } from './fields.ts';

export interface Vraag {
  vraag: string;
  antwoord: string;
}

/** Question/answer pairs in the order of the version the submission was made with. */
export function questionsOf(formulier: string, versie: number, antwoorden: Antwoorden): Vraag[] {
  if (!isFormulier(formulier)) return [];
  const definition = definitionOf(formulier, versie);
  const known = definition.velden
    .filter((v) => antwoorden[v.naam] !== undefined)
    .map((v) => ({
      vraag: v.label,
      antwoord:
        v.opties?.find((o) => o.waarde === antwoorden[v.naam])?.label ?? antwoorden[v.naam]!,
    }));
  return known;
}

/** The title of a form version (the list shows it; an unknown form shows its code). */
export const titleOf = (formulier: string, versie: number): string =>
  isFormulier(formulier) ? definitionOf(formulier, versie).titel : formulier;

/** A BSN as a list may show it. */
export const maskedBsn = (a: Antwoorden): string | null => (a.bsn ? maskBsn(a.bsn) : null);
