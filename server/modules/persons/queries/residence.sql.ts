// SPDX-License-Identifier: EUPL-1.2
/**
 * "A person lives in a gemeente on day d" (interfaces.md §2.2), in one place for every query:
 * a residence period p covers d (`vanaf` empty or ≤ d, `tot` empty or > d), p is not RNI, and the
 * person had not died on or before d. Signals and reports reuse this fragment.
 *
 * @param period alias of a `residence_periods` row
 * @param person alias of the `persons` row of that period
 * @param day SQL expression of the day, e.g. `$1::date`
 * @example `select p.gemeente_code from residence_periods p join persons x on x.id = p.person_id where ${livesOnSql('p', 'x', '$1::date')}`
 */
export function livesOnSql(period: string, person: string, day: string): string {
  return `(${period}.vanaf is null or ${period}.vanaf <= ${day})
    and (${period}.tot is null or ${period}.tot > ${day})
    and not ${period}.rni
    and (${person}.datum_overlijden is null or ${person}.datum_overlijden > ${day})`;
}
