// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../../../db/connect.ts';
import { bulkInsert, bulkUpdate, same, type BulkColumn } from '../bulk.sql.ts';
import type { ApplyCounts } from './types.ts';

/**
 * Compares rows with what is stored under the same key and writes the difference: unknown keys are
 * inserted, known keys with other values updated, the rest counted as unchanged (idempotent imports).
 */
export async function diffAndWrite(
  tx: Queryable,
  table: string,
  columns: BulkColumn[],
  rows: { key: string; values: unknown[] }[],
  existing: Map<string, Record<string, unknown> & { id: number }>,
): Promise<ApplyCounts> {
  const inserts: unknown[][] = [];
  const updates: unknown[][] = [];
  let ongewijzigd = 0;
  for (const { key, values } of rows) {
    const current = existing.get(key);
    if (!current) inserts.push(values);
    else if (columns.some((c, i) => !same(current[c.name], values[i]))) {
      updates.push([current.id, ...values]);
    } else ongewijzigd++;
  }
  await bulkInsert(tx, table, columns, inserts);
  await bulkUpdate(tx, table, columns, updates);
  return { nieuw: inserts.length, gewijzigd: updates.length, ongewijzigd };
}
