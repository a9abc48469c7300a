// SPDX-License-Identifier: EUPL-1.2
/**
 * The steps of a bezwaar against the beschikking of a vrijstelling or verlof case (Awb; domain.md
 * W4 4.15): received (in time? decision term), hearing or not (7:2, 7:3), postponement (7:10 lid 3),
 * the beslissing op bezwaar, or withdrawal. One list per werkproces (a step's `actie` is unique);
 * the effects (effects.sql.ts) compute the dates with the rules engine and move the case back.
 */
import { keuze, toelichting, type FieldDef } from '../casework/fields.ts';
import type { CaseState } from '../casework/states.ts';
import type { TransitionDef, Werkproces } from '../casework/step.ts';
import { HOREN_UITZONDERINGEN } from '../rules/index.ts';

const datum = (naam: string, label: string, verplicht = true, hulp?: string): FieldDef => ({
  naam,
  label,
  soort: 'datum',
  verplicht,
  ...(hulp ? { hulp } : {}),
});
const jaNee = (naam: string, label: string, hulp: string): FieldDef => ({
  naam,
  label,
  soort: 'ja_nee',
  verplicht: false,
  hulp,
});

export const INDIENERS = {
  ouder: 'De ouder die de aanvraag deed',
  andere_ouder: 'De andere ouder',
  jeugdige: 'De jeugdige',
  school: 'De school',
  gemachtigde: 'Een gemachtigde (advocaat, rechtshulp)',
};

export const UITKOMSTEN = {
  gegrond: 'Gegrond: het besluit wordt herroepen',
  ongegrond: 'Ongegrond: het besluit blijft',
  niet_ontvankelijk: 'Niet-ontvankelijk (bijvoorbeeld te laat, art. 6:6 / 6:11 Awb)',
};

const AWB = 'Awb; domain.md W4 4.15 [X]';

function steps(
  werkproces: Werkproces,
  p: 'vs' | 'vl',
  besluitStaten: readonly CaseState[],
): TransitionDef[] {
  const base = { werkproces, van: ['BEZWAAR'] as const };
  return [
    {
      actie: `${p}_bezwaar_ontvangen`,
      werkproces,
      label: 'Bezwaar ontvangen',
      van: besluitStaten,
      naar: 'BEZWAAR',
      velden: [
        datum('ontvangenOp', 'Bezwaar ontvangen op'),
        datum(
          'datumBesluit',
          'Datum van het besluit (verzonden op)',
          true,
          'De bezwaartermijn van 6 weken begint de dag erna (art. 6:8 Awb).',
        ),
        datum(
          'gepostOp',
          'Poststempel',
          false,
          'Alleen bij een brief: op tijd als die vóór het einde van de termijn is verstuurd en binnen een week binnen is (art. 6:9 lid 2 Awb).',
        ),
        keuze('indiener', 'Ingediend door', INDIENERS),
        {
          naam: 'gronden',
          label: 'Gronden van het bezwaar',
          soort: 'tekst',
          verplicht: true,
          hulp: 'Waarom de indiener het niet eens is met het besluit (art. 6:5 Awb).',
        },
        jaNee(
          'verschoonbaar',
          'Te laat, maar verschoonbaar',
          'Alleen als het bezwaar te laat is en de indiener daar niets aan kon doen (art. 6:11 Awb).',
        ),
        jaNee(
          'adviescommissie',
          'Advies van de bezwaarcommissie',
          'Met een commissie (art. 7:13 Awb) is de beslistermijn 12 weken in plaats van 6.',
        ),
      ],
      gebeurtenis: 'bezwaar_ontvangen',
      effect: 'bezwaar.ontvangen',
      bron: `art. 6:4-6:11, 7:10 ${AWB}`,
    },
    {
      ...base,
      actie: `${p}_bezwaar_horen`,
      label: 'Hoorzitting gehouden',
      velden: [
        datum('datum', 'Datum hoorzitting'),
        toelichting(false, 'Kort verslag; het verslag zelf gaat in het dossier (art. 7:7 Awb).'),
      ],
      gebeurtenis: 'bezwaar_hoorzitting',
      effect: 'bezwaar.gehoord',
      bron: `art. 7:2, 7:7 ${AWB}`,
    },
    {
      ...base,
      actie: `${p}_bezwaar_niet_horen`,
      label: 'Afgezien van horen',
      velden: [keuze('grond', 'Waarom niet horen', HOREN_UITZONDERINGEN), toelichting(false)],
      gebeurtenis: 'bezwaar_niet_gehoord',
      effect: 'bezwaar.niet_gehoord',
      bron: `art. 7:3 ${AWB}`,
    },
    {
      ...base,
      actie: `${p}_bezwaar_verdagen`,
      label: 'Beslissing verdagen (6 weken)',
      velden: [
        datum('datum', 'Datum bericht aan de indiener'),
        toelichting(
          true,
          'Waarom meer tijd nodig is. Dit kan één keer, vóór het einde van de beslistermijn (art. 7:10 lid 3 Awb).',
        ),
      ],
      gebeurtenis: 'bezwaar_verdaagd',
      effect: 'bezwaar.verdaagd',
      bron: `art. 7:10 lid 3 ${AWB}`,
    },
    {
      ...base,
      actie: `${p}_bezwaar_beslissen`,
      label: 'Beslissing op bezwaar',
      velden: [
        datum('datum', 'Datum beslissing op bezwaar'),
        keuze('uitkomst', 'Beslissing', UITKOMSTEN),
        ...(werkproces === 'vrijstelling'
          ? [
              datum(
                'geldigVan',
                'Vrijstelling geldig vanaf',
                false,
                'Alleen als een afwijzing wordt herroepen: de vrijstelling wordt alsnog verleend.',
              ),
              datum('geldigTot', 'Vrijstelling geldig tot en met', false),
            ]
          : []),
        toelichting(
          true,
          'De motivering: waarom het bezwaar wel of niet slaagt. Komt in de brief.',
        ),
      ],
      gebeurtenis: 'bezwaar_beslist',
      effect: 'bezwaar.beslissing',
      bron: `art. 7:11, 7:12 ${AWB}`,
    },
    {
      ...base,
      actie: `${p}_bezwaar_ingetrokken`,
      label: 'Bezwaar ingetrokken',
      velden: [datum('datum', 'Ingetrokken op'), toelichting(false)],
      gebeurtenis: 'bezwaar_ingetrokken',
      effect: 'bezwaar.ingetrokken',
      bron: `art. 6:21 ${AWB}`,
    },
  ];
}

/** Objection steps of both werkprocessen; joined in `casework/lifecycle.ts`. */
export const BEZWAAR: readonly TransitionDef[] = [
  ...steps('vrijstelling', 'vs', ['VRIJSTELLING_LOOPT', 'AFGESLOTEN']),
  ...steps('verlof', 'vl', ['AFGESLOTEN']),
];
