// SPDX-License-Identifier: EUPL-1.2
/**
 * Shared SQL of the report queries. Every query takes `$1` = first day, `$2` = last day of the
 * school year and `$3` = the region's gemeentecodes, and counts a person only when they live in a
 * region gemeente on the day the figure counts on (interfaces.md §1.5).
 */
import type { Queryable } from '../../../db/connect.ts';
import { livesOnSql } from '../../persons/queries/residence.sql.ts';
import type { Indicator, Row, SchoolYearSpan } from '../indicator.ts';

/**
 * A lateral join giving `g.gemeente`: the region gemeente the person (alias of a joined `persons`
 * row) lived in on `day`; rows of persons living outside the region that day drop out. The person
 * row comes from the outer query. The region filter sits outside the lateral on purpose: inside
 * it, PGlite (stale statistics after a bulk import) combined the person index with the gemeente
 * index and read every residence period for every melding (2 minutes instead of 0.1 s).
 */
export const gemeenteOn = (person: string, day: string): string => `
  join lateral (
    select rp.gemeente_code as gemeente from residence_periods rp
     where rp.person_id = ${person}.id and ${livesOnSql('rp', person, day)}
     order by rp.vanaf desc nulls last limit 1) g on g.gemeente = any($3::text[])`;

/** The date of an intervention: the date filled in on the step, else the day it was recorded. */
export const eventDate = (alias: string): string =>
  `coalesce(nullif(${alias}.gegevens->>'datum', '')::date, ${alias}.datum)`;

export type IndicatorHead = Omit<Indicator, 'rijen'>;

/** Runs a grouped count (`aantal` plus the dimension columns) into an indicator. */
export async function countedIndicator(
  db: Queryable,
  span: SchoolYearSpan,
  region: readonly string[],
  head: IndicatorHead,
  sql: string,
  extra: unknown[] = [],
): Promise<Indicator> {
  const rows = await db.query<Row>(sql, [span.van, span.totEnMet, region, ...extra]);
  return { ...head, rijen: rows.filter((r) => Number(r.aantal) > 0).map(normalise) };
}

/** Counts arrive as numbers on PGlite and may be strings on pg: make every count a number. */
function normalise(row: Row): Row {
  return { ...row, aantal: Number(row.aantal) };
}
