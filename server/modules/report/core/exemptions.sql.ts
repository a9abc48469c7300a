// SPDX-License-Identifier: EUPL-1.2
/**
 * C12 Vrijstellingen en vervangende leerplicht (interfaces.md §1.5): exemptions granted
 * (`besluit = toegekend`) with `datum_besluit` in the school year, by the gemeente the person
 * lived in on the day of the decision and the article.
 */
import type { Queryable } from '../../../db/connect.ts';
import type { Indicator, SchoolYearSpan } from '../indicator.ts';
import { gemeenteOnJoin } from './residence.sql.ts';

export async function exemptionsIndicator(
  db: Queryable,
  span: SchoolYearSpan,
  region: readonly string[],
): Promise<Indicator> {
  const rijen = await db.query<{ gemeente: string; artikel: string; aantal: number }>(
    `select g.gemeente, v.artikel, count(*)::int as aantal
       from exemptions v join persons x on x.id = v.person_id
       ${gemeenteOnJoin('g', 'x', 'v.datum_besluit', '$3')}
      where v.besluit = 'toegekend' and v.datum_besluit between $1::date and $2::date
      group by 1, 2 order by 1, 2`,
    [span.van, span.totEnMet, region],
  );
  return {
    id: 'C12',
    titel: 'Vrijstellingen en vervangende leerplicht',
    eenheid: 'besluiten',
    definitie:
      'Toegekende vrijstellingen en besluiten over vervangende leerplicht (besluit toegekend) met een besluitdatum in het schooljaar, per artikel en per gemeente waar de jongere op de besluitdatum woonde.',
    dimensies: ['gemeente', 'artikel'],
    rijen,
  };
}
