// SPDX-License-Identifier: EUPL-1.2
/**
 * Import benchmark: the regio demo set imported with `importFile` on PGlite and on PostgreSQL,
 * against plain COPY of the same rows in the same run. The files are generated once and cached
 * in .bench/ (keyed by the generator's source, so a generator change makes new files).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDemo, type DemoManifest } from '../server/modules/demo/generate.ts';
import type { EngineResult } from './import-engine.ts';
import { machine } from './machine.ts';
import type { Suite } from './suite.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
/** A fixed day, so every run imports the very same files. */
export const BENCH_TODAY = '2026-06-30';
const SEED = 1;
/** Targets of issue 2 (docs/performance.md repeats them next to the figures). */
const TARGETS = { pgliteSeconds: 60, postgresSeconds: 20, copyShare: 0.25, rssMb: 1536 };

/** The cached regio files, generated when the generator's source changed. */
export function demoFiles(): { dir: string; manifest: DemoManifest } {
  const src = join(root, 'server/modules/demo');
  const hash = createHash('sha256');
  for (const f of readdirSync(src)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()) {
    hash.update(f).update(readFileSync(join(src, f)));
  }
  const dir = join(
    root,
    '.bench',
    `regio-seed${SEED}-${BENCH_TODAY}-${hash.digest('hex').slice(0, 10)}`,
  );
  if (!existsSync(join(dir, 'manifest.json'))) {
    process.stderr.write(`Demobestanden maken in ${dir} …\n`);
    generateDemo({ schaal: 'regio', seed: SEED, uit: dir, today: BENCH_TODAY });
  }
  return {
    dir,
    manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as DemoManifest,
  };
}

function postgresUrl(): string {
  if (process.env.AANWEZIG_BENCH_PG_URL) return process.env.AANWEZIG_BENCH_PG_URL;
  return execFileSync('bash', [join(root, '.ci/start-postgres.sh')], { encoding: 'utf8' }).trim();
}

function runEngine(engine: string, dir: string, pgUrl: string | undefined): EngineResult {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'bench/import-engine.ts'), engine, dir],
    {
      cwd: root,
      env: { ...process.env, ...(pgUrl ? { AANWEZIG_BENCH_PG_URL: pgUrl } : {}) },
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{')) {
    throw new Error(`benchmark ${engine} mislukt (exit ${child.status})`);
  }
  return JSON.parse(last) as EngineResult;
}

const sum = (values: { seconden: number }[]) => values.reduce((a, v) => a + v.seconden, 0);
const fmt = (n: number, digits = 2) => n.toFixed(digits);
const int = (n: number) => n.toLocaleString('en-US');
const rate = (rows: number, s: number) =>
  s > 0 ? Math.round(rows / s).toLocaleString('en-US') : '–';
const mark = (ok: boolean) => (ok ? 'met' : '**not met**');

function engineTable(r: EngineResult, manifest: DemoManifest): string {
  const kinds = [...new Set(manifest.bestanden.map((f) => f.soort))];
  const lines = [
    '| file kind | file rows | import s | import rows/s | COPY table rows | COPY s | import ÷ COPY time |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const kind of kinds) {
    const imp = r.import[kind] ?? { rijen: 0, seconden: 0 };
    const copy = r.copy[kind] ?? { rijen: 0, seconden: 0 };
    lines.push(
      `| ${kind} | ${int(imp.rijen)} | ${fmt(imp.seconden)} | ${rate(imp.rijen, imp.seconden)} | ${int(copy.rijen)} | ${fmt(copy.seconden)} | ${copy.seconden > 0 ? fmt(imp.seconden / copy.seconden, 1) : '–'} |`,
    );
  }
  const total = sum(Object.values(r.import));
  const copyTotal = sum(Object.values(r.copy));
  const rows = Object.values(r.import).reduce((a, v) => a + v.rijen, 0);
  lines.push(
    `| **total** | ${int(rows)} | **${fmt(total)}** | ${rate(rows, total)} | ${int(Object.values(r.copy).reduce((a, v) => a + v.rijen, 0))} | ${fmt(copyTotal)} | ${fmt(total / copyTotal, 1)} |`,
  );
  return lines.join('\n');
}

