// SPDX-License-Identifier: EUPL-1.2
/**
 * The region gemeente of each melding of the school year: where the young person lived on the
 * day it was received (interfaces.md §1.5). Several indicators group the same meldingen, and this
 * per-melding residence look-up is what costs (report bench: ~120 ms a query on the demo region);
 * so it runs once, and those indicators join its pairs (~20 ms a query).
 */
import type { Queryable } from '../../../db/connect.ts';
import { gemeenteOnJoin } from '../core/residence.sql.ts';
import type { SchoolYearSpan } from '../indicator.ts';

/** Melding ids with the region gemeente each counts in; meldingen outside the region are absent. */
export interface MeldingGemeenten {
  ids: number[];
  gemeenten: string[];
}

/** Resolves the gemeente of every melding received in the span (an empty region = every gemeente). */
export async function meldingGemeenten(
  db: Queryable,
  span: SchoolYearSpan,
  region: readonly string[],
): Promise<MeldingGemeenten> {
  const rows = await db.query<{ id: number; gemeente: string }>(
    `select a.id, g.gemeente from absence_reports a join persons x on x.id = a.person_id
       ${gemeenteOnJoin('g', 'x', 'a.gemeld_op', '$3')}
      where a.gemeld_op between $1::date and $2::date`,
    [span.van, span.totEnMet, region],
  );
  return { ids: rows.map((r) => r.id), gemeenten: rows.map((r) => r.gemeente) };
}

/**
 * A from-clause over those meldingen with aliases `g` (gemeente), `a` (absence_reports) and `s`
 * (schools), taking the pairs from parameters `ids` and `gemeenten`. Join `persons` only where a
 * query needs it: it costs a look-up per melding.
 */
export const fromMeldingGemeenten = (ids: string, gemeenten: string): string =>
  `from unnest(${ids}::int[], ${gemeenten}::text[]) as g(melding, gemeente)
     join absence_reports a on a.id = g.melding
     join schools s on s.id = a.school_id`;

/** The pairs as query parameters, in the order `fromMeldingGemeenten` names them. */
export const meldingParams = (m: MeldingGemeenten): unknown[] => [m.ids, m.gemeenten];
