// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Database } from '../../db/connect.ts';
import { signedIn, type SignedInClient } from '../../test/sign-in.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';

describe(`rules, settings and school-holiday routes (${testEngine()})`, () => {
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

  const get = async (url: string) => user.inject({ method: 'GET', url });

  it('GET /api/regels/leerplicht answers as the CLI, peildatum defaulting to today', async () => {
    const res = await get('/api/regels/leerplicht?geboortedatum=2010-05-14');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      peildatum: '2024-08-01',
      leerplichtigVanaf: '2015-06-01',
      volledigeLeerplichtTotEnMet: '2026-07-31',
      kwalificatieplichtTotEnMet: '2028-05-13',
      doorstroompuntTotEnMet: '2033-05-13',
      status: 'leerplichtig',
    });
    expect(Object.keys(res.json())[7]).toBe('uitleg');
  });

  it('refuses bad dates with a Dutch message', async () => {
    expect((await get('/api/regels/leerplicht?geboortedatum=14-05-2010')).statusCode).toBe(400);
    const res = await get('/api/regels/leerplicht?geboortedatum=2010-02-30');
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toContain('geen geldige datum');
  });

  it('GET /api/regels/halt answers verwijsbaar and redenen', async () => {
    const res = await get(
      '/api/regels/halt?geboortedatum=2009-03-02&datum=2024-02-01&verzuimuren=24',
    );
    expect(res.json()).toMatchObject({ verwijsbaar: true });
    const eerder = await get(
      '/api/regels/halt?geboortedatum=2009-03-02&datum=2024-02-01&verzuimuren=24&eerderHalt=ja',
    );
    expect(eerder.json().verwijsbaar).toBe(false);
  });

  it('PUT /api/instellingen records a dated value that the rules then use', async () => {
    const bad = await user.inject({
      method: 'PUT',
      url: '/api/instellingen',
      payload: {
        sleutel: 'doorstroompunt.leeftijdsgrens',
        waarde: 25,
        geldigVanaf: '2026-01-01',
        reden: 'wet',
      },
    });
    expect(bad.statusCode).toBe(422);
    const put = await user.inject({
      method: 'PUT',
      url: '/api/instellingen',
      payload: {
        sleutel: 'doorstroompunt.leeftijdsgrens',
        waarde: 27,
        geldigVanaf: '2026-01-01',
        reden: 'wet Van school naar duurzaam werk',
      },
    });
    expect(put.statusCode).toBe(200);
    const grens = put
      .json()
      .find((s: { sleutel: string }) => s.sleutel === 'doorstroompunt.leeftijdsgrens');
    expect(grens.historie).toEqual([
      {
        geldigVanaf: '2026-01-01',
        waarde: 27,
        reden: 'wet Van school naar duurzaam werk',
        gewijzigdDoor: user.gebruikersnaam,
      },
    ]);
    const before = await get(
      '/api/regels/leerplicht?geboortedatum=2002-03-10&peildatum=2025-12-31',
    );
    const after = await get('/api/regels/leerplicht?geboortedatum=2002-03-10&peildatum=2026-01-01');
    expect([before.json().status, after.json().status]).toEqual([
      'geen_doelgroep',
      'boven_leerplichtig',
    ]);
  });

  it('school holidays are seeded on first use and can be edited', async () => {
    const list = await get('/api/schoolvakanties');
    expect(list.json()).toHaveLength(75);
    const body = {
      schooljaar: '2028-2029',
      vakantieregio: 'midden',
      naam: 'herfst',
      van: '2028-10-14',
      totEnMet: '2028-10-22',
    };
    const created = await user.inject({
      method: 'POST',
      url: '/api/schoolvakanties',
      payload: body,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(
      (await user.inject({ method: 'POST', url: '/api/schoolvakanties', payload: body }))
        .statusCode,
    ).toBe(409);
    const changed = await user.inject({
      method: 'PUT',
      url: `/api/schoolvakanties/${id}`,
      payload: { ...body, totEnMet: '2028-10-23' },
    });
    expect(changed.json().totEnMet).toBe('2028-10-23');
    const reversed = await user.inject({
      method: 'PUT',
      url: `/api/schoolvakanties/${id}`,
      payload: { ...body, van: '2028-10-30' },
    });
    expect(reversed.statusCode).toBe(422);
    expect(
      (await user.inject({ method: 'DELETE', url: `/api/schoolvakanties/${id}` })).statusCode,
    ).toBe(204);
    expect(
      (await user.inject({ method: 'DELETE', url: `/api/schoolvakanties/${id}` })).statusCode,
    ).toBe(404);
  });

  it('GET /api/regels lists every rule with source and valid-from', async () => {
    const res = await get('/api/regels');
    expect(res.json().map((r: { id: string }) => r.id)).toContain('halt');
    expect(
      res.json().every((r: { geldigVanaf: string }) => /^\d{4}-\d{2}-\d{2}$/.test(r.geldigVanaf)),
    ).toBe(true);
  });
});
