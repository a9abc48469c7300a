// SPDX-License-Identifier: EUPL-1.2
/**
 * Worklist and case page (issue 4): p95 over HTTP on PGlite with the regio demo loaded, three
 * school years of meldingen taken in by intake and the old cases closed as in the demo; the raw
 * baseline is the same queries called directly, side by side.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../server/app.ts';
import { openDatabase } from '../server/db/connect.ts';
import { createUser } from '../server/modules/auth/users.sql.ts';
import { caseDetail } from '../server/modules/casework/case-detail.sql.ts';
import { worklist } from '../server/modules/casework/worklist.sql.ts';
import { ensureDemoCasework, loadDemoFiles } from '../server/modules/demo/index.ts';
import { BENCH_TODAY, demoFiles } from './import.bench.ts';
import { machine } from './machine.ts';
import type { Suite } from './suite.ts';

const TARGET_P95_MS = 50;
const SAMPLES = 300;

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;
const ms = (n: number) => n.toFixed(1);

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export const caseworkSuite: Suite = async () => {
  const { dir, manifest } = demoFiles();
  const dataDir = mkdtempSync(join(tmpdir(), 'aanwezig-bench-cases-'));
  const database = await openDatabase({ dataDir });
  try {
    process.stderr.write('Demoregio laden voor de dossierbenchmark …\n');
    await loadDemoFiles(database, dir, manifest, { today: BENCH_TODAY, log: () => undefined });
    const wachtwoord = 'een-lang-meetwachtwoord';
    await createUser(database, {
      gebruikersnaam: 'consulent',
      naam: 'Consulent',
      rol: 'leerplichtconsulent',
      wachtwoord,
    });
    await createUser(database, {
      gebruikersnaam: 'coach',
      naam: 'Coach',
      rol: 'doorstroomcoach',
      wachtwoord,
    });
    await ensureDemoCasework(database, BENCH_TODAY);
    const [{ id: userId }] = (await database.query<{ id: number }>(
      `select id from users where gebruikersnaam = 'consulent'`,
    )) as [{ id: number }];
    const app = await buildApp(
      { database, today: () => BENCH_TODAY, auth: { verzoekenPerMinuut: 1_000_000 } },
      { webDir: '/nonexistent' },
    );
    const login = await app.inject({
      method: 'POST',
      url: '/api/sessie',
      payload: { gebruikersnaam: 'consulent', wachtwoord },
    });
    const cookie = `aanwezig_sessie=${login.cookies.find((c) => c.name === 'aanwezig_sessie')!.value}`;
    const counts = (
      await database.query<{ alle: number; open: number; mine: number }>(
        `select count(*)::int as alle, count(*) filter (where status <> 'AFGESLOTEN')::int as open,
                count(*) filter (where status <> 'AFGESLOTEN' and toegewezen_aan = $1)::int as mine from cases`,
        [userId],
      )
    )[0]!;
    const all = await database.query<{ id: number }>('select id from cases order by id');
    const step = Math.max(1, Math.floor(all.length / SAMPLES));
    const ids = all
      .filter((_, i) => i % step === 0)
      .slice(0, SAMPLES)
      .map((r) => r.id);

    const page: number[] = [];
    const pageRaw: number[] = [];
    for (const [round, id] of ids.entries()) {
      const p = await timed(() => app.inject({ url: `/api/zaken/${id}`, headers: { cookie } }));
      const r = await timed(() =>
        caseDetail(database, id, { mayReadPolice: true, scope: null, today: BENCH_TODAY }),
      );
      if (round >= 20) {
        page.push(p);
        pageRaw.push(r);
      }
    }
    const list: number[] = [];
    const listRaw: number[] = [];
    for (let round = 0; round < 120; round++) {
      const p = await timed(() =>
        app.inject({ url: '/api/werklijst?toewijzing=mij', headers: { cookie } }),
      );
      const r = await timed(() =>
        worklist(database, { toewijzing: 'mij', userId, scope: null, today: BENCH_TODAY }),
      );
      if (round >= 20) {
        list.push(p);
        listRaw.push(r);
      }
    }
    await app.close();
    const m = machine();
    const row = (name: string, values: number[], target?: number) =>
      `| ${name} | ${ms(quantile(values, 0.5))} | ${ms(quantile(values, 0.95))} | ${target === undefined ? '' : quantile(values, 0.95) <= target ? 'met' : '**not met**'} |`;
    return [
      '## Worklist and case page (`npm run bench -- casework`)',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, Node ${m.node}, PGlite ${m.pglite}; ` +
        `the regio demo with ${counts.alle.toLocaleString('en-US')} cases from three school years of meldingen (${counts.open} open, ${counts.mine} of them on the measured consultant's worklist). ` +
        `${page.length} case pages and ${list.length} worklists, each interleaved with its raw baseline (the same query without HTTP, session, policy and audit).`,
      '',
      `| measurement | p50 ms | p95 ms | target p95 ≤ ${TARGET_P95_MS} ms |`,
      '| --- | ---: | ---: | --- |',
      row('case page over HTTP', page, TARGET_P95_MS),
      row('case page, raw baseline', pageRaw),
      row('worklist over HTTP (own cases)', list, TARGET_P95_MS),
      row('worklist, raw baseline', listRaw),
    ].join('\n');
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
