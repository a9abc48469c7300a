// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Database } from '../../db/connect.ts';
import { signedIn, type SignedInClient } from '../../test/sign-in.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { makeCase } from './test-data.sql.ts';

describe(`appointment and outbox API (${testEngine()})`, () => {
  let database: Database;
  let app: FastifyInstance;
  let consultant: SignedInClient;
  let now = new Date('2025-03-03T10:00:00Z');
  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp(
      { database, today: () => now.toISOString().slice(0, 10), now: () => now },
      { webDir: '/nonexistent' },
    );
    consultant = await signedIn(app, database, 'leerplichtconsulent');
  });
  // Sessions expire on the same clock: moving it means signing in again.
  const setClock = async (iso: string) => {
    now = new Date(iso);
    consultant = await signedIn(app, database, 'leerplichtconsulent');
  };
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('plans through the API, lists, shows the outbox, and takes the outcome', async () => {
    const caseId = await makeCase(database, { team: 'VO-kort' });
    const planned = await consultant.inject({
      method: 'POST',
      url: `/api/zaken/${caseId}/afspraken`,
      payload: {
        tijdstip: '2025-03-14T10:00:00+01:00',
        locatie: 'Stadskantoor',
        contact: { email: 'ouder@example.nl' },
      },
    });
    expect(planned.statusCode).toBe(201);
    const { id, link, berichten } = planned.json<{ id: number; link: string; berichten: number }>();
    expect(berichten).toBe(1);
    expect(link).toMatch(/\/afspraak\/[A-Za-z0-9_-]{43}$/);

    const list = await consultant.inject({ method: 'GET', url: `/api/zaken/${caseId}/afspraken` });
    expect(list.json().afspraken).toMatchObject([
      {
        id,
        tijdstip: '2025-03-14T09:00:00.000Z',
        duurMinuten: 45,
        locatie: 'Stadskantoor',
        status: 'gepland',
      },
    ]);

    const admin = await signedIn(app, database, 'administratief_medewerker');
    const outbox = await admin.inject({ method: 'GET', url: '/api/berichten' });
    expect(outbox.statusCode).toBe(200);
    const body = outbox.json<{
      ontwikkelmodus: { email: boolean };
      berichten: { aan: string; weergave: string; inhoud: string }[];
    }>();
    expect(body.ontwikkelmodus.email).toBe(true);
    expect(body.berichten[0]).toMatchObject({
      aan: 'o…@example.nl',
      weergave: 'niet verzonden (ontwikkelmodus)',
    });
    // In development mode the link is shown, so someone can click it to try the public page.
    expect(body.berichten[0]!.inhoud).toContain(link);
    expect((await consultant.inject({ method: 'GET', url: '/api/berichten' })).statusCode).toBe(
      403,
    );

    const early = await consultant.inject({
      method: 'PUT',
      url: `/api/afspraken/${id}/uitkomst`,
      payload: { status: 'no_show' },
    });
    expect(early.statusCode).toBe(409);
    await setClock('2025-03-14T09:30:00Z');
    const outcome = await consultant.inject({
      method: 'PUT',
      url: `/api/afspraken/${id}/uitkomst`,
      payload: { status: 'no_show', reden: 'niet afgemeld' },
    });
    expect(outcome.statusCode).toBe(200);
    expect(outcome.json().taakId).toEqual(expect.any(Number));

    const rates = await consultant.inject({
      method: 'GET',
      url: '/api/afspraken/no-show?van=2025-03',
    });
    expect(rates.json().rijen).toEqual([
      { team: 'VO-kort', maand: '2025-03', gehouden: 0, noShow: 1, percentage: 100 },
    ]);
  });

  it('opens the public link without a session, and answers a wrong token with 404', async () => {
    await setClock('2025-04-01T10:00:00Z');
    const caseId = await makeCase(database);
    const planned = await consultant.inject({
      method: 'POST',
      url: `/api/zaken/${caseId}/afspraken`,
      payload: { tijdstip: '2025-04-10T13:15:00Z', duurMinuten: 30, locatie: 'Wijkcentrum' },
    });
    const token = planned.json<{ link: string }>().link.split('/').at(-1)!;
    const view = await app.inject({ method: 'GET', url: `/api/afspraken/link/${token}` });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toEqual({
      datum: '2025-04-10',
      tijd: '15:15',
      duurMinuten: 30,
      locatie: 'Wijkcentrum',
      status: 'gepland',
    });
    expect(view.headers['cache-control']).toBe('no-store');
    const confirm = await app.inject({
      method: 'POST',
      url: `/api/afspraken/link/${token}`,
      payload: { keuze: 'bevestigen' },
    });
    expect(confirm.json().status).toBe('bevestigd');
    const wrong = await app.inject({ method: 'GET', url: `/api/afspraken/link/${'x'.repeat(43)}` });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().error.code).toBe('appointments.link_not_found');
    const wrongPost = await app.inject({
      method: 'POST',
      url: '/api/afspraken/link/niet-bestaand',
      payload: { keuze: 'annuleren' },
    });
    expect(wrongPost.statusCode).toBe(404);
  });

  it('refuses a policy officer and anonymous callers, and hides cases outside the scope', async () => {
    const caseId = await makeCase(database, { gemeenteCode: '0546' });
    const policy = await signedIn(app, database, 'beleidsmedewerker');
    for (const url of [
      `/api/zaken/${caseId}/afspraken`,
      '/api/afspraken/no-show',
      '/api/berichten',
    ]) {
      expect((await policy.inject({ method: 'GET', url })).statusCode).toBe(403);
      expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
    const elsewhere = await signedIn(app, database, 'leerplichtconsulent', { gemeenten: ['0363'] });
    expect(
      (await elsewhere.inject({ method: 'GET', url: `/api/zaken/${caseId}/afspraken` })).statusCode,
    ).toBe(404);
    const bad = await consultant.inject({
      method: 'POST',
      url: `/api/zaken/${caseId}/afspraken`,
      payload: { tijdstip: 'morgen', locatie: '' },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('rate-limits the public link', async () => {
    let last = 0;
    for (let i = 0; i < 32; i++) {
      last = (await app.inject({ method: 'GET', url: `/api/afspraken/link/${'y'.repeat(43)}` }))
        .statusCode;
    }
    expect(last).toBe(429);
  });
});
