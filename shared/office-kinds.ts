// SPDX-License-Identifier: EUPL-1.2
/**
 * The fixed lists of office work (domain.md §2.21–2.23) with their Dutch labels, and the ring
 * (seed 003 §5.2) each kind of work falls in. Ring `null` = outside the rings (consultation and
 * advice are "niet opgenomen"); casework counts as the kern (0).
 */

export const MEETING_TYPES = {
  zvh_jeugdoverleg: 'Jeugdoverleg Zorg- en Veiligheidshuis',
  vios: 'VIOS-overleg',
  rondetafel_po: 'Rondetafelgesprek (PO)',
  zat_vo: 'Zorg- en Adviesteam (ZAT, VO)',
  mdo_langdurig_verzuim: 'MDO langdurig verzuim',
  thuiszitterstafel: 'Thuiszitterstafel',
  overstaptafel: 'Overstaptafel',
  anders: 'Ander overleg',
} as const;
export type MeetingType = keyof typeof MEETING_TYPES;

export const CATEGORIES = {
  essentieel: 'Essentieel',
  belangrijk: 'Belangrijk',
  laag_urgent: 'Laag-urgent',
} as const;
export type Category = keyof typeof CATEGORIES;

export const ATTENDANCE = {
  online: 'Online deelnemen',
  fysiek: 'Fysiek deelnemen',
  schriftelijk: 'Schriftelijke inbreng',
  vertegenwoordiger: 'Via een vertegenwoordiger',
  afgewezen: 'Niet deelnemen',
} as const;
export type Attendance = keyof typeof ATTENDANCE;

export const LEGAL_CHECK = {
  open: 'Nog niet getoetst',
  akkoord: 'Grondslag en gegevensdeling in orde',
  niet_toegestaan: 'Geen grondslag: niet toegestaan',
} as const;
export type LegalCheck = keyof typeof LEGAL_CHECK;

/** Prevention and voorlichting (seed 002, domain.md §2.22); none of them registers a person. */
export const ACTIVITY_TYPES = {
  voorlichting_klas: 'Voorlichting in de klas',
  voorlichting_zorgteam: 'Voorlichting zorgteam',
  voorlichting_directie: 'Voorlichting directie of teamleiders',
  te_laat_kom_actie: 'Te-laat-kom-actie',
  vertrouwelijke_preventie: 'Vertrouwelijke preventie (groepsgesprek)',
  preventief_spreekuur: 'Preventief spreekuur',
} as const;
export type ActivityType = keyof typeof ACTIVITY_TYPES;

export const ADVICE_SOURCES = {
  school: 'School',
  partner: 'Ketenpartner',
  ouder: 'Ouder of verzorger',
  jeugdige: 'Jeugdige',
  anders: 'Anders',
} as const;
export type AdviceSource = keyof typeof ADVICE_SOURCES;

/** Kinds of time in the summary: what the teamleider weighs against each other. */
export const TIME_KINDS = {
  casus: 'Casuswerk',
  mdo: "MDO's en overleggen",
  preventie: 'Preventie en voorlichting',
  advies: 'Advies en consultatie',
  scholen: 'Jaargesprekken scholen',
  overstap: 'Overstap VO-MBO',
  overig: 'Overig',
} as const;
export type TimeKind = keyof typeof TIME_KINDS;

/** The fixed agenda of the jaargesprek (seed 003: meldgedrag, preventieve aanpak, verzuimbeleid). */
export const JAARGESPREK_AGENDA = {
  meldgedrag: 'Meldgedrag: tijdigheid en kwaliteit van de meldingen',
  preventieve_aanpak: 'Preventieve aanpak en evaluatie ervan',
  verzuimbeleid: 'Verzuimbeleid van de school en tekst voor de schoolgids',
  thuiszitters: 'Thuiszitters en langdurig verzuim',
  verlof: 'Verlof en luxe verzuim',
} as const;

/** The three overstaptafels until 1 October (seed 002). */
export const TRANSFER_MOMENTS = {
  1: 'Overstaptafel 1: nog geen aanmelding mbo',
  2: 'Overstaptafel 2: stand van zaken en afspraken voor de zomer',
  3: 'Overstaptafel 3: wie doet wat tot 1 oktober',
} as const;

export const TRANSFER_RESULTS = {
  ingeschreven_mbo: 'Ingeschreven op het mbo',
  ander_vervolg: 'Ander vervolg (werk, havo, anders)',
  geen_vervolg: 'Geen vervolg gevonden',
  onbekend: 'Onbekend',
} as const;

/** Ring of a preventive activity: online preventive conversations ring 1, the rest ring 2. */
export function activityRing(soort: ActivityType, vorm: 'online' | 'fysiek'): 1 | 2 {
  return soort === 'preventief_spreekuur' && vorm === 'online' ? 1 : 2;
}

export const isKey = <T extends object>(map: T, value: string): value is Extract<keyof T, string> =>
  Object.hasOwn(map, value);
