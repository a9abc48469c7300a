// SPDX-License-Identifier: EUPL-1.2
/**
 * Test projects: `unit` (pure code), `db-pglite` (every *.db.test.ts on the embedded database) and,
 * when AANWEZIG_TEST_PG_URL is set, `db-postgres` (the same files on a PostgreSQL server).
 */
import { defineConfig } from 'vitest/config';

const dbFiles = ['{server,cli,shared,bench}/**/*.db.test.ts'];
const pgUrl = process.env.AANWEZIG_TEST_PG_URL;
if (process.env.CI && !pgUrl) {
  // CI must run every database test on PostgreSQL too; .ci/run starts the server.
  throw new Error(
    'CI=true but AANWEZIG_TEST_PG_URL is not set: the db-postgres tests would not run',
  );
}

const dbProject = (engine: 'pglite' | 'postgres') => ({
  test: {
    name: `db-${engine}`,
    include: dbFiles,
    env: { AANWEZIG_TEST_ENGINE: engine, TZ: 'UTC' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks' as const,
  },
});

export default defineConfig({
  test: {
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'reports/vitest.json' }]]
      : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{server,cli,shared,web,bench}/**/*.test.{ts,tsx}'],
          exclude: [...dbFiles, 'node_modules/**'],
          env: { TZ: 'UTC' },
          testTimeout: 30_000,
          // Some suites build a whole demo region once in beforeAll (a few seconds, more under load).
          hookTimeout: 60_000,
        },
      },
      dbProject('pglite'),
      ...(pgUrl ? [dbProject('postgres')] : []),
    ],
  },
});
