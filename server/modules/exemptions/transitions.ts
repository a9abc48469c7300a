// SPDX-License-Identifier: EUPL-1.2
/**
 * The steps of an exemption request (domain.md W4): documents in, advice asked and received, the
 * decision (toegekend / afgewezen) with its validity, the renewal meeting three months before the
 * end (R51) and the end of a running exemption. The effects write the request and the register.
 */
import { keuze, toelichting, type FieldDef } from '../casework/fields.ts';
import type { TransitionDef } from '../casework/step.ts';
import { ADVISEURS, DOCUMENTEN } from './articles.ts';

const datum = (naam: string, label: string, hulp?: string): FieldDef => ({
  naam,
  label,
  soort: 'datum',
  verplicht: true,
  ...(hulp ? { hulp } : {}),
});

const OPEN = [
  'VRIJSTELLING_AANGEVRAAGD',
  'WACHT_OP_STUKKEN',
  'ADVIES_GEVRAAGD',
  'ADVIES_ONTVANGEN',
] as const;
const BESLISBAAR = ['VRIJSTELLING_AANGEVRAAGD', 'WACHT_OP_STUKKEN', 'ADVIES_ONTVANGEN'] as const;

export const VRIJSTELLING: readonly TransitionDef[] = [
  {
    actie: 'vs_stuk_ontvangen',
    werkproces: 'vrijstelling',
    label: 'Stuk ontvangen',
    van: OPEN,
    velden: [
      keuze('document', 'Welk stuk', DOCUMENTEN, 'Alleen stukken van de lijst van dit artikel.'),
      datum('ontvangenOp', 'Ontvangen op'),
    ],
    gebeurtenis: 'stuk_ontvangen',
    effect: 'vrijstelling.stuk',
    bron: 'W4 4.2-4.3 [003 L632-633, L680-681]',
  },
  {
    actie: 'vs_stukken_opvragen',
    werkproces: 'vrijstelling',
    label: 'Ontbrekende stukken opvragen',
    van: ['VRIJSTELLING_AANGEVRAAGD'],
    naar: 'WACHT_OP_STUKKEN',
    velden: [toelichting(true, 'Welke stukken, bij wie, en tot wanneer.')],
    gebeurtenis: 'stukken_opgevraagd',
    bron: 'W4 4.3',
  },
  {
    actie: 'vs_advies_vragen',
    werkproces: 'vrijstelling',
    label: 'Advies vragen',
    van: ['VRIJSTELLING_AANGEVRAAGD', 'WACHT_OP_STUKKEN'],
    naar: 'ADVIES_GEVRAAGD',
    velden: [
      keuze(
        'adviseur',
        'Advies van',
        ADVISEURS,
        '5a: de jeugdarts (GGD / JGZ). Wet terugdringen verzuim: het samenwerkingsverband over het onderwijskundig perspectief.',
      ),
      datum('uiterlijk', 'Advies uiterlijk op'),
    ],
    gebeurtenis: 'advies_gevraagd',
    effect: 'vrijstelling.advies_gevraagd',
    bron: 'W4 4.4, R49, R52, R53',
  },
  {
    actie: 'vs_advies_ontvangen',
    werkproces: 'vrijstelling',
    label: 'Advies ontvangen',
    van: ['ADVIES_GEVRAAGD'],
    naar: 'ADVIES_ONTVANGEN',
    velden: [
      keuze('uitkomst', 'Advies', { positief: 'Positief', negatief: 'Negatief' }),
      datum('ontvangenOp', 'Ontvangen op'),
      toelichting(false),
    ],
    gebeurtenis: 'advies_ontvangen',
    effect: 'vrijstelling.advies_ontvangen',
    bron: 'W4 4.5 [003 L633-634]',
  },
  {
    actie: 'vs_toekennen',
    werkproces: 'vrijstelling',
    label: 'Besluit: toekennen',
    van: BESLISBAAR,
    naar: 'VRIJSTELLING_LOOPT',
    velden: [
      datum('datumBesluit', 'Datum besluit'),
      datum('geldigVan', 'Geldig vanaf'),
      datum('geldigTot', 'Geldig tot en met', '5a: meestal één jaar (004 L1127).'),
      toelichting(false),
    ],
    gebeurtenis: 'vrijstelling_toegekend',
    effect: 'vrijstelling.toekennen',
    bron: 'W4 4.6, 4.10, R50-R51',
  },
  {
    actie: 'vs_afwijzen',
    werkproces: 'vrijstelling',
    label: 'Besluit: afwijzen',
    van: BESLISBAAR,
    naar: 'AFGESLOTEN',
    velden: [
      datum('datumBesluit', 'Datum besluit'),
      toelichting(true, 'Waarom de aanvraag niet aan de wettelijke voorwaarden voldoet.'),
    ],
    gebeurtenis: 'vrijstelling_afgewezen',
    effect: 'vrijstelling.afwijzen',
    bron: 'W4 4.7 [004 L1204-1205]',
  },
  {
    actie: 'vs_ingetrokken',
    werkproces: 'vrijstelling',
    label: 'Aanvraag ingetrokken',
    van: OPEN,
    naar: 'AFGESLOTEN',
    velden: [toelichting(true)],
    gebeurtenis: 'aanvraag_ingetrokken',
    bron: 'W4',
  },
  {
    actie: 'vs_verlengingsoverleg',
    werkproces: 'vrijstelling',
    label: 'Verlengingsoverleg gehouden',
    van: ['VRIJSTELLING_LOOPT'],
    velden: [
      datum('datum', 'Datum overleg'),
      keuze('uitkomst', 'Uitkomst', {
        verlengen: 'Verlengen: nieuwe aanvraag (herhalingsverzoek)',
        niet_verlengen: 'Niet verlengen',
      }),
      toelichting(false, 'Onderwijskundig perspectief, belastbaarheid en aanbod (003 L641-643).'),
    ],
    gebeurtenis: 'verlengingsoverleg',
    effect: 'vrijstelling.verlenging',
    bron: 'W4 4.11-4.12, R51 [003 L638-644]',
  },
  {
    actie: 'vs_beeindigen',
    werkproces: 'vrijstelling',
    label: 'Vrijstelling beëindigen',
    van: ['VRIJSTELLING_LOOPT'],
    naar: 'AFGESLOTEN',
    velden: [
      datum('datum', 'Laatste dag van de vrijstelling'),
      keuze('reden', 'Reden', {
        verlopen: 'Verlopen',
        ingeschreven: 'Ingeschreven op een school',
        verhuisd: 'Verhuisd naar een andere gemeente',
        einde_leerplicht: 'Einde leerplicht of kwalificatieplicht',
        ingetrokken: 'Ingetrokken',
      }),
    ],
    gebeurtenis: 'vrijstelling_beeindigd',
    effect: 'vrijstelling.beeindigen',
    bron: 'W4 4.13-4.14',
  },
];
