// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Database } from '../../db/connect.ts';
import { signedIn, type SignedInClient } from '../../test/sign-in.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';

describe(`inzage API (${testEngine()})`, () => {
  let database: Database;
  let app: FastifyInstance;
  let privacy: SignedInClient;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp({ database, today: () => '2024-08-01' }, { webDir: '/nonexistent' });
    privacy = await signedIn(app, database, 'privacy_officer');
    await database.query(
      `insert into persons (bsn, geslachtsnaam, voornamen, geboortedatum) values ('111222333', 'Inzage', 'Ilse', '2010-03-04')`,
    );
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('exports everything about a person by BSN, as JSON and as PDF, and records that it did', async () => {
    const json = await privacy.inject({
      method: 'POST',
      url: '/api/inzage',
      payload: { bsn: '111222333' },
    });
    expect(json.statusCode).toBe(200);
    expect(json.json().persoon).toMatchObject({ bsn: '111222333', geslachtsnaam: 'Inzage' });
    expect(Object.keys(json.json())).toEqual(
      expect.arrayContaining([
        'woonhistorie',
        'inschrijvingen',
        'verzuimmeldingen',
        'zaken',
        'auditregels',
      ]),
    );
    const pdf = await privacy.inject({
      method: 'POST',
      url: '/api/inzage',
      payload: { bsn: '111222333', formaat: 'pdf' },
    });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const audit = await database.query<{ actor: string }>(
      `select actor from audit_events where actie = 'privacy.inzage_exported'`,
    );
    expect(audit.map((a) => a.actor)).toEqual([privacy.gebruikersnaam, privacy.gebruikersnaam]);
  });

  it('answers an unknown BSN with 404 and refuses a consultant', async () => {
    expect(
      (await privacy.inject({ method: 'POST', url: '/api/inzage', payload: { bsn: '100000009' } }))
        .statusCode,
    ).toBe(404);
    const consultant = await signedIn(app, database, 'leerplichtconsulent');
    expect(
      (
        await consultant.inject({
          method: 'POST',
          url: '/api/inzage',
          payload: { bsn: '111222333' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('lets the functioneel beheerder set a retention period as a dated regional setting', async () => {
    const admin = await signedIn(app, database, 'functioneel_beheerder');
    const put = (waarde: unknown) =>
      admin.inject({
        method: 'PUT',
        url: '/api/instellingen',
        payload: {
          sleutel: 'bewaartermijn.leerplicht.jarenNaEinde',
          waarde,
          geldigVanaf: '2025-01-01',
          reden: 'besluit privacy officer',
        },
      });
    expect((await put(-1)).statusCode).toBe(422);
    const ok = await put(3);
    expect(ok.statusCode).toBe(200);
    const row = ok
      .json()
      .find((d: { sleutel: string }) => d.sleutel === 'bewaartermijn.leerplicht.jarenNaEinde');
    expect(row.historie).toEqual([
      expect.objectContaining({ waarde: 3, geldigVanaf: '2025-01-01' }),
    ]);
  });
});
