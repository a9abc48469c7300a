// SPDX-License-Identifier: EUPL-1.2
/**
 * Builds the national-sized database of the land benchmark on PostgreSQL. The real import of the
 * whole national set does not fit a working session (see land.bench.ts), so: a 1/N sample of the
 * national set goes through `importFile` into one fresh database, its rows are loaded with plain
 * COPY (bench/table-copy.ts) into a second fresh database, and there the tables the signal reads
 * are copied N − 1 more times (land-replicate.ts). Then `analyze`.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../server/db/connect.ts';
import type { DemoManifest } from '../server/modules/demo/generate.ts';
import { loadDemoFiles } from '../server/modules/demo/index.ts';
import { setRegion } from '../server/modules/region/index.ts';

import { replicate } from './land-replicate.ts';
import { assertEmpty, copyTable, dumpTables } from './table-copy.ts';

/** The tables the demo files fill (as bench/import-engine.ts's KIND_TABLES, which runs when imported). */
const IMPORTED = [
  'schools',
  'persons',
  'residence_periods',
  'parent_relations',
  'enrolments',
  'absence_reports',
  'exemptions',
];

/** A fresh database on the PostgreSQL server of `adminUrl`, and how to drop it again. */
export interface FreshDatabase {
  database: Database;
  url: string;
  dispose: () => Promise<void>;
}

/** Creates and migrates a new database with a random name. */
export async function freshPostgres(adminUrl: string): Promise<FreshDatabase> {
  const name = `aanwezig_land_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  return {
    database,
    url: url.toString(),
    dispose: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** Seconds per step of building the database. */
export interface LoadTimes {
  importSeconden: number;
  copySeconden: number;
  replicateSeconden: number;
  analyzeSeconden: number;
  /** Peak RSS (MB) of this process after the sample's import. */
  importPeakRssMb: number;
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/** Imports the sample with `importFile` into `source` (the ordinary demo loader). */
export async function importSample(
  source: Database,
  dir: string,
  manifest: DemoManifest,
  log: (line: string) => void,
): Promise<number> {
  const started = performance.now();
  await loadDemoFiles(source, dir, manifest, {
    today: manifest.vandaag,
    door: 'bench',
    log: (line) => {
      if (line.includes(' klaar: ')) log(line);
    },
  });
  return seconds(started);
}

/** Loads the imported rows of `source` with plain COPY into the empty `target`. */
export async function copySample(source: Database, target: Database): Promise<number> {
  const dumps = await dumpTables(source, IMPORTED);
  await assertEmpty(target, dumps);
  const started = performance.now();
  for (const dump of dumps) await copyTable(target, dump);
  return seconds(started);
}

/** Builds the national-sized database from the sample in `dir`; the caller disposes of it. */
export async function buildLandDatabase(
  adminUrl: string,
  dir: string,
  manifest: DemoManifest,
  copies: number,
  log: (line: string) => void,
): Promise<{ target: FreshDatabase; times: LoadTimes }> {
  const source = await freshPostgres(adminUrl);
  let importSeconden: number;
  let copySeconden: number;
  let importPeakRssMb: number;
  const target = await freshPostgres(adminUrl);
  try {
    log(`Steekproef importeren met importFile (${join(dir, 'manifest.json')}) …`);
    importSeconden = await importSample(source.database, dir, manifest, log);
    log('Steekproef met COPY in een verse database laden …');
    importPeakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    copySeconden = await copySample(source.database, target.database);
  } catch (error) {
    await target.dispose();
    throw error;
  } finally {
    await source.dispose();
  }
  await setRegion(target.database, manifest.regio, 'bench');
  const replicateSeconden = await replicate(target.database, copies, log);
  const started = performance.now();
  await target.database.query('analyze');
  return {
    target,
    times: {
      importSeconden,
      copySeconden,
      replicateSeconden,
      analyzeSeconden: seconds(started),
      importPeakRssMb,
    },
  };
}
