// SPDX-License-Identifier: EUPL-1.2
/** The merge fields a letter template may use, with the Dutch explanation the template editor shows. */

/** Every known field: `{{naam}}` in a template → its description for the editor and error messages. */
export const MERGE_FIELDS = {
  'jeugdige.naam': 'naam van de jeugdige (roepnaam en achternaam)',
  'jeugdige.geboortedatum': 'geboortedatum van de jeugdige, bijvoorbeeld 5 maart 2010',
  'school.naam': 'naam van de school uit de laatste verzuimmelding',
  'melding.verzuim_van': 'eerste verzuimdag uit de laatste verzuimmelding',
  'afspraak.datum': 'datum van de afspraak, bijvoorbeeld dinsdag 10 maart 2026',
  'afspraak.tijd': 'begintijd van de afspraak, bijvoorbeeld 14:30',
  'afspraak.locatie': 'plaats van de afspraak',
  'consulent.naam': 'naam van de consulent die de brief ondertekent',
  datum: 'datum van de brief',
  reden:
    'reden van het verzuim of toelichting; bij een jeugdige van 16 jaar of ouder zonder toestemming valt de alinea met dit veld weg uit de brief aan de ouders',
  'geadresseerde.naam': 'naam of namen van wie de brief krijgt',
  'zaak.nummer': 'nummer van de zaak (kenmerk)',
} as const;

/** The name of a merge field, e.g. `jeugdige.naam`. */
export type MergeField = keyof typeof MERGE_FIELDS;

/**
 * Values for a merge: a string is filled in; `null` means deliberately withheld (the paragraph
 * that uses it is left out); a missing field is an error.
 */
export type MergeData = Partial<Record<MergeField, string | null>>;

/** Whether `name` is one of the MERGE_FIELDS. */
export const isMergeField = (name: string): name is MergeField => Object.hasOwn(MERGE_FIELDS, name);

/** The field names in a stable order, for lists and zod enums. */
export const MERGE_FIELD_NAMES = Object.keys(MERGE_FIELDS) as [MergeField, ...MergeField[]];
