// SPDX-License-Identifier: EUPL-1.2
/**
 * Opens the database: PGlite (embedded PostgreSQL in WASM) in `dataDir` by default, or a
 * PostgreSQL server when a `postgres://` URL is given. Both speak the same SQL and run the same
 * migrations, so no other module knows which engine it talks to.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema/index.ts';

/** The database handle every repository takes; identical for both engines. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** An open database and how to close it. */
export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  /** Runs a statement with positional parameters and returns plain rows; for bulk work and reports. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Loads rows into a table with COPY FROM (baseline for the benchmark, and for bulk loads). */
  copyFrom(table: string, columns: string[], csv: string): Promise<void>;
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

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(dataDir, { recursive: true });
  }
  const client = await PGlite.create(dataDir, loadDataDir ? { loadDataDir } : {});
  const db = drizzle(client, { schema }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    async query<T>(text: string, params: unknown[] = []) {
      const result = await client.query<T>(text, params);
      return result.rows;
    },
    async copyFrom(table, columns, csv) {
      await client.query(
        `COPY ${table} (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`,
        [],
        {
          blob: new Blob([csv]),
        },
      );
    },
    close: () => client.close(),
    dumpDataDir: async () => client.dumpDataDir('gzip'),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pg = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  // Dates stay calendar strings (YYYY-MM-DD) and counts stay numbers, as on PGlite.
  pg.default.types.setTypeParser(1082, (value: string) => value);
  pg.default.types.setTypeParser(20, (value: string) => Number(value));
  pg.default.types.setTypeParser(1700, (value: string) => Number(value));
  const pool = new pg.default.Pool({ connectionString: url, max: 4 });
  const db = drizzle(pool, { schema }) as unknown as Db;
  return {
    db,
    engine: 'postgres',
    async query<T>(text: string, params: unknown[] = []) {
      const result = await pool.query(text, params);
      return result.rows as T[];
    },
    async copyFrom(table, columns, csv) {
      const { from } = await import('pg-copy-streams');
      const { pipeline } = await import('node:stream/promises');
      const { Readable } = await import('node:stream');
      const client = await pool.connect();
      try {
        const stream = client.query(
          from(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`),
        );
        await pipeline(Readable.from([csv]), stream);
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
