// SPDX-License-Identifier: EUPL-1.2
/**
 * Opens the database: PGlite (embedded PostgreSQL in WASM) in `dataDir` by default, or a
 * PostgreSQL server when a `postgres://` URL is given. Both speak the same SQL and run the same
 * migrations, so no other module knows which engine it talks to.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import * as schema from './schema/index.ts';

/** The drizzle handle; identical in type for both engines. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Something that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  /** Runs a statement with positional parameters ($1, $2, …) and returns plain rows. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Loads CSV rows into a table with COPY FROM (benchmark baseline and bulk loads). */
  copyFrom(table: string, columns: string[], csv: string): Promise<void>;
}

/** An open transaction; it commits when the callback returns and rolls back when it throws. */
export type Transaction = Queryable;

/** An open database and how to close it. */
export interface Database extends Queryable {
  db: Db;
  engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction on one connection. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PGlite only: the data directory as a tarball (test snapshots). */
  dumpDataDir?(): Promise<Blob>;
}

export interface ConnectOptions {
  /** A `postgres://` URL; when set, PostgreSQL is used. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database; `memory://` keeps it in memory (tests). */
  dataDir?: string | undefined;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
}

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Opens and migrates the database chosen by `options`. */
export async function openDatabase(options: ConnectOptions): Promise<Database> {
  const database = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir ?? './data');
  if (options.migrate !== false) {
    await migrateDatabase(database);
  }
  return database;
}

/** Opens an in-memory PGlite from a `dumpDataDir` tarball (already migrated). */
export async function openPgliteSnapshot(snapshot: Blob): Promise<Database> {
  return openPglite('memory://', snapshot);
}

type PgliteTarget = Pick<PGlite, 'query'>;

const pgliteQueryable = (target: PgliteTarget): Queryable => ({
  async query<T>(text: string, params: unknown[] = []) {
    return (await target.query<T>(text, params)).rows;
  },
  async copyFrom(table, columns, csv) {
    await target.query(
      `COPY ${table} (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`,
      [],
      {
        blob: new Blob([csv]),
      },
    );
  },
});

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(dataDir, { recursive: true });
  }
  // Dates stay calendar strings (YYYY-MM-DD) and int8/numeric become numbers, exactly as openPostgres sets `pg` up.
  const parsers = {
    1082: (v: string) => v,
    20: (v: string) => Number(v),
    1700: (v: string) => Number(v),
  };
  const client = await PGlite.create(dataDir, loadDataDir ? { loadDataDir, parsers } : { parsers });
  return {
    db: drizzle(client, { schema }) as unknown as Db,
    engine: 'pglite',
    ...pgliteQueryable(client),
    transaction: (work) => client.transaction((tx) => work(pgliteQueryable(tx))),
    close: () => client.close(),
    dumpDataDir: async () => client.dumpDataDir('gzip'),
  };
}

async function copyWithClient(
  client: pg.PoolClient,
  table: string,
  columns: string[],
  csv: string,
) {
  const { from } = await import('pg-copy-streams');
  const { pipeline } = await import('node:stream/promises');
  const { Readable } = await import('node:stream');
  const stream = client.query(
    from(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`),
  );
  await pipeline(Readable.from([csv]), stream);
}

async function openPostgres(url: string): Promise<Database> {
  const pgModule = (await import('pg')).default;
  const { drizzle } = await import('drizzle-orm/node-postgres');
  // Dates stay calendar strings (YYYY-MM-DD) and counts stay numbers, as on PGlite.
  pgModule.types.setTypeParser(1082, (value: string) => value);
  pgModule.types.setTypeParser(20, (value: string) => Number(value));
  pgModule.types.setTypeParser(1700, (value: string) => Number(value));
  const pool = new pgModule.Pool({ connectionString: url, max: 4 });
  // An idle connection the server ends (restart, failover, DROP DATABASE … FORCE) emits 'error' on
  // the pool; without a listener that crashes the process. The pool drops the client and opens a
  // new one on the next query, so there is nothing else to do.
  pool.on('error', () => undefined);
  const clientQueryable = (client: pg.PoolClient): Queryable => ({
    query: async <T>(text: string, params: unknown[] = []) =>
      (await client.query(text, params)).rows as T[],
    copyFrom: (table, columns, csv) => copyWithClient(client, table, columns, csv),
  });
  return {
    db: drizzle(pool, { schema }) as unknown as Db,
    engine: 'postgres',
    query: async <T>(text: string, params: unknown[] = []) =>
      (await pool.query(text, params)).rows as T[],
    async copyFrom(table, columns, csv) {
      const client = await pool.connect();
      try {
        await copyWithClient(client, table, columns, csv);
      } finally {
        client.release();
      }
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(clientQueryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Applies the SQL migrations in `server/db/migrations` (the same files on both engines). */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.engine === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator wants the driver-specific type
    await migrate(database.db as any, { migrationsFolder });
  } else {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator wants the driver-specific type
    await migrate(database.db as any, { migrationsFolder });
  }
}
