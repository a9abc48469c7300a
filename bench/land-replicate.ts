// SPDX-License-Identifier: EUPL-1.2
/**
 * Makes the sample national-sized: copies the tables the signal reads N − 1 more times, with ids
 * shifted past the earlier copies and new, valid BSNs (all starting with 0, which the generator
 * never hands out; elfproef checked in SQL). Read indexes are rebuilt afterwards and foreign keys
 * are not checked per row, since the copies keep every reference intact by construction.
 */
import type { Database, Queryable } from '../server/db/connect.ts';

/** The tables the absoluut-verzuim signal reads per person; schools are shared by all copies. */
export const REPLICATED = ['persons', 'residence_periods', 'enrolments', 'exemptions'] as const;

const seconds = (since: number) => (performance.now() - since) / 1000;

async function insertableColumns(db: Database, table: string): Promise<string[]> {
  const rows = await db.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND is_generated <> 'ALWAYS'
      ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

/** The value of `column` in copy number $1 (ids shifted past the previous copies). */
function copiedValue(column: string, table: string): string {
  if (column === 'id') return `t.id + $1::int * $2::int`;
  if (column === 'person_id') return `t.person_id + $1::int * $3::int`;
  if (table === 'persons' && column === 'bsn') {
    return 'case when t.bsn is null then null else b.bsn end';
  }
  if (column === 'onderwijsnummer') return `t.onderwijsnummer || '-' || $1::int`;
  if (column === 'case_id') return 'null';
  return `t.${column}`;
}

/**
 * Valid BSNs that start with 0 (the generator's start with 1–9), numbered 1, 2, 3 …:
 * eight digits completed with the elfproef digit, skipping prefixes whose digit would be 10.
 */
async function bsnPool(db: Database, needed: number): Promise<void> {
  const [clash] = await db.query<{ n: number }>(
    `select count(*)::int as n from persons where bsn like '0%'`,
  );
  if ((clash?.n ?? 0) > 0) throw new Error('de steekproef heeft al BSN’s die met 0 beginnen');
  const weights = [9, 8, 7, 6, 5, 4, 3, 2]
    .map((w, i) => `${w} * substr(d, ${i + 1}, 1)::int`)
    .join(' + ');
  await db.query(`drop table if exists bench_bsn_pool`);
  await db.query(
    `create unlogged table bench_bsn_pool as
       select row_number() over (order by n)::int as k, d || c::text as bsn
         from (select n, d, (${weights}) % 11 as c
                 from (select n, lpad(n::text, 8, '0') as d
                         from generate_series(1, $1::int) n) digits) checked
        where c < 10`,
    [Math.ceil((needed * 11) / 10) + 1000],
  );
  await db.query(`create unique index on bench_bsn_pool (k)`);
}

/** Indexes that only speed up reads (not primary keys, not unique): dropped while copying. */
async function readIndexes(db: Queryable): Promise<{ name: string; def: string }[]> {
  return db.query<{ name: string; def: string }>(
    `select i.indexname as name, i.indexdef as def from pg_indexes i
      where i.schemaname = 'public' and i.tablename = any($1::text[])
        and i.indexdef not like 'CREATE UNIQUE%'`,
    [[...REPLICATED]],
  );
}

/** Copies the person tables `copies − 1` more times; returns the seconds it took. */
export async function replicate(
  database: Database,
  copies: number,
  log: (line: string) => void,
): Promise<number> {
  const started = performance.now();
  const max = async (table: string) =>
    (await database.query<{ m: number }>(`select coalesce(max(id), 0)::int as m from ${table}`))[0]
      ?.m ?? 0;
  const persons = await max('persons');
  await bsnPool(database, persons * (copies - 1));
  const plan: { table: string; columns: string[]; offset: number }[] = [];
  for (const table of REPLICATED) {
    plan.push({
      table,
      columns: await insertableColumns(database, table),
      offset: await max(table),
    });
  }
  const indexes = await readIndexes(database);
  for (const index of indexes) await database.query(`drop index ${index.name}`);
  await database.transaction(async (tx) => {
    // The copies keep every reference intact by construction: skip the per-row foreign-key checks.
    await tx.query('set local session_replication_role = replica');
    for (let copy = 1; copy < copies; copy++) {
      for (const { table, columns, offset } of plan) {
        const bsnJoin =
          table === 'persons'
            ? 'left join bench_bsn_pool b on b.k = t.id + ($1::int - 1) * $3::int'
            : '';
        await tx.query(
          `insert into ${table} (${columns.join(', ')}) overriding system value
             select ${columns.map((c) => copiedValue(c, table)).join(', ')}
               from ${table} t ${bsnJoin} where t.id <= $2::int`,
          [copy, offset, persons],
        );
      }
      log(`kopie ${copy + 1}/${copies} klaar (${seconds(started).toFixed(0)} s)`);
    }
  });
  for (const index of indexes) await database.query(index.def);
  await database.query('drop table bench_bsn_pool');
  for (const table of REPLICATED) {
    await database.query(
      `select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`,
    );
  }
  return seconds(started);
}
