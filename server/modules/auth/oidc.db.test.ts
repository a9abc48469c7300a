// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Database } from '../../db/connect.ts';
import { startFakeIdp, type FakeIdp } from '../../test/fake-idp.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { createUser } from './users.sql.ts';

describe(`single sign-on with OpenID Connect (${testEngine()})`, () => {
  let database: Database;
  let app: FastifyInstance;
  let idp: FakeIdp;
  const redirectUri = 'http://aanwezig.test/api/sessie/sso/terug';

  beforeAll(async () => {
    database = await createTestDatabase();
    idp = await startFakeIdp('aanwezig', 'medewerker-42');
    app = await buildApp(
      {
        database,
        today: () => '2024-08-01',
        auth: {
          oidc: { issuer: idp.issuer, clientId: 'aanwezig', clientSecret: 'geheim', redirectUri },
        },
      },
      { webDir: '/nonexistent' },
    );
  });
  afterAll(async () => {
    await app.close();
    await idp.close();
    await database.close();
  });

  async function roundTrip() {
    const start = await app.inject({ url: '/api/sessie/sso' });
    expect(start.statusCode).toBe(302);
    const authorize = new URL(start.headers.location!);
    expect(authorize.origin).toBe(idp.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    idp.authorize(authorize);
    const state = authorize.searchParams.get('state')!;
    return app.inject({ url: `/api/sessie/sso/terug?code=abc&state=${state}` });
  }

  it('refuses a provider account that no user is linked to', async () => {
    const back = await roundTrip();
    expect(back.headers.location).toBe('/aanmelden?fout=sso-onbekend');
    expect(back.cookies.find((c) => c.name === 'aanwezig_sessie')).toBeUndefined();
  });

  it('signs in the linked user with a full session', async () => {
    await createUser(database, {
      gebruikersnaam: 'sso-gebruiker',
      naam: 'Via de gemeente',
      rol: 'teamleider',
      oidcSubject: `${idp.issuer}|medewerker-42`,
    });
    const back = await roundTrip();
    expect(back.headers.location).toBe('/');
    const cookie = back.cookies.find((c) => c.name === 'aanwezig_sessie')!;
    const me = await app.inject({
      url: '/api/sessie',
      headers: { cookie: `aanwezig_sessie=${cookie.value}` },
    });
    expect(me.json()).toMatchObject({ gebruikersnaam: 'sso-gebruiker', rol: 'teamleider' });
  });

  it('refuses a callback with an unknown state (forged or replayed)', async () => {
    const forged = await app.inject({ url: '/api/sessie/sso/terug?code=abc&state=verzonnen' });
    expect(forged.headers.location).toBe('/aanmelden?fout=sso');
  });
});
