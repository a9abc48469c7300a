// SPDX-License-Identifier: EUPL-1.2
/** Tidy counting for indicators: one row per combination, only non-zero counts (interfaces.md §1.5). */
import type { Row } from '../indicator.ts';

/** Counts equal combinations of dimension values; rows sorted by their values for stable output. */
export function countBy(items: readonly Record<string, string>[]): Row[] {
  return sumBy(items.map((item) => ({ ...item, aantal: 1 })));
}

/** Adds up the counts of equal combinations; rows sorted by their values for stable output. */
export function sumBy(
  items: readonly (Record<string, string | number> & { aantal: number })[],
): Row[] {
  const counts = new Map<string, { key: Record<string, string | number>; aantal: number }>();
  for (const { aantal, ...item } of items) {
    const id = JSON.stringify(item);
    const entry = counts.get(id);
    if (entry) entry.aantal += aantal;
    else counts.set(id, { key: item, aantal });
  }
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, { key, aantal }]) => ({ ...key, aantal }));
}
