// SPDX-License-Identifier: EUPL-1.2
/**
 * The raw baseline for the report and signal benchmarks: the same rows copied from our database
 * into an in-memory DuckDB (a columnar OLAP engine), and the same aggregates and anti-join run there.
 * Only ids, dates and codes are copied — no names or BSNs.
 *
 * DuckDB is not a dependency of the project: its npm package lists a binary per platform, and a
 * lock file must name them all, which this machine's registry mirror cannot serve. The benchmark
 * installs it next to the project when it is missing (`npm install --no-save`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Queryable } from '../server/db/connect.ts';

export const DUCKDB = '@duckdb/node-api@1.5.6-r.1';

/** The part of @duckdb/node-api the baseline uses. */
interface DuckDBConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRows(): unknown[][] }>;
  closeSync(): void;
}
interface DuckDBModule {
  DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<DuckDBConnection> }> };
}

/** Loads DuckDB, installing it without touching package.json or the lock file when missing. */
async function loadDuckDB(): Promise<DuckDBModule> {
  const name = '@duckdb/node-api';
  try {
    createRequire(import.meta.url).resolve(name);
  } catch {
    process.stderr.write(`DuckDB installeren voor de vergelijking (${DUCKDB}, --no-save) …\n`);
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', DUCKDB], {
      stdio: 'inherit',
    });
  }
  return (await import(name)) as DuckDBModule;
}

const TABLES: Record<string, string> = {
  persons: `select id, to_char(geboortedatum, 'YYYY-MM-DD') as geboortedatum,
              coalesce(to_char(datum_overlijden, 'YYYY-MM-DD'), '') as overleden,
              (bsn is not null)::text as heeft_bsn from persons`,
  residence: `select person_id, gemeente_code, coalesce(to_char(vanaf, 'YYYY-MM-DD'), '') as vanaf,
                coalesce(to_char(tot, 'YYYY-MM-DD'), '') as tot, rni::text as rni from residence_periods`,
  enrolments: `select person_id, to_char(datum_inschrijving, 'YYYY-MM-DD') as van,
                 coalesce(to_char(datum_uitschrijving, 'YYYY-MM-DD'), '') as tot from enrolments`,
  exemptions: `select person_id, artikel, besluit, coalesce(to_char(datum_besluit, 'YYYY-MM-DD'), '') as datum_besluit,
                 coalesce(to_char(geldig_van, 'YYYY-MM-DD'), '') as geldig_van,
                 coalesce(to_char(geldig_tot, 'YYYY-MM-DD'), '') as geldig_tot from exemptions`,
  meldingen: `select a.person_id, a.verzuimsoort, s.sector, to_char(a.gemeld_op, 'YYYY-MM-DD') as gemeld_op
                from absence_reports a join schools s on s.id = a.school_id`,
};

export interface Baseline {
  connection: DuckDBConnection;
  close: () => void;
}

/** Writes the rows of `sql` as a CSV file with a header line (booleans as true/false, NULL as empty). */
export type TableWriter = (sql: string, file: string) => Promise<void>;

/** Reads the rows into memory and writes them out: fine for a region, too big for the country. */
const inMemory =
  (db: Queryable): TableWriter =>
  async (sql, file) => {
    const rows = await db.query<Record<string, unknown>>(sql);
    const columns = Object.keys(rows[0] ?? {});
    writeFileSync(
      file,
      [
        columns.join(','),
        ...rows.map((r) => columns.map((c) => String(r[c] ?? '')).join(',')),
      ].join('\n'),
    );
  };

/** Copies the tables into DuckDB (through CSV files in a temporary folder). */
export async function duckdbCopy(source: Queryable | TableWriter): Promise<Baseline> {
  const writeTable = typeof source === 'function' ? source : inMemory(source);
  const dir = mkdtempSync(join(tmpdir(), 'aanwezig-duckdb-'));
  const { DuckDBInstance } = await loadDuckDB();
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  for (const [name, sql] of Object.entries(TABLES)) {
    const file = join(dir, `${name}.csv`);
    await writeTable(sql, file);
    await connection.run(
      `create table ${name} as select * from read_csv('${file}', header = true, nullstr = '', all_varchar = true)`,
    );
  }
  await connection.run(`create table lives as
    select r.person_id, r.gemeente_code, cast(nullif(r.vanaf, '') as date) as vanaf,
           cast(nullif(r.tot, '') as date) as tot, cast(nullif(p.overleden, '') as date) as overleden,
           cast(p.geboortedatum as date) as geboortedatum, p.heeft_bsn = 'true' as heeft_bsn
      from residence r join persons p on p.id = r.person_id where r.rni = 'false'`);
  return {
    connection,
    close: () => {
      connection.closeSync();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const livesOn = (day: string) => `(l.vanaf is null or l.vanaf <= date '${day}')
  and (l.tot is null or l.tot > date '${day}') and (l.overleden is null or l.overleden > date '${day}')`;

/** The absoluut-verzuim anti-join on one day: residents of school age without enrolment or exemption. */
export async function duckdbSignals(b: Baseline, day: string, region: string[]): Promise<number> {
  const reader = await b.connection.runAndReadAll(`
    select count(*) from lives l
     where ${livesOn(day)} and l.heeft_bsn and l.gemeente_code in (${region.map((g) => `'${g}'`).join(',')})
       and l.geboortedatum > date '${day}' - interval 19 year and l.geboortedatum <= date '${day}' - interval 5 year
       and not exists (select 1 from enrolments e where e.person_id = l.person_id
             and cast(e.van as date) <= date '${day}' and (e.tot is null or cast(e.tot as date) >= date '${day}'))
       and not exists (select 1 from exemptions v where v.person_id = l.person_id and v.besluit = 'toegekend'
             and v.artikel in ('5a', '5b', '5c', '15') and cast(v.geldig_van as date) <= date '${day}'
             and (v.geldig_tot is null or cast(v.geldig_tot as date) >= date '${day}'))`);
  return Number(reader.getRows()[0]?.[0] ?? 0);
}