/** COPY time ÷ import time per kind: the import's throughput as a share of plain COPY. */
function perKindShare(r: EngineResult): string {
  return Object.entries(r.import)
    .map(([kind, imp]) => `${kind} ${fmt((r.copy[kind]?.seconden ?? 0) / imp.seconden)}`)
    .join(', ');
}

function section(results: EngineResult[], manifest: DemoManifest, runSeconds: number): string {
  const m = machine();
  const byEngine = (e: string) => results.find((r) => r.engine === e);
  const pglite = byEngine('pglite');
  const postgres = byEngine('postgres');
  const total = (r: EngineResult | undefined) => (r ? sum(Object.values(r.import)) : NaN);
  const share = postgres ? sum(Object.values(postgres.copy)) / total(postgres) : NaN;
  const rows = manifest.bestanden.reduce((a, f) => a + f.rijen, 0);
  const out = [
    '## Import (`npm run bench -- import`)',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, Node ${m.node}; ` +
      `${postgres ? `${postgres.version} server (loopback, fsync off)` : 'no PostgreSQL'}; PGlite ${m.pglite}${pglite ? ` (${pglite.version})` : ''}.`,
    '',
    `Data: the regio demo set (\`generateDemo\`, seed ${SEED}, today ${BENCH_TODAY}): ${manifest.bestanden.length} files, ${rows.toLocaleString('en-US')} rows, ` +
      `imported in manifest order with \`importFile\` into a fresh database (PGlite: a new data directory; PostgreSQL: a new database). ` +
      'In the same run the rows the import produced are dumped as table-shaped CSV (ids resolved before the timer starts) and loaded with plain `COPY` into another fresh, migrated database. ' +
      "The brp kind covers all snapshot files; its COPY loads the final persons, residence periods and parent relations. Peak RSS is `process.resourceUsage().maxRSS` of the engine's own process after the import.",
    '',
  ];
  for (const r of results) {
    out.push(
      `### ${r.engine === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL'}`,
      '',
      engineTable(r, manifest),
      '',
      `Peak RSS: ${r.peakRssMb} MB. Refused rows: ${r.afgewezen}.`,
      '',
    );
  }
  out.push(
    '### Targets',
    '',
    '| target | measured | |',
    '| --- | --- | --- |',
    `| whole regio import on PGlite ≤ ${TARGETS.pgliteSeconds} s | ${fmt(total(pglite), 1)} s | ${mark(total(pglite) <= TARGETS.pgliteSeconds)} |`,
    `| whole regio import on PostgreSQL ≤ ${TARGETS.postgresSeconds} s | ${fmt(total(postgres), 1)} s | ${mark(total(postgres) <= TARGETS.postgresSeconds)} |`,
    `| import throughput on PostgreSQL ≥ ${TARGETS.copyShare} × COPY | ${fmt(share)} × | ${mark(share >= TARGETS.copyShare)} |`,
    `| peak memory ≤ 1.5 GB | ${results.map((r) => `${r.engine} ${r.peakRssMb} MB`).join(', ')} | ${mark(results.every((r) => r.peakRssMb <= TARGETS.rssMb))} |`,
    `| no refused rows | ${results.map((r) => `${r.engine} ${r.afgewezen}`).join(', ')} | ${mark(results.every((r) => r.afgewezen === 0))} |`,
    '',
    postgres
      ? `Throughput share of COPY on PostgreSQL per file kind (COPY time ÷ import time): ${perKindShare(postgres)}.`
      : '',
    '',
    `Whole benchmark run: ${Math.round(runSeconds)} s.`,
  );
  return out.join('\n');
}

/** Runs the import benchmark on the engines in AANWEZIG_BENCH_ENGINES (default: both). */
export const importSuite: Suite = async () => {
  const started = Date.now();
  const { dir, manifest } = demoFiles();
  const engines = (process.env.AANWEZIG_BENCH_ENGINES ?? 'pglite,postgres')
    .split(',')
    .map((e) => e.trim());
  const pgUrl = engines.includes('postgres') ? postgresUrl() : undefined;
  const results = engines.map((engine) => {
    process.stderr.write(`Import op ${engine} …\n`);
    return runEngine(engine, dir, pgUrl);
  });
  return section(results, manifest, (Date.now() - started) / 1000);
};
