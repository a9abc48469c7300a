// SPDX-License-Identifier: EUPL-1.2
/** The `{{reden}}` paragraph of the objection letters (pure): what was objected to, the outcome, the dates. */
import { datumNl } from '../letters/letter-data.ts';
import { beroepstermijn } from '../rules/index.ts';

export type Uitkomst = 'gegrond' | 'ongegrond' | 'niet_ontvankelijk';

export interface ObjectionFacts {
  werkproces: 'vrijstelling' | 'verlof';
  /** The decision objected to. */
  besluit: 'toegekend' | 'afgewezen' | 'verleend' | 'geweigerd';
  datumBesluit: string;
  ontvangenOp: string;
  beslistermijn: string;
  gehoordOp: string | null;
  uitkomst: Uitkomst | 'ingetrokken' | null;
  beslistOp: string | null;
  toelichting: string | null;
  /** The exemption after the objection (for a grant on objection). */
  geldigVan: string | null;
  geldigTot: string | null;
}

const BESLUIT: Record<ObjectionFacts['besluit'], string> = {
  toegekend: 'het besluit om een vrijstelling toe te kennen',
  afgewezen: 'het besluit om een vrijstelling af te wijzen',
  verleend: 'het besluit om verlof te verlenen',
  geweigerd: 'het besluit om verlof te weigeren',
};

/** Template key and text of the ontvangstbevestiging (art. 6:14 Awb) with the expected decision date. */
export function receiptText(f: ObjectionFacts): { sleutel: string; reden: string } {
  return {
    sleutel: 'bezwaar_ontvangstbevestiging',
    reden: `Uw bezwaar tegen ${BESLUIT[f.besluit]} van ${datumNl(f.datumBesluit)} is op ${datumNl(f.ontvangenOp)} bij ons binnengekomen. Wij beslissen uiterlijk op ${datumNl(f.beslistermijn)} (artikel 7:10 Algemene wet bestuursrecht).`,
  };
}

/** What the new decision is after a gegrond objection, in one sentence. */
function newDecision(f: ObjectionFacts): string {
  if (f.besluit === 'afgewezen') {
    const periode =
      f.geldigVan && f.geldigTot
        ? ` van ${datumNl(f.geldigVan)} tot en met ${datumNl(f.geldigTot)}`
        : '';
    return `Wij kennen de vrijstelling alsnog toe${periode}.`;
  }
  if (f.besluit === 'toegekend') return 'De vrijstelling vervalt.';
  return f.besluit === 'geweigerd' ? 'Wij verlenen het verlof alsnog.' : 'Het verlof vervalt.';
}

const OUTCOME: Record<Uitkomst, (f: ObjectionFacts) => string> = {
  gegrond: (f) => `Uw bezwaar is gegrond. Wij herroepen ${BESLUIT[f.besluit]}. ${newDecision(f)}`,
  ongegrond: (f) => `Uw bezwaar is ongegrond. ${capital(BESLUIT[f.besluit])} blijft staan.`,
  niet_ontvankelijk: () =>
    'Wij behandelen uw bezwaar niet inhoudelijk: het is niet-ontvankelijk (artikel 6:6 en 6:11 Algemene wet bestuursrecht).',
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Template key and text of the beslissing op bezwaar, with the beroep term (art. 6:7, 8:1 Awb). */
export function decisionText(
  f: ObjectionFacts & { uitkomst: Uitkomst; beslistOp: string },
  verzonden: string,
): { sleutel: string; reden: string; beroepTot: string } {
  const beroepTot = beroepstermijn(verzonden).datum;
  const parts = [
    `Op ${datumNl(f.ontvangenOp)} ontvingen wij uw bezwaar tegen ${BESLUIT[f.besluit]} van ${datumNl(f.datumBesluit)}.`,
    f.gehoordOp
      ? `Wij hebben u op ${datumNl(f.gehoordOp)} gehoord.`
      : 'Wij hebben u niet gehoord (artikel 7:3 Algemene wet bestuursrecht).',
    OUTCOME[f.uitkomst](f),
  ];
  if (f.toelichting?.trim()) parts.push(`Waarom: ${f.toelichting.trim()}`);
  parts.push(`Beroep instellen kan tot en met ${datumNl(beroepTot)}.`);
  return { sleutel: 'beslissing_op_bezwaar', reden: parts.join(' '), beroepTot };
}
