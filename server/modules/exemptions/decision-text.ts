// SPDX-License-Identifier: EUPL-1.2
/** The particulars of a decision as they go into the beschikking's `{{reden}}` paragraph (pure). */
import { datumNl } from '../letters/letter-data.ts';
import { artikelDef } from './articles.ts';

export interface ExemptionDecision {
  artikel: string;
  besluit: 'toegekend' | 'afgewezen';
  geldigVan: string | null;
  geldigTot: string | null;
  toelichting: string | null;
}

/** Template key and `{{reden}}` text of an exemption decision. */
export function exemptionDecisionText(d: ExemptionDecision): { sleutel: string; reden: string } {
  const def = artikelDef(d.artikel);
  const parts = [`Grond: ${def?.label ?? d.artikel}.`];
  if (def && !def.wettelijk) {
    parts.push(
      'Dit is een gedoogbeschikking (maatwerk): dit is geen wettelijke vrijstellingsgrond van de Leerplichtwet 1969.',
    );
  }
  if (d.besluit === 'toegekend' && d.geldigVan && d.geldigTot) {
    parts.push(
      `De vrijstelling geldt van ${datumNl(d.geldigVan)} tot en met ${datumNl(d.geldigTot)}.`,
    );
  }
  if (d.toelichting?.trim()) parts.push(d.toelichting.trim());
  return { sleutel: `beschikking_vrijstelling_${d.besluit}`, reden: parts.join(' ') };
}

export interface LeaveDecision {
  besluit: 'verleend' | 'geweigerd';
  van: string;
  totEnMet: string;
  schooldagen: number;
  toelichting: string | null;
}

/** Template key and `{{reden}}` text of a leave decision. */
export function leaveDecisionText(d: LeaveDecision): { sleutel: string; reden: string } {
  const parts = [
    `Het gaat om de periode van ${datumNl(d.van)} tot en met ${datumNl(d.totEnMet)} (${d.schooldagen} schooldagen).`,
  ];
  if (d.toelichting?.trim()) parts.push(d.toelichting.trim());
  return { sleutel: `beschikking_verlof_${d.besluit}`, reden: parts.join(' ') };
}
