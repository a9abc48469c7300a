// SPDX-License-Identifier: EUPL-1.2
/**
 * One engine of the import benchmark, run in its own process so its peak memory is its own:
 * imports the demo files with `importFile` into a fresh database, timing each file kind, then
 * loads the resulting rows with plain COPY into a second fresh database. Prints JSON on stdout.
 *
 *   node --import tsx bench/import-engine.ts pglite|postgres <demo-dir>
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '../server/db/connect.ts';
import type { DemoManifest } from '../server/modules/demo/generate.ts';
import { importFile } from '../server/modules/imports/index.ts';
import { setRegion } from '../server/modules/region/index.ts';
import { assertEmpty, copyTable, dumpTables } from './table-copy.ts';

/** Tables each file kind fills; the COPY baseline loads these. */
export const KIND_TABLES: Record<string, string[]> = {
  scholen: ['schools'],
  brp: ['persons', 'residence_periods', 'parent_relations'],
  inschrijvingen: ['enrolments'],
  verzuimmeldingen: ['absence_reports'],
  vrijstellingen: ['exemptions'],
};

/** What one engine measured. */
export interface EngineResult {
  engine: 'pglite' | 'postgres';
  version: string;
  import: Record<string, { rijen: number; seconden: number }>;
  copy: Record<string, { rijen: number; seconden: number }>;
  peakRssMb: number;
  afgewezen: number;
}

const log = (text: string) => process.stderr.write(`  [${process.argv[2]}] ${text}\n`);
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** A fresh, migrated, empty database and how to throw it away. */
async function freshDatabase(
  engine: string,
): Promise<{ database: Database; dispose: () => Promise<void> }> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'aanwezig-bench-pglite-'));
    const database = await openDatabase({ dataDir: dir });
    return {
      database,
      dispose: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = process.env.AANWEZIG_BENCH_PG_URL;
  if (!adminUrl) throw new Error('AANWEZIG_BENCH_PG_URL ontbreekt');
  const pg = (await import('pg')).default;
  const name = `aanwezig_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  return {
    database,
    dispose: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

async function run(engine: 'pglite' | 'postgres', dir: string): Promise<EngineResult> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as DemoManifest;
  const source = await freshDatabase(engine);
  const [{ version } = { version: '' }] = await source.database.query<{ version: string }>(
    'SELECT version() AS version',
  );
  const result: EngineResult = {
    engine,
    version: version.split(' on ')[0] ?? version,
    import: {},
    copy: {},
    peakRssMb: 0,
    afgewezen: 0,
  };
  await setRegion(source.database, manifest.regio);
  for (const file of manifest.bestanden) {
    const started = performance.now();
    const outcome = await importFile(source.database, join(dir, file.bestand), {
      soort: file.soort,
      ...(file.peildatum ? { peildatum: file.peildatum } : {}),
      door: 'bench',
      today: manifest.vandaag,
    });
    const seconds = (performance.now() - started) / 1000;
    const entry = (result.import[file.soort] ??= { rijen: 0, seconden: 0 });
    entry.rijen += file.rijen;
    entry.seconden += seconds;
    result.afgewezen += outcome.summary.afgewezen;
    log(
      `${file.bestand}: ${file.rijen} rijen in ${seconds.toFixed(2)} s (${outcome.resultaat}, afgewezen ${outcome.summary.afgewezen})`,
    );
  }
  result.peakRssMb = rssMb();
  const dumps = await dumpTables(source.database, Object.values(KIND_TABLES).flat());
  await source.dispose();
  const target = await freshDatabase(engine);
  await assertEmpty(target.database, dumps);
  const timed = new Map(
    Object.entries(KIND_TABLES).flatMap(([kind, tables]) => tables.map((t) => [t, kind] as const)),
  );
  for (const dump of dumps) {
    const started = performance.now();
    await copyTable(target.database, dump);
    const kind = timed.get(dump.table);
    if (!kind) continue;
    const entry = (result.copy[kind] ??= { rijen: 0, seconden: 0 });
    entry.rijen += dump.rows;
    entry.seconden += (performance.now() - started) / 1000;
  }
  log(
    `COPY klaar: ${Object.entries(result.copy)
      .map(([k, v]) => `${k} ${v.seconden.toFixed(2)} s`)
      .join(', ')}`,
  );
  await target.dispose();
  return result;
}

const [engine, dir] = process.argv.slice(2);
if ((engine !== 'pglite' && engine !== 'postgres') || !dir) {
  process.stderr.write('gebruik: import-engine.ts pglite|postgres <map>\n');
  process.exitCode = 2;
} else {
  process.stdout.write(`${JSON.stringify(await run(engine, dir))}\n`);
}
