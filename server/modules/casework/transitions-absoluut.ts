// SPDX-License-Identifier: EUPL-1.2
/**
 * The steps of an absoluut-verzuim case: a resident of school age without enrolment (domain.md
 * W3, R45-R48), closing with the results of seed 002.
 */
import { keuze, labels, OM_UITKOMSTEN, toelichting, VERDACHTEN } from './fields.ts';
import type { TransitionDef } from './step.ts';

export const ABSOLUUT_VERZUIM: readonly TransitionDef[] = [
  // W3 absoluut verzuim: a resident of school age without enrolment (domain.md W3, R45-R48).
  {
    actie: 'av_onderzoek',
    werkproces: 'absoluut_verzuim',
    label: 'Onderzoek starten',
    van: ['SIGNAAL'],
    naar: 'IN_ONDERZOEK',
    velden: [toelichting(false)],
    gebeurtenis: 'onderzoek_gestart',
    bron: 'W3 3.4, R46 [004 L850-852]',
  },
  {
    actie: 'av_aanmelding',
    werkproces: 'absoluut_verzuim',
    label: 'Aanmelding bij een school begeleiden',
    van: ['IN_ONDERZOEK'],
    naar: 'AANMELDING_BEGELEID',
    velden: [
      { naam: 'school', label: 'Bij welke school', soort: 'tekst', verplicht: true },
      toelichting(false),
    ],
    gebeurtenis: 'aanmelding_begeleid',
    bron: 'W3 3.5, R46',
  },
  {
    actie: 'av_wachtlijst',
    werkproces: 'absoluut_verzuim',
    label: 'Op een wachtlijst gezet',
    van: ['AANMELDING_BEGELEID'],
    naar: 'WACHTLIJST',
    velden: [
      {
        naam: 'wachtlijst',
        label: 'Wachtlijst van (onderwijs of zorg)',
        soort: 'tekst',
        verplicht: true,
      },
    ],
    gebeurtenis: 'wachtlijst',
    bron: 'W3 3.6 [000 L630]',
  },
  {
    actie: 'av_proces_verbaal',
    werkproces: 'absoluut_verzuim',
    label: 'Proces-verbaal opmaken',
    van: ['IN_ONDERZOEK'],
    naar: 'PROCES_VERBAAL',
    velden: [
      keuze('verdachte', 'Verdachte', VERDACHTEN),
      { naam: 'datum', label: 'Datum proces-verbaal', soort: 'datum', verplicht: true },
      { naam: 'naarOm', label: 'Verstuurd naar het OM', soort: 'ja_nee', verplicht: true },
      toelichting(true, 'De ouders weigeren hun kind in te schrijven (R47).'),
    ],
    gebeurtenis: 'proces_verbaal',
    afdoening: 'pv_absoluut',
    bron: 'W3 3.11, R47 [002 L2097]',
  },
  {
    actie: 'av_om_uitkomst',
    werkproces: 'absoluut_verzuim',
    label: 'Uitkomst van het OM vastleggen en afsluiten',
    van: ['PROCES_VERBAAL'],
    naar: 'AFGESLOTEN',
    velden: [keuze('omUitkomst', 'Uitkomst OM / rechter', OM_UITKOMSTEN)],
    gebeurtenis: 'om_uitkomst',
    bron: 'W13',
  },
  {
    actie: 'av_afsluiten',
    werkproces: 'absoluut_verzuim',
    label: 'Afsluiten',
    van: ['SIGNAAL', 'IN_ONDERZOEK', 'AANMELDING_BEGELEID', 'WACHTLIJST'],
    naar: 'AFGESLOTEN',
    velden: [
      keuze(
        'afdoening',
        'Resultaat',
        labels([
          'inschrijving_school',
          'onterechte_melding',
          'niet_verwijtbaar',
          'overdracht_andere_gemeente',
          'uitschrijving_brp',
          'overdracht_doorstroompunt',
          'start_vrijstelling_5a',
          'start_vrijstelling_5b',
          'start_vrijstelling_5c',
          'start_vrijstelling_15',
          'sk_niet_haalbaar',
        ]),
        'De resultaten van seed 002 (resultaten absoluut verzuimmeldingen).',
      ),
      toelichting(false),
    ],
    gebeurtenis: 'afgesloten',
    bron: 'W3 3.2, 3.3, 3.7-3.10, 3.12 [002 L2093-2121]',
  },
];
