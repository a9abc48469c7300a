// SPDX-License-Identifier: EUPL-1.2
/**
 * The annual report (issue 6) and the absoluut-verzuim signals (issue 5) on the regio demo in
 * PGlite, each beside the same aggregates or anti-join in DuckDB on the same rows, in the same run.
 * Our side does more than the baseline: the rules engine decides every status, C10 checks every
 * day of the school year, and the report runs its checks; the ratio shows what that costs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../server/db/connect.ts';
import { loadDemoFiles } from '../server/modules/demo/index.ts';
import { regionGemeenteCodes } from '../server/modules/region/index.ts';
import { computeYear } from '../server/modules/report/compute.sql.ts';
import { schoolYearSpan } from '../server/modules/report/indicator.ts';
import { absoluteVerzuimSignals } from '../server/modules/signals/absolute-verzuim.sql.ts';
import { duckdbCopy, duckdbSignals } from './duckdb-baseline.ts';
import { onDuckdb, onPglite, pgliteBaseline, reportBaselineQueries } from './report-baseline.ts';
import { BENCH_TODAY, demoFiles } from './import.bench.ts';
import { machine, packageVersion } from './machine.ts';
import type { Suite } from './suite.ts';

const TARGETS = { reportSeconds: 2, reportRatio: 5, signalsSeconds: 3 };
const ROUNDS = 3;

async function median(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]! / 1000;
}

const s = (n: number) => n.toFixed(2);
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');

export const reportSuite: Suite = async () => {
  const { dir, manifest } = demoFiles();
  const dataDir = mkdtempSync(join(tmpdir(), 'aanwezig-bench-report-'));
  const database = await openDatabase({ dataDir });
  try {
    process.stderr.write('Demoregio laden voor de rapportbenchmark …\n');
    await loadDemoFiles(database, dir, manifest, { today: BENCH_TODAY, log: () => undefined });
    const span = schoolYearSpan('2024-2025')!;
    const region = await regionGemeenteCodes(database);
    await computeYear(database, span); // warm-up (and statistics)
    const report = await median(() => computeYear(database, span));
    const signals = await median(() => absoluteVerzuimSignals(database, span.peildatum));
    const signalCount = (await absoluteVerzuimSignals(database, span.peildatum)).signalen.length;
    const baseline = await duckdbCopy(database);
    await pgliteBaseline(database);
    try {
      const queries = (t: (table: string) => string) =>
        reportBaselineQueries(t, span.van, span.totEnMet, span.peildatum);
      const duckQueries = queries((table) => table);
      const pgQueries = queries((table) => `baseline.${table}`);
      const duckReport = await median(() => onDuckdb(baseline, duckQueries));
      const pgReport = await median(() => onPglite(database, pgQueries));
      const [duckSums, pgSums] = [
        await onDuckdb(baseline, duckQueries),
        await onPglite(database, pgQueries),
      ];
      if (duckSums.join() !== pgSums.join()) {
        throw new Error(`baseline verschilt: DuckDB ${duckSums.join()} ≠ PGlite ${pgSums.join()}`);
      }
      const duckSignals = await median(() => duckdbSignals(baseline, span.peildatum, region));
      const duckCount = await duckdbSignals(baseline, span.peildatum, region);
      const m = machine();
      return [
        '## Annual report and absoluut-verzuim signals (`npm run bench -- report`)',
        '',
        `Measured ${new Date().toISOString().slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, Node ${m.node}, PGlite ${m.pglite}, DuckDB (@duckdb/node-api ${packageVersion('@duckdb/node-api')}); ` +
          `the regio demo, school year ${span.schooljaar}, median of ${ROUNDS} runs after a warm-up. The DuckDB baseline runs the report's aggregates and the signal's anti-join on the same rows copied into memory, in the same run, as plain SQL without the rules engine (age bands instead of statuses, one day instead of every day for C10, four queries instead of every indicator and check). The second row runs those very baseline queries on PGlite over the same rows (schema \`baseline\`, same answers checked), to separate the engine from the work.`,
        '',
        '| measurement | ours (s) | DuckDB (s) | ratio | target |',
        '| --- | ---: | ---: | ---: | --- |',
        `| jaarverslag, all indicators and checks (PGlite) | ${s(report)} | ${s(duckReport)} | ${(report / duckReport).toFixed(1)}× | ≤ ${TARGETS.reportSeconds} s: ${verdict(report <= TARGETS.reportSeconds)}; ratio ≤ ${TARGETS.reportRatio}: ${verdict(report / duckReport <= TARGETS.reportRatio)} |`,
        `| the baseline's own four queries on PGlite (engine alone) | ${s(pgReport)} | ${s(duckReport)} | ${(pgReport / duckReport).toFixed(1)}× | context |`,
        `| absoluut-verzuim signals on ${span.peildatum} (PGlite; ${signalCount} signals, DuckDB anti-join ${duckCount} candidates) | ${s(signals)} | ${s(duckSignals)} | ${(signals / duckSignals).toFixed(1)}× | ≤ ${TARGETS.signalsSeconds} s: ${verdict(signals <= TARGETS.signalsSeconds)} |`,
        '',
        'The signals at `land` scale on PostgreSQL (issue 5 target ≤ 30 s) have their own section below (`npm run bench -- land`).',
      ].join('\n');
    } finally {
      baseline.close();
    }
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
