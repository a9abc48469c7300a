// SPDX-License-Identifier: EUPL-1.2
/**
 * "The gemeente the person lived in on that date" (interfaces.md §1.5, §2.2) as a lateral join,
 * so that a record counts once even if residence periods overlap (the latest period wins), and
 * only when that gemeente is in the region.
 */
import { livesOnSql } from '../../persons/queries/residence.sql.ts';

/**
 * A `join lateral` yielding `<alias>.gemeente` for the person `personAlias` on `day`, restricted to
 * the region codes in parameter `regionParam` (an empty array means every gemeente).
 */
export function gemeenteOnJoin(
  alias: string,
  personAlias: string,
  day: string,
  regionParam: string,
): string {
  // The region test sits outside the lateral: inside it, the planner combines the person index
  // with the gemeente index and reads a whole gemeente per person (minutes instead of seconds).
  return `join lateral (
      select r.gemeente_code as gemeente from residence_periods r
       where r.person_id = ${personAlias}.id and ${livesOnSql('r', personAlias, day)}
       order by r.vanaf desc nulls last limit 1) ${alias}
      on (${regionParam}::text[] = '{}' or ${alias}.gemeente = any(${regionParam}::text[]))`;
}
