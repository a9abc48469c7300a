// SPDX-License-Identifier: EUPL-1.2
/**
 * Bulk writes with `unnest` over array parameters: one statement per few thousand rows instead of
 * one per row, on both engines. Column types are given because arrays of nulls carry no type.
 */
import type { Queryable } from '../../db/connect.ts';

export interface BulkColumn {
  name: string;
  type: 'text' | 'date' | 'int' | 'boolean' | 'numeric' | 'timestamp' | 'smallint';
}

const CHUNK = 5000;

function arrays(columns: BulkColumn[], rows: unknown[][], from: number, to: number): unknown[][] {
  return columns.map((_, c) => rows.slice(from, to).map((row) => row[c] ?? null));
}

/** Inserts `rows` (values in `columns` order); returns the `returning` columns of every inserted row. */
export async function bulkInsert<T = Record<string, unknown>>(
  tx: Queryable,
  table: string,
  columns: BulkColumn[],
  rows: unknown[][],
  returning?: string,
): Promise<T[]> {
  const out: T[] = [];
  const names = columns.map((c) => c.name).join(', ');
  const casts = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  for (let from = 0; from < rows.length; from += CHUNK) {
    const result = await tx.query<T>(
      `insert into ${table} (${names}) select * from unnest(${casts})${returning ? ` returning ${returning}` : ''}`,
      arrays(columns, rows, from, from + CHUNK),
    );
    out.push(...result);
  }
  return out;
}

/** Updates rows of `table` by `id`; `columns` are set from each row (first value of a row is the id). */
export async function bulkUpdate(
  tx: Queryable,
  table: string,
  columns: BulkColumn[],
  rows: unknown[][],
): Promise<void> {
  const all: BulkColumn[] = [{ name: 'id', type: 'int' }, ...columns];
  const casts = all.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const sets = columns.map((c) => `${c.name} = u.${c.name}`).join(', ');
  const alias = all.map((c) => c.name).join(', ');
  for (let from = 0; from < rows.length; from += CHUNK) {
    await tx.query(
      `update ${table} t set ${sets} from unnest(${casts}) as u(${alias}) where t.id = u.id`,
      arrays(all, rows, from, from + CHUNK),
    );
  }
}

/** Normalises a stored or parsed value for comparison (numbers and dates as the same text). */
export const same = (a: unknown, b: unknown): boolean => norm(a) === norm(b);
function norm(v: unknown): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return String(Number(v));
  if (v instanceof Date) return v.toISOString();
  return String(v);
}
