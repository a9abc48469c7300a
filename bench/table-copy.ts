// SPDX-License-Identifier: EUPL-1.2
/**
 * The COPY baseline of the import benchmark: dumps the tables an import filled as table-shaped CSV
 * (identity ids left out, foreign keys resolved to the ids the rows will get in an empty database),
 * and loads them again with plain COPY. Works on whatever columns the schema has today.
 */
import type { Database, Queryable } from '../server/db/connect.ts';
import { csvLine } from '../server/modules/demo/csv-writer.ts';

/** One table ready for COPY: its columns and CSV rows, plus how its old ids map to row numbers. */
export interface TableDump {
  table: string;
  columns: string[];
  csv: string;
  rows: number;
}

interface ForeignKey {
  column: string;
  refTable: string;
}

async function foreignKeys(db: Queryable): Promise<Map<string, ForeignKey[]>> {
  const rows = await db.query<{ table_name: string; column_name: string; ref_table: string }>(
    `SELECT tc.table_name, kcu.column_name, ccu.table_name AS ref_table
       FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage kcu
         ON tc.constraint_name = kcu.constraint_name AND tc.table_schema = kcu.table_schema
       JOIN information_schema.constraint_column_usage ccu
         ON tc.constraint_name = ccu.constraint_name AND tc.table_schema = ccu.table_schema
      WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`,
  );
  const map = new Map<string, ForeignKey[]>();
  for (const r of rows) {
    map.set(r.table_name, [
      ...(map.get(r.table_name) ?? []),
      { column: r.column_name, refTable: r.ref_table },
    ]);
  }
  return map;
}

async function columnsOf(
  db: Queryable,
  table: string,
): Promise<{ copy: string[]; identity: boolean }> {
  const rows = await db.query<{ column_name: string; is_identity: string; is_generated: string }>(
    `SELECT column_name, is_identity, is_generated FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return {
    copy: rows
      .filter((r) => r.is_identity !== 'YES' && r.is_generated !== 'ALWAYS')
      .map((r) => r.column_name),
    identity: rows.some((r) => r.is_identity === 'YES' && r.column_name === 'id'),
  };
}

/** The tables plus every table they reference, referenced ones first. */
export function copyOrder(tables: readonly string[], fks: Map<string, ForeignKey[]>): string[] {
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (order.includes(t) || visiting.has(t)) return;
    visiting.add(t);
    for (const fk of fks.get(t) ?? []) if (fk.refTable !== t) visit(fk.refTable);
    order.push(t);
  };
  tables.forEach(visit);
  return order;
}

/**
 * Dumps `tables` (and what they reference) from `db`, with foreign keys rewritten to the ids the
 * rows get when COPY loads them, in this order, into empty tables (ids 1, 2, 3 …).
 */
export async function dumpTables(db: Queryable, tables: readonly string[]): Promise<TableDump[]> {
  const fks = await foreignKeys(db);
  const idMaps = new Map<string, Map<string, number>>();
  const dumps: TableDump[] = [];
  for (const table of copyOrder(tables, fks)) {
    const { copy, identity } = await columnsOf(db, table);
    const refs = new Map((fks.get(table) ?? []).map((fk) => [fk.column, fk.refTable]));
    const select = [
      ...(identity ? ['id::text AS id'] : []),
      ...copy.map((c) => `"${c}"::text AS "${c}"`),
    ];
    const rows = await db.query<Record<string, string | null>>(
      `SELECT ${select.join(', ')} FROM ${table}${identity ? ' ORDER BY id' : ''}`,
    );
    const ids = new Map<string, number>();
    const lines: string[] = [];
    rows.forEach((row, i) => {
      if (identity) ids.set(row.id!, i + 1);
      const values = copy.map((c) => {
        const value = row[c];
        const ref = refs.get(c);
        if (value === null || value === undefined) return null;
        if (ref && idMaps.has(ref)) return String(idMaps.get(ref)!.get(value) ?? value);
        return value;
      });
      // COPY csv reads an unquoted empty field as NULL and a quoted one ("") as an empty string.
      lines.push(
        values.map((v) => (v === null ? '' : v === '' ? '""' : csvLine([v], ','))).join(','),
      );
    });
    idMaps.set(table, ids);
    dumps.push({
      table,
      columns: copy.map((c) => `"${c}"`),
      csv: lines.length ? `${lines.join('\n')}\n` : '',
      rows: rows.length,
    });
  }
  return dumps;
}

/** Throws unless every table of the dump is empty in `db` (a freshly migrated database). */
export async function assertEmpty(db: Queryable, dumps: readonly TableDump[]): Promise<void> {
  for (const dump of dumps) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${dump.table}`);
    if ((row?.n ?? 0) > 0) throw new Error(`tabel ${dump.table} is niet leeg in de verse database`);
  }
}

/** Loads one dumped table with COPY. */
export async function copyTable(database: Database, dump: TableDump): Promise<void> {
  if (dump.rows > 0) await database.copyFrom(dump.table, dump.columns, dump.csv);
}
