// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Database } from '../../db/connect.ts';
import { signedIn } from '../../test/sign-in.ts';
import { createTestDatabase } from '../../test/test-database.ts';

describe('PUT /api/instellingen with a report setting', () => {
  let database: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp(
      { database, today: () => '2024-09-15', now: () => new Date('2024-09-15T10:00:00Z') },
      { webDir: '/nonexistent' },
    );
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const body = (waarde: unknown) => ({
    sleutel: 'rapport.telEenheid',
    waarde,
    geldigVanaf: '2024-08-01',
    reden: 'Besluit managementteam',
  });

  it('refuses a value outside the choices with a Dutch message, and saves a valid one', async () => {
    const beheer = await signedIn(app, database, 'functioneel_beheerder');
    const bad = await beheer.inject({
      method: 'PUT',
      url: '/api/instellingen',
      payload: body('leerlingen'),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.message).toBe(
      'Teleenheid van de afdoening: kies een van deze waarden: "meldingen" (per melding), "personen" (per leerling), "zaken" (per zaak).',
    );
    const good = await beheer.inject({
      method: 'PUT',
      url: '/api/instellingen',
      payload: body('personen'),
    });
    expect(good.statusCode).toBe(200);
    const unit = good.json().find((s: { sleutel: string }) => s.sleutel === 'rapport.telEenheid');
    expect(unit.label).toBe('Teleenheid van de afdoening');
    expect(unit.keuzes.zaken).toBe('per zaak');
    expect(unit.historie).toEqual([
      {
        geldigVanaf: '2024-08-01',
        waarde: 'personen',
        reden: 'Besluit managementteam',
        gewijzigdDoor: expect.any(String),
      },
    ]);
    const again = await beheer.inject({
      method: 'PUT',
      url: '/api/instellingen',
      payload: body('zaken'),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('Kies een andere datum');
  });

  it('lets only the functioneel beheerder change it', async () => {
    const policy = await signedIn(app, database, 'beleidsmedewerker');
    const res = await policy.inject({
      method: 'PUT',
      url: '/api/instellingen',
      payload: { ...body('zaken'), geldigVanaf: '2025-08-01' },
    });
    expect(res.statusCode).toBe(403);
  });
});
