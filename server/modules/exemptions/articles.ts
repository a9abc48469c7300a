// SPDX-License-Identifier: EUPL-1.2
/**
 * The grounds of an exemption request and what each needs (domain.md §2.13, R49-R60): the
 * documents on the checklist, who is asked for advice, and whether it is a legal ground at all
 * (maatwerk / gedoogbeschikking is not: seed 003 L610, seed 001 L196).
 */

/** A document a request can need. */
export const DOCUMENTEN = {
  verklaring_arts: 'Verklaring van een onafhankelijke arts',
  advies_ggd_jgz: 'Advies van de jeugdarts (GGD / JGZ)',
  verklaring_ouders_richting: 'Verklaring van de ouders: bezwaar tegen de richting van de scholen',
  verklaring_buitenlandse_school: 'Verklaring van inschrijving op de school in het buitenland',
  bewijs_alternatief_onderwijs: 'Bewijs van het andere onderwijs (opleiding, werkgever, Defensie)',
  plan_van_aanpak: 'Plan van aanpak met onderwijs- en vormingsdoelen',
  bewijs_inschrijving_mbo: 'Bewijs van inschrijving bij de mbo-instelling',
  programma_praktijk: 'Programma van onderwijs en praktijktijd (school en leerbedrijf)',
  onderbouwing_maatwerk: 'Onderbouwing van het maatwerk (waarom school nu niet past)',
} as const;

export type Document = keyof typeof DOCUMENTEN;

/** Who can give advice on a request (R49, R52, R53). */
export const ADVISEURS = {
  swv: 'Samenwerkingsverband passend onderwijs (onderwijskundig perspectief)',
  ggd: 'GGD (jeugdarts)',
  jgz: 'JGZ (jeugdarts)',
  arts: 'Onafhankelijke arts',
  school: 'De school',
} as const;

export type Adviseur = keyof typeof ADVISEURS;

export interface ArtikelDef {
  label: string;
  /** False for maatwerk: a gedoogbeschikking, not a vrijstelling under the Leerplichtwet. */
  wettelijk: boolean;
  documenten: readonly Document[];
  /** Advice needed before a decision to grant. */
  adviesNodig: boolean;
  /** Default length of validity in months (5a: one year, 004 L1127). */
  geldigheidMaanden: number;
  bron: string;
}

/** Every ground, by the code the `exemptions` table and the DUO record use. */
export const ARTIKELEN: Readonly<Record<string, ArtikelDef>> = {
  '5a': {
    label: 'Art. 5 onder a: lichamelijke of psychische ongeschiktheid',
    wettelijk: true,
    documenten: ['verklaring_arts', 'advies_ggd_jgz'],
    adviesNodig: true,
    geldigheidMaanden: 12,
    bron: 'R49-R53 [000, 001 L95, 003 L632-634, 004 L1127]',
  },
  '5b': {
    label: 'Art. 5 onder b: bezwaar tegen de richting van de scholen',
    wettelijk: true,
    documenten: ['verklaring_ouders_richting'],
    adviesNodig: false,
    geldigheidMaanden: 12,
    bron: 'R54 [001 L108-109, 003 L668-670, 004 L1175-1179]',
  },
  '5c': {
    label: 'Art. 5 onder c: onderwijs in het buitenland',
    wettelijk: true,
    documenten: ['verklaring_buitenlandse_school'],
    adviesNodig: false,
    geldigheidMaanden: 12,
    bron: 'R55 [001 L121, L172-175, 003 L680-685]',
  },
  '15': {
    label: 'Art. 15: op een andere manier voldoende onderwijs (kwalificatieplicht)',
    wettelijk: true,
    documenten: ['bewijs_alternatief_onderwijs', 'plan_van_aanpak'],
    adviesNodig: false,
    geldigheidMaanden: 12,
    bron: 'R56 [004 L1067-1069, 002 L2208-2210]',
  },
  '3a': {
    label: 'Art. 3a: vervangende leerplicht vanaf 14 jaar',
    wettelijk: true,
    documenten: ['programma_praktijk'],
    adviesNodig: false,
    geldigheidMaanden: 12,
    bron: 'R57 [002 L2168]',
  },
  '3b': {
    label: 'Art. 3b: laatste jaar leerplicht op het mbo',
    wettelijk: true,
    documenten: ['plan_van_aanpak', 'bewijs_inschrijving_mbo'],
    adviesNodig: false,
    geldigheidMaanden: 12,
    bron: 'R58 [002 L2180, 003 L703-705, 004 L1097-1101, L1374-1380]',
  },
  maatwerk: {
    label: 'Maatwerk / gedoogbeschikking (geen wettelijke vrijstellingsgrond)',
    wettelijk: false,
    documenten: ['onderbouwing_maatwerk'],
    adviesNodig: false,
    geldigheidMaanden: 12,
    bron: 'R56, R60 [003 L610, L617; 001 L195-196]',
  },
};

/** The article codes in a fixed order, for forms and zod enums. */
export const ARTIKEL_CODES = Object.keys(ARTIKELEN) as [string, ...string[]];

/** The definition of an article code, or undefined for an unknown one. */
export const artikelDef = (code: string): ArtikelDef | undefined =>
  Object.hasOwn(ARTIKELEN, code) ? ARTIKELEN[code] : undefined;
