// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import type { Database } from '../db/connect.ts';
import { signedIn, type SignedInClient } from '../test/sign-in.ts';
import { createTestDatabase, testEngine } from '../test/test-database.ts';

describe(`health and OpenAPI (${testEngine()})`, () => {
  let database: Database;
  let app: FastifyInstance;
  let user: SignedInClient;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp({ database, today: () => '2024-08-01' }, { webDir: '/nonexistent' });
    user = await signedIn(app, database, 'leerplichtconsulent');
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('answers health with the engine in use', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: testEngine() });
  });

  it('publishes an OpenAPI document that lists the health route', async () => {
    const res = await user.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().paths['/api/health']).toBeDefined();
  });

  it('applies the migrations: every table exists', async () => {
    const rows = await database.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' order by 1",
    );
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        'persons',
        'residence_periods',
        'schools',
        'enrolments',
        'absence_reports',
        'exemptions',
        'cases',
        'case_events',
        'users',
        'audit_events',
        'import_runs',
        'import_rejections',
        'gemeenten',
        'regions',
        'settings',
        'school_holidays',
        'parent_relations',
      ]),
    );
  });
});
