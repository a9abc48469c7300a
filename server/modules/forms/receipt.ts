// SPDX-License-Identifier: EUPL-1.2
/** PURE: the receipt message after a submission: the reference number, no answers, no names. */
import type { Antwoorden } from './fields.ts';
import type { FormDefinition } from './definitions/index.ts';

/** Where the receipt goes: the e-mail address of the form, else nothing. */
export const receiptAddress = (a: Antwoorden): string | undefined => a.email ?? a.melderEmail;

/** Subject and text of the receipt e-mail. */
export function receiptText(
  definition: FormDefinition,
  referentie: string,
): { onderwerp: string; inhoud: string } {
  const u = definition.aanspreekvorm === 'u';
  return {
    onderwerp: `Ontvangen: ${definition.titel} (kenmerk ${referentie})`,
    inhoud: [
      `${u ? 'Wij hebben uw' : 'We hebben je'} formulier "${definition.titel}" ontvangen.`,
      `${u ? 'Uw' : 'Je'} kenmerk is ${referentie}. Noem dit kenmerk als ${u ? 'u' : 'je'} contact met ons opneemt.`,
      `${capital(definition.behandelaar)} bekijkt het formulier en neemt contact met ${u ? 'u' : 'je'} op.`,
      'Dit is een automatisch bericht. Antwoorden op deze e-mail kan niet.',
    ].join('\n\n'),
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
