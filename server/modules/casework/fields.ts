// SPDX-License-Identifier: EUPL-1.2
/**
 * The fields a case step asks for (seed 003 proposal 2: fixed order, drop-downs, a short
 * explanation at critical steps), the shared choices, and the check of a step's input.
 */
import { AFDOENINGEN, DUO_SLUITREDENEN, DUO_TOELICHTINGEN, type Afdoening } from './outcomes.ts';

export type FieldKind = 'keuze' | 'tekst' | 'datum' | 'ja_nee' | 'getal';

export interface FieldDef {
  naam: string;
  label: string;
  soort: FieldKind;
  verplicht: boolean;
  /** For `keuze`: value → label. */
  opties?: Readonly<Record<string, string>>;
  /** A short explanation shown with the field (tooltip of seed 003 proposal 2). */
  hulp?: string;
  /** For a checklist `ja_nee`: the answer must be yes, else this message (e.g. seed 003's criteria). */
  moetJa?: string;
}

export const toelichting = (verplicht: boolean, hulp?: string): FieldDef => ({
  naam: 'toelichting',
  label: 'Toelichting',
  soort: 'tekst',
  verplicht,
  ...(hulp ? { hulp } : {}),
});
export const keuze = (
  naam: string,
  label: string,
  opties: Record<string, string>,
  hulp?: string,
): FieldDef => ({
  naam,
  label,
  soort: 'keuze',
  verplicht: true,
  opties,
  ...(hulp ? { hulp } : {}),
});
export const labels = <K extends Afdoening>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, AFDOENINGEN[k].label])) as Record<K, string>;

/** Closing asks what DUO hears back: the closing reason and its explanation (§d1). */
export const DUO_AFSLUITING: readonly FieldDef[] = [
  keuze(
    'duoSluitreden',
    'Reden van afsluiten (voor DUO)',
    DUO_SLUITREDENEN,
    'Eén van de zeven redenen die DUO kent.',
  ),
  keuze('duoToelichting', 'Toelichting op het afsluiten (voor DUO)', DUO_TOELICHTINGEN),
];

export const VERDACHTEN = {
  ouder: 'Ouder(s)',
  jeugdige: 'Jeugdige (12 jaar of ouder)',
  beiden: 'Ouder(s) en jeugdige',
};

/** OM and court outcomes of a proces-verbaal (W13; 003 L2701-2703, 004 L1796-1800). */
export const OM_UITKOMSTEN = {
  seponering_volledig: 'Geseponeerd (volledig)',
  seponering_voorwaardelijk: 'Geseponeerd (voorwaardelijk)',
  transactie: 'Transactie / strafbeschikking',
  vonnis: 'Vonnis van de rechter',
};

export const CRITERIUM_NIET_VERVULD =
  'Niet alle criteria zijn vervuld: koppel terug aan de school en kies samen een andere vervolgstap (seed 003).';

export interface FieldProblem {
  veld: string;
  melding: string;
}

/** Checks the input of a step against its fields; Dutch messages per field. */
export function checkFields(
  def: { velden: readonly FieldDef[] },
  input: Record<string, unknown>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of def.velden) {
    const value = input[field.naam];
    const empty = value === undefined || value === null || value === '';
    if (empty) {
      if (field.verplicht) {
        problems.push({ veld: field.naam, melding: `Vul in: ${field.label.toLowerCase()}.` });
      }
      continue;
    }
    const problem = checkValue(field, value);
    if (problem) problems.push({ veld: field.naam, melding: problem });
  }
  for (const field of def.velden) {
    if (field.moetJa && input[field.naam] === false) {
      problems.push({ veld: field.naam, melding: field.moetJa });
    }
  }
  return problems;
}

function checkValue(field: FieldDef, value: unknown): string | undefined {
  switch (field.soort) {
    case 'keuze':
      return typeof value === 'string' && field.opties && Object.hasOwn(field.opties, value)
        ? undefined
        : `Kies een van de mogelijkheden bij ${field.label.toLowerCase()}.`;
    case 'tekst':
      return typeof value === 'string' && value.length <= 4000
        ? undefined
        : `${field.label}: te lang (hoogstens 4000 tekens).`;
    case 'datum':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? undefined
        : `${field.label}: vul een datum in als JJJJ-MM-DD.`;
    case 'ja_nee':
      return typeof value === 'boolean' ? undefined : `${field.label}: kies ja of nee.`;
    case 'getal':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? undefined
        : `${field.label}: vul een getal in.`;
  }
}
