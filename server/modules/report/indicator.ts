// SPDX-License-Identifier: EUPL-1.2
/**
 * One indicator of the annual report as a tidy table (interfaces.md §1.5): fixed keys, `rijen`
 * with only non-zero counts (a missing combination means 0), dimension names from the spec
 * (`gemeente`, `status`, `verzuimsoort`, `sector`, `artikel`, `afdoening`, `maand`).
 */
export type Dimension = string;

export type Row = Record<string, string | number> & { aantal: number };

export interface Indicator {
  id: string;
  titel: string;
  eenheid: string;
  definitie: string;
  /** The day the indicator counts on, when it counts on one day. */
  peildatum?: string;
  dimensies: Dimension[];
  rijen: Row[];
  /** Set when the system holds no data for this indicator: the report says so instead of 0. */
  geenGegevens?: string;
}

/** The school year `2023-2024` as its first and last day and the 1 August peildatum after it. */
export interface SchoolYearSpan {
  schooljaar: string;
  van: string;
  totEnMet: string;
  peildatum: string;
}

/** Parses `2023-2024` into its span; undefined when the text is not two consecutive years. */
export function schoolYearSpan(schooljaar: string): SchoolYearSpan | undefined {
  const match = /^(\d{4})-(\d{4})$/.exec(schooljaar);
  if (!match) return undefined;
  const start = Number(match[1]);
  if (Number(match[2]) !== start + 1) return undefined;
  return {
    schooljaar,
    van: `${start}-08-01`,
    totEnMet: `${start + 1}-07-31`,
    peildatum: `${start + 1}-08-01`,
  };
}
