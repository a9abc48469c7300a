// SPDX-License-Identifier: EUPL-1.2
/**
 * A fresh, migrated, empty database for one test file, on the engine the test project chose
 * (AANWEZIG_TEST_ENGINE): an in-memory PGlite, or a new database on the PostgreSQL server at
 * AANWEZIG_TEST_PG_URL that is dropped again on close.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  migrationsFolder,
  openDatabase,
  openPgliteSnapshot,
  type Database,
} from '../db/connect.ts';

/**
 * A new PGlite instance costs seconds (WASM initdb plus migrations); loading a migrated snapshot
 * costs a fraction. The snapshot is keyed by the migration files, so a schema change makes a new one.
 */
async function openPgliteFromSnapshot(): Promise<Database> {
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsFolder)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    hash.update(file).update(readFileSync(join(migrationsFolder, file)));
  }
  const path = join(tmpdir(), `aanwezig-pglite-${hash.digest('hex').slice(0, 16)}.tar.gz`);
  if (existsSync(path)) {
    return openPgliteSnapshot(new Blob([readFileSync(path)]));
  }
  const database = await openDatabase({ dataDir: 'memory://' });
  const dump = await database.dumpDataDir?.();
  if (dump) {
    const temp = `${path}.${process.pid}`;
    writeFileSync(temp, Buffer.from(await dump.arrayBuffer()));
    renameSync(temp, path);
  }
  return database;
}

export async function createTestDatabase(): Promise<Database> {
  const engine = process.env.AANWEZIG_TEST_ENGINE ?? 'pglite';
  if (engine === 'pglite') {
    return openPgliteFromSnapshot();
  }
  const adminUrl = process.env.AANWEZIG_TEST_PG_URL;
  if (!adminUrl) {
    throw new Error(
      'AANWEZIG_TEST_PG_URL is not set: no PostgreSQL server for the db-postgres tests',
    );
  }
  const name = `aanwezig_test_${randomBytes(6).toString('hex')}`;
  const pg = await import('pg');
  const admin = new pg.default.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  const close = database.close;
  return {
    ...database,
    async close() {
      await close();
      const dropper = new pg.default.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** The engine the current test run uses, for test names. */
export const testEngine = (): string => process.env.AANWEZIG_TEST_ENGINE ?? 'pglite';
