// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Database } from '../../db/connect.ts';
import { signedIn, type SignedInClient } from '../../test/sign-in.ts';
import { multipart } from '../../test/multipart.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';

describe(`imports API (${testEngine()})`, () => {
  let database: Database;
  let app: FastifyInstance;
  let user: SignedInClient;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp({ database, today: () => '2024-08-01' }, { webDir: '/nonexistent' });
    user = await signedIn(app, database, 'functioneel_beheerder');
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('imports an uploaded file partially and offers the refused rows', async () => {
    const body = multipart(
      { soort: 'scholen', gedeeltelijk: 'ja' },
      {
        name: 'scholen.csv',
        content: 'brin,naam,sector,gemeentecode\n12AB,Een,PO,0546\n1XAB,Twee,PO,0546\n',
      },
    );
    const res = await user.inject({ method: 'POST', url: '/api/imports', ...body });
    expect(res.statusCode).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({
      resultaat: 'gedeeltelijk',
      soort: 'scholen',
      bestand: 'scholen.csv',
      nieuw: 1,
      afgewezen: 1,
      fouten: [{ regel: 3, kolom: 'brin', melding: "brin '1XAB' heeft niet de vorm 12AB" }],
    });
    const csv = await user.inject({
      method: 'GET',
      url: `/api/imports/${result.id}/afgewezen.csv`,
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toBe(
      "brin,naam,sector,gemeentecode,fout\n1XAB,Twee,PO,0546,brin: brin '1XAB' heeft niet de vorm 12AB\n",
    );
    const list = await user.inject({ method: 'GET', url: '/api/imports' });
    expect(list.json().imports[0]).toMatchObject({
      id: result.id,
      resultaat: 'gedeeltelijk',
      door: user.gebruikersnaam,
    });
    const one = await user.inject({ method: 'GET', url: `/api/imports/${result.id}` });
    expect(one.json().fouten).toHaveLength(1);
  });

  it('answers a refused file with resultaat geweigerd and a request without soort with 422', async () => {
    const refused = await user.inject({
      method: 'POST',
      url: '/api/imports',
      ...multipart({ soort: 'scholen' }, { name: 'x.csv', content: 'brin,kleur\n12AB,rood\n' }),
    });
    expect(refused.json()).toMatchObject({ resultaat: 'geweigerd', nieuw: 0 });
    const bad = await user.inject({
      method: 'POST',
      url: '/api/imports',
      ...multipart({}, { name: 'x.csv', content: 'a\n' }),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('imports.request_invalid');
  });

  it('lists the import routes in the OpenAPI document', async () => {
    const doc = (await user.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/imports',
        '/api/imports/{id}',
        '/api/imports/{id}/afgewezen.csv',
      ]),
    );
  });
});
