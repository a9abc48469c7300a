// SPDX-License-Identifier: EUPL-1.2
/**
 * Audit overhead (issue 7): what writing the audit trail adds to reading a person page and to an
 * import, on PGlite with the whole regio demo loaded. In the same run, side by side: the person
 * page over HTTP (session, policy, scope, query, audit entry), the raw baseline (the page's query
 * alone), and one audit append alone. The case page arrives with issue 4; the person page is the
 * page consultants open today.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../server/app.ts';
import { openDatabase } from '../server/db/connect.ts';
import { recordAudit } from '../server/modules/audit/index.ts';
import { createUser } from '../server/modules/auth/users.sql.ts';
import { loadDemoFiles } from '../server/modules/demo/index.ts';
import { importFile } from '../server/modules/imports/index.ts';
import { getPerson } from '../server/modules/persons/queries/get-person.sql.ts';
import { personInScope } from '../server/modules/persons/queries/scope.sql.ts';
import { BENCH_TODAY, demoFiles } from './import.bench.ts';
import { machine } from './machine.ts';
import type { Suite } from './suite.ts';

const TARGET_SHARE = 0.1;
const SAMPLES = 400;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const mean = (values: number[]) => values.reduce((a, v) => a + v, 0) / values.length;
const ms = (n: number) => n.toFixed(2);

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export const auditSuite: Suite = async () => {
  const { dir, manifest } = demoFiles();
  const dataDir = mkdtempSync(join(tmpdir(), 'aanwezig-bench-audit-'));
  const database = await openDatabase({ dataDir });
  try {
    process.stderr.write('Demoregio laden voor de auditbenchmark …\n');
    await loadDemoFiles(database, dir, manifest, { today: BENCH_TODAY, log: () => undefined });
    const app = await buildApp(
      { database, today: () => BENCH_TODAY, auth: { verzoekenPerMinuut: 1_000_000 } },
      { webDir: '/nonexistent' },
    );
    const wachtwoord = 'een-lang-meetwachtwoord';
    await createUser(database, {
      gebruikersnaam: 'bench',
      naam: 'Bench',
      rol: 'leerplichtconsulent',
      wachtwoord,
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/sessie',
      payload: { gebruikersnaam: 'bench', wachtwoord },
    });
    const cookie = `aanwezig_sessie=${login.cookies.find((c) => c.name === 'aanwezig_sessie')!.value}`;
    const all = await database.query<{ id: number }>('select id from persons order by id');
    const step = Math.max(1, Math.floor(all.length / SAMPLES));
    const ids = all
      .filter((_, i) => i % step === 0)
      .slice(0, SAMPLES)
      .map((r) => r.id);

    const page: number[] = [];
    const raw: number[] = [];
    const audit: number[] = [];
    for (const [round, id] of ids.entries()) {
      // Interleaved, so drift on a shared machine hits all three alike; the first 20 warm up.
      const p = await timed(() => app.inject({ url: `/api/personen/${id}`, headers: { cookie } }));
      const r = await timed(async () => {
        await personInScope(database, id, null);
        await getPerson(database, id);
      });
      const a = await timed(() =>
        recordAudit(database, {
          actor: 'bench',
          actie: 'persons.viewed',
          onderwerpSoort: 'person',
          onderwerpId: String(id),
          doel: 'inzien',
        }),
      );
      if (round >= 20) {
        page.push(p);
        raw.push(r);
        audit.push(a);
      }
    }
    await app.close();

    const meldingen = manifest.bestanden.find((f) => f.soort === 'verzuimmeldingen')!;
    const importMs = await timed(() =>
      importFile(database, join(dir, meldingen.bestand), {
        soort: 'verzuimmeldingen',
        door: 'bench',
        today: BENCH_TODAY,
      }),
    );
    const importAudits = 1;

    const pageShare = mean(audit) / mean(page);
    const importShare = (importAudits * mean(audit)) / importMs;
    const m = machine();
    return [
      '## Audit overhead (`npm run bench -- audit`)',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, Node ${m.node}, PGlite ${m.pglite}, ` +
        `with the regio demo loaded (${all.length.toLocaleString('en-US')} persons). ${page.length} person pages, interleaved with the raw baseline and a lone audit append for the same person.`,
      '',
      '| measurement | mean ms | p50 ms | p95 ms |',
      '| --- | ---: | ---: | ---: |',
      `| person page over HTTP (session, policy, scope, query, audit) | ${ms(mean(page))} | ${ms(quantile(page, 0.5))} | ${ms(quantile(page, 0.95))} |`,
      `| raw baseline: the page's queries alone | ${ms(mean(raw))} | ${ms(quantile(raw, 0.5))} | ${ms(quantile(raw, 0.95))} |`,
      `| one audit append (lock, chain head, insert) | ${ms(mean(audit))} | ${ms(quantile(audit, 0.5))} | ${ms(quantile(audit, 0.95))} |`,
      '',
      `Re-import of \`verzuimmeldingen\` (${meldingen.rijen.toLocaleString('en-US')} rows, all unchanged): ${ms(importMs)} ms, writing ${importAudits} audit entry.`,
      '',
      '| target (issue 7) | measured | |',
      '| --- | --- | --- |',
      `| audit adds ≤ ${TARGET_SHARE * 100}% to the person page | ${(pageShare * 100).toFixed(1)}% | ${pageShare <= TARGET_SHARE ? 'met' : '**not met**'} |`,
      `| audit adds ≤ ${TARGET_SHARE * 100}% to an import | ${(importShare * 100).toFixed(3)}% | ${importShare <= TARGET_SHARE ? 'met' : '**not met**'} |`,
      '',
      `Ratio person page ÷ raw baseline: ${(mean(page) / mean(raw)).toFixed(1)}× (HTTP, session lookup and touch, policy, JSON serialisation and the audit entry).`,
    ].join('\n');
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
