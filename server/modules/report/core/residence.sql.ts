// SPDX-License-Identifier: EUPL-1.2
/**
 * "The gemeente the person lived in on that date" (interfaces.md §1.5, §2.2) as a lateral join,
 * so that a record counts once even if residence periods overlap, and only inside the region.
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
  return `join lateral (
      select r.gemeente_code as gemeente from residence_periods r
       where r.person_id = ${personAlias}.id and ${livesOnSql('r', personAlias, day)}
         and (${regionParam}::text[] = '{}' or r.gemeente_code = any(${regionParam}::text[]))
       order by r.vanaf desc nulls last limit 1) ${alias} on true`;
}
