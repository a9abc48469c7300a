// SPDX-License-Identifier: EUPL-1.2
/** PURE: every version of every form. Add a version, never change one that has been used. */
import { beginnendVerzuimV1 } from './school.ts';
import { verlofV1, vrijstellingV1 } from './parents.ts';
import { FORMULIEREN, type FormDefinition, type Formulier } from './types.ts';
import { feedbackV1, hulpvraagV1 } from './young.ts';

export { FORMULIEREN, type FormDefinition, type Formulier } from './types.ts';

const VERSIONS: Record<Formulier, readonly FormDefinition[]> = {
  'beginnend-verzuim': [beginnendVerzuimV1],
  verlof: [verlofV1],
  vrijstelling: [vrijstellingV1],
  hulpvraag: [hulpvraagV1],
  feedback: [feedbackV1],
};

export const isFormulier = (value: string): value is Formulier =>
  (FORMULIEREN as readonly string[]).includes(value);

/** The version new submissions are made with. */
export const currentDefinition = (formulier: Formulier): FormDefinition =>
  VERSIONS[formulier].at(-1)!;

/** The definition a stored submission was made with (the current one if that version is gone). */
export const definitionOf = (formulier: Formulier, versie: number): FormDefinition =>
  VERSIONS[formulier].find((d) => d.versie === versie) ?? currentDefinition(formulier);
