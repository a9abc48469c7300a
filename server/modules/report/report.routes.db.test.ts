// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Database } from '../../db/connect.ts';
import { signedIn } from '../../test/sign-in.ts';
import { createTestDatabase } from '../../test/test-database.ts';
import { loadReportFixture } from './test-data.sql.ts';

describe('/api/jaarverslagen', () => {
  let database: Database;
  let app: FastifyInstance;
  const now = new Date('2024-09-15T10:00:00Z');
  beforeAll(async () => {
    database = await createTestDatabase();
    await loadReportFixture(database);
    app = await buildApp(
      { database, today: () => '2024-09-15', now: () => now },
      { webDir: '/nonexistent' },
    );
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('shows a beleidsmedewerker the figures and checks, and HTML with SVG charts and a CSV with small numbers hidden', async () => {
    const policy = await signedIn(app, database, 'beleidsmedewerker');
    const res = await policy.inject({ method: 'GET', url: '/api/jaarverslagen/2023-2024' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.controles.map((c: { id: string }) => c.id)).toContain('halt_leeftijd');
    expect(body.indicatoren.find((i: { id: string }) => i.id === 'C03').rijen).toHaveLength(5);
    const html = await policy.inject({
      method: 'GET',
      url: '/api/jaarverslagen/2023-2024/html?gemeente=0546',
    });
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.body).toContain('<svg');
    expect(html.body).toContain('Wettelijk minimum');
    const csv = await policy.inject({
      method: 'GET',
      url: '/api/jaarverslagen/2023-2024/tabellen/C03',
    });
    expect(csv.body.split('\n')[0]).toBe(
      'gemeente;gemeentecode;16_uur;18_plus;beginnend;luxe;totaal',
    );
    expect(csv.body).toContain('<5');
    expect(csv.body).not.toMatch(/;2;/);
  });

  it('lets a consultant not see it, and publishes with a named override only when a check fails', async () => {
    const consultant = await signedIn(app, database, 'leerplichtconsulent');
    expect(
      (await consultant.inject({ method: 'GET', url: '/api/jaarverslagen/2023-2024' })).statusCode,
    ).toBe(403);
    const teamleider = await signedIn(app, database, 'teamleider');
    expect(
      (
        await teamleider.inject({
          method: 'POST',
          url: '/api/jaarverslagen/2023-2024/publicatie',
          payload: {},
        })
      ).statusCode,
    ).toBe(403);
    const mt = await signedIn(app, database, 'managementteam');
    const first = await mt.inject({
      method: 'POST',
      url: '/api/jaarverslagen/2023-2024/publicatie',
      payload: {},
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      versie: 1,
      gepubliceerdDoor: mt.gebruikersnaam,
      overschrevenDoor: null,
    });
    await database.query(`update vsv_percentages set percentage = 9.99`);
    const refused = await mt.inject({
      method: 'POST',
      url: '/api/jaarverslagen/2023-2024/publicatie',
      payload: {},
    });
    expect(refused.statusCode).toBe(409);
    const forced = await mt.inject({
      method: 'POST',
      url: '/api/jaarverslagen/2023-2024/publicatie',
      payload: { overschrijfReden: 'DUO corrigeert het vsv-cijfer nog' },
    });
    expect(forced.json()).toMatchObject({ versie: 2, overschrevenDoor: mt.gebruikersnaam });
    const list = await mt.inject({ method: 'GET', url: '/api/jaarverslagen' });
    expect(list.json()).toHaveLength(2);
  });
});
