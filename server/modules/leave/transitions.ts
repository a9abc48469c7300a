// SPDX-License-Identifier: EUPL-1.2
/**
 * The steps of a leave request beyond the school head's mandate (domain.md W8): the school is
 * heard (art. 14 lid 3 Lpw, R59), then the leerplichtambtenaar decides; a request the directeur
 * may decide himself is sent back to the school.
 */
import { keuze, toelichting } from '../casework/fields.ts';
import type { TransitionDef } from '../casework/step.ts';

const datumBesluit = {
  naam: 'datumBesluit',
  label: 'Datum besluit',
  soort: 'datum',
  verplicht: true,
} as const;

export const VERLOF: readonly TransitionDef[] = [
  {
    actie: 'vl_school_horen',
    werkproces: 'verlof',
    label: 'School gehoord',
    van: ['VERLOF_AANGEVRAAGD'],
    naar: 'SCHOOL_GEHOORD',
    velden: [
      { naam: 'datum', label: 'Datum', soort: 'datum', verplicht: true },
      keuze('standpunt', 'Standpunt van de school', {
        steunt: 'De school steunt het verzoek',
        bezwaar: 'De school heeft bezwaar',
        geen_standpunt: 'De school heeft geen standpunt',
      }),
      toelichting(false),
    ],
    gebeurtenis: 'school_gehoord',
    effect: 'verlof.school_gehoord',
    bron: 'W8 8.2, R59 (art. 14 lid 3 Lpw)',
  },
  {
    actie: 'vl_verlenen',
    werkproces: 'verlof',
    label: 'Besluit: verlof verlenen',
    van: ['SCHOOL_GEHOORD'],
    naar: 'AFGESLOTEN',
    velden: [datumBesluit, toelichting(false)],
    gebeurtenis: 'verlof_verleend',
    effect: 'verlof.besluit',
    bron: 'W8 8.3',
  },
  {
    actie: 'vl_weigeren',
    werkproces: 'verlof',
    label: 'Besluit: verlof weigeren',
    van: ['SCHOOL_GEHOORD'],
    naar: 'AFGESLOTEN',
    velden: [datumBesluit, toelichting(true, 'Waarom er geen gewichtige omstandigheden zijn.')],
    gebeurtenis: 'verlof_geweigerd',
    effect: 'verlof.besluit',
    bron: 'W8 8.3, 8.4',
  },
  {
    actie: 'vl_naar_directeur',
    werkproces: 'verlof',
    label: 'Terug naar de directeur (binnen diens bevoegdheid)',
    van: ['VERLOF_AANGEVRAAGD'],
    naar: 'AFGESLOTEN',
    velden: [toelichting(false)],
    gebeurtenis: 'verlof_naar_directeur',
    effect: 'verlof.besluit',
    bron: 'art. 11 onder g, 14 Lpw; §2.14',
  },
];
