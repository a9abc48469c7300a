// SPDX-License-Identifier: EUPL-1.2
/**
 * The rules of an exemption request (pure): what is still missing on the checklist, whether a
 * decision to grant may be taken, the renewal meeting three months before expiry (R51, seed 003)
 * and the timing of a 5b kennisgeving.
 */
import { addDays, addMonths, compareDates, type IsoDate } from '../rules/index.ts';
import { artikelDef, DOCUMENTEN, type Document } from './articles.ts';

export interface ChecklistItem {
  soort: Document;
  label: string;
  ontvangenOp: IsoDate | null;
}

/** The checklist of an article with the received dates known so far (unknown documents ignored). */
export function checklist(
  artikel: string,
  ontvangen: Readonly<Record<string, IsoDate | null>>,
): ChecklistItem[] {
  return (artikelDef(artikel)?.documenten ?? []).map((soort) => ({
    soort,
    label: DOCUMENTEN[soort],
    ontvangenOp: ontvangen[soort] ?? null,
  }));
}

/** The documents of the checklist that have not come in. */
export const missingDocuments = (items: readonly ChecklistItem[]): ChecklistItem[] =>
  items.filter((i) => i.ontvangenOp === null);

export interface GrantInput {
  artikel: string;
  documenten: readonly ChecklistItem[];
  adviesUitkomst: 'positief' | 'negatief' | null;
  geldigVan: IsoDate;
  geldigTot: IsoDate;
}

/**
 * Why a request cannot be granted (empty = it can): every document in, the advice in and positive
 * where the article needs one (5a: R49), and a validity period that ends after it starts.
 */
export function grantProblems(input: GrantInput): string[] {
  const def = artikelDef(input.artikel);
  if (!def) return [`Onbekend artikel '${input.artikel}'.`];
  const problems: string[] = [];
  const missing = missingDocuments(input.documenten);
  if (missing.length) {
    problems.push(`Nog niet binnen: ${missing.map((m) => m.label.toLowerCase()).join('; ')}.`);
  }
  if (def.adviesNodig && input.adviesUitkomst !== 'positief') {
    problems.push(
      input.adviesUitkomst === 'negatief'
        ? 'Het advies is negatief: toekennen kan niet, wijs de aanvraag af.'
        : 'Het advies is nog niet ontvangen.',
    );
  }
  if (compareDates(input.geldigVan, input.geldigTot) > 0) {
    problems.push('De vrijstelling moet eindigen op of na de eerste dag.');
  }
  return problems;
}

/** R51: the renewal meeting is planned three months before the exemption ends (not before `today`). */
export function renewalDue(geldigTot: IsoDate, today: IsoDate): IsoDate {
  const due = addMonths(geldigTot, -3);
  return compareDates(due, today) < 0 ? today : due;
}

/** The default end of validity: `maanden` after the start, the day before the same date. */
export function defaultGeldigTot(artikel: string, geldigVan: IsoDate): IsoDate {
  const maanden = artikelDef(artikel)?.geldigheidMaanden ?? 12;
  return addDays(addMonths(geldigVan, maanden), -1);
}

/**
 * Timing of a 5b kennisgeving (art. 6 Lpw; [X], not in the seeds, domain.md R54): before 1 July
 * ahead of the school year, or within one month after moving into the gemeente.
 */
export function timing5b(
  datumAanvraag: IsoDate,
  verhuisdOp: IsoDate | null,
): { tijdig: boolean; uitleg: string } {
  const eersteJuli = `${datumAanvraag.slice(0, 4)}-07-01`;
  if (compareDates(datumAanvraag, eersteJuli) < 0) {
    return {
      tijdig: true,
      uitleg: `ingediend vóór 1 juli (${eersteJuli}) voor het komende schooljaar`,
    };
  }
  if (verhuisdOp && compareDates(datumAanvraag, addMonths(verhuisdOp, 1)) <= 0) {
    return { tijdig: true, uitleg: `ingediend binnen een maand na de verhuizing op ${verhuisdOp}` };
  }
  return {
    tijdig: false,
    uitleg: `te laat: niet vóór 1 juli (${eersteJuli}) en niet binnen een maand na een verhuizing`,
  };
}
