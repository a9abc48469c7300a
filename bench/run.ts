// SPDX-License-Identifier: EUPL-1.2
/**
 * The benchmark runner: `npm run bench` runs every suite but `land` (run that one by name),
 * `npm run bench -- <suite>` one. Each suite measures, then writes its own section of
 * docs/performance.md. Benchmarks are never unit tests: timings on a shared machine vary too much
 * to assert on.
 */
import { fileURLToPath } from 'node:url';
import { writeSection } from './performance-doc.ts';
import type { Suite } from './suite.ts';

const suites: Record<string, () => Promise<Suite>> = {
  import: async () => (await import('./import.bench.ts')).importSuite,
  audit: async () => (await import('./audit.bench.ts')).auditSuite,
  casework: async () => (await import('./casework.bench.ts')).caseworkSuite,
  report: async () => (await import('./report.bench.ts')).reportSuite,
  land: async () => (await import('./land.bench.ts')).landSuite,
};
/** Suites `npm run bench` leaves out: land takes 10–25 minutes, 1.5 GB of cached files and PostgreSQL. */
const onlyWhenNamed = new Set(['land']);

const docPath = fileURLToPath(new URL('../docs/performance.md', import.meta.url));

async function main(args: string[]): Promise<number> {
  const names = args.length ? args : Object.keys(suites).filter((n) => !onlyWhenNamed.has(n));
  const unknown = names.filter((n) => !suites[n]);
  if (unknown.length) {
    process.stderr.write(
      `onbekende benchmark: ${unknown.join(', ')} (bekend: ${Object.keys(suites).join(', ')})\n`,
    );
    return 2;
  }
  for (const name of names) {
    process.stderr.write(`Benchmark ${name} …\n`);
    const section = await (await suites[name]!())();
    writeSection(docPath, name, section);
    process.stderr.write(`Benchmark ${name} klaar; docs/performance.md bijgewerkt.\n`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
