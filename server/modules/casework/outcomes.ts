// SPDX-License-Identifier: EUPL-1.2
/**
 * The controlled lists a case closes with: the afdoening (outcome) — the union of seed 000's chart
 * of VO meldingen and seed 002's outflow of relatief verzuim (domain.md §2.11 a, b) — and DUO's
 * status, seven closing reasons and three closing explanations (anchors-mission.md §d1, Besluit
 * register onderwijsdeelnemers).
 */
export const AFDOENINGEN = {
  afspraken_gemaakt: { label: 'Afspraken gemaakt', bron: '000 L896' },
  waarschuwing_gegeven: { label: 'Waarschuwing gegeven', bron: '000 L894; 002 L2028' },
  halt: { label: 'Halt-verwijzing', bron: '000 L892; 002 L2030' },
  pv_relatief: { label: 'Proces-verbaal relatief verzuim', bron: '002 L2022' },
  pv_luxe: { label: 'Proces-verbaal luxe verzuim', bron: '002 L2024' },
  pv_aanvullend: { label: 'Aanvullend proces-verbaal', bron: '002 L2026' },
  niet_verwijtbaar: { label: 'Niet verwijtbaar', bron: '002 L2032' },
  onterechte_melding: { label: 'Onterechte melding', bron: '002 L2034' },
  geen_actie_school: { label: 'Geen actie gewenst door school', bron: '000 L888' },
  geen_actie_consulent: { label: 'Geen actie gewenst door consulent', bron: '000 L885-886' },
  niet_behandeld_geoorloofd: {
    label: 'Niet behandeld: verzuim niet ongeoorloofd',
    bron: '000 L882-883',
  },
  niet_behandeld_overig: { label: 'Niet behandeld: overig', bron: '000 L880' },
  leerling_uitgeschreven: { label: 'Leerling wordt uitgeschreven', bron: '000 L890' },
  verhuisd: { label: 'Verhuisd / overdracht andere gemeente', bron: '002 L2038; 002 L2107' },
  overdracht_doorstroompunt: { label: 'Overdracht Doorstroompunt', bron: '002 L2036' },
  start_vrijstelling: {
    label: 'Start werkproces vrijstelling van inschrijving (artikel 5)',
    bron: '002 L2040',
  },
  vrijwillige_hulp: { label: 'Vrijwillige hulp via het sociaal (wijk)team', bron: '004 L357-361' },
  kennisgeving: { label: 'Kennisgevingsbrief verstuurd', bron: '003 L2518-2528' },
  nog_in_behandeling: { label: 'Nog in behandeling', bron: '002 L2042; 000 L878-880' },
  // Absoluut verzuim (seed 002's "Resultaten absoluut verzuimmeldingen", domain.md §2.11c).
  pv_absoluut: { label: 'Proces-verbaal absoluut verzuim', bron: '002 L2097' },
  inschrijving_school: { label: 'Inschrijving bij school', bron: '002 L2103' },
  overdracht_andere_gemeente: { label: 'Overdracht andere gemeente', bron: '002 L2107' },
  start_vrijstelling_5a: {
    label: 'Start werkproces vrijstelling, artikel 5 onder a',
    bron: '002 L2109',
  },
  start_vrijstelling_5b: {
    label: 'Start werkproces vrijstelling, artikel 5 onder b',
    bron: '002 L2111',
  },
  start_vrijstelling_5c: {
    label: 'Start werkproces vrijstelling, artikel 5 onder c',
    bron: '002 L2113',
  },
  start_vrijstelling_15: { label: 'Start werkproces vrijstelling, artikel 15', bron: '002 L2115' },
  sk_niet_haalbaar: { label: 'Startkwalificatie niet haalbaar', bron: '002 L2117' },
  uitschrijving_brp: { label: 'Uitschrijving BRP Nederland', bron: '002 L2119' },
} as const;

export type Afdoening = keyof typeof AFDOENINGEN;

/** DUO status of a melding, sent back to DUO (§d1: "in behandeling, afgesloten, ter kennisneming"). */
export const DUO_STATUSSEN = {
  in_behandeling: 'In behandeling',
  afgesloten: 'Afgesloten',
  ter_kennisgeving: 'Ter kennisgeving aangenomen',
} as const;
export type DuoStatus = keyof typeof DUO_STATUSSEN;

/** The seven reasons for closing a melding (§d1, Besluit register onderwijsdeelnemers). */
export const DUO_SLUITREDENEN = {
  terug_op_school: 'Terug op school, onderwijs hervat',
  uitgeschreven_andere_opleiding: 'Inschrijving beëindigd, andere opleiding',
  uitgeschreven_werk: 'Inschrijving beëindigd, werk',
  uitgeschreven_overig: 'Inschrijving beëindigd, andere redenen',
  uitgeschreven_overleden: 'Inschrijving beëindigd, leerling overleden',
  geen_verzuim_ziekte: 'Geen verzuim, langdurig ziek',
  geen_verzuim_geoorloofd: 'Geen verzuim, geoorloofd afwezig',
} as const;
export type DuoSluitreden = keyof typeof DUO_SLUITREDENEN;

/** The three explanations of closing (§d1). */
export const DUO_TOELICHTINGEN = {
  gezien: 'De leerling is door de gemeente gezien',
  actie: 'De gemeente onderneemt actie richting de leerling',
  geen_actie: 'Geen verdere actie richting de leerling',
} as const;
export type DuoToelichting = keyof typeof DUO_TOELICHTINGEN;
