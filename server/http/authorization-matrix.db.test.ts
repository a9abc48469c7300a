// SPDX-License-Identifier: EUPL-1.2
/**
 * The authorization matrix: every API route, called as every role and anonymously, must answer as
 * its declared policy says — 401 without a session, 403 for a role the policy does not list, and
 * neither for a role it does. The route list comes from the running app, so a new route is
 * covered the moment it exists, and a route without a policy stops the app from starting.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import type { Database } from '../db/connect.ts';
import { can } from '../modules/auth/policy.ts';
import { ROLES, type Role } from '../modules/auth/roles.ts';
import { signedIn, type SignedInClient } from '../test/sign-in.ts';
import { createTestDatabase, testEngine } from '../test/test-database.ts';

const ctxFor = (database: Database) => ({
  database,
  today: () => '2024-08-01',
  auth: { aanmeldpogingenPerMinuut: 1000, verzoekenPerMinuut: 100_000 },
});

describe(`authorization matrix (${testEngine()})`, () => {
  let database: Database;
  let app: FastifyInstance;
  const clients = new Map<Role, SignedInClient>();

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp(ctxFor(database), { webDir: '/nonexistent' });
    for (const rol of Object.keys(ROLES) as Role[]) {
      clients.set(rol, await signedIn(app, database, rol));
    }
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const urlOf = (url: string) => url.replaceAll(/:[a-zA-Z]+/g, '1').replace('*', 'index.html');
  // Signing out ends the session the other calls use, so it goes last.
  const ordered = () =>
    [...app.routePolicies].sort(
      (a, b) =>
        Number(a.method === 'DELETE' && a.url === '/api/sessie') -
        Number(b.method === 'DELETE' && b.url === '/api/sessie'),
    );

  it('knows every route of the API with a policy', () => {
    expect(app.routePolicies.length).toBeGreaterThan(25);
    const urls = app.routePolicies.map((r) => `${r.method} ${r.url}`);
    expect(urls).toEqual(
      expect.arrayContaining(['GET /api/personen/:id', 'GET /api/audit', 'POST /api/imports']),
    );
  });

  it('shows a policy worker only aggregates: never a person', async () => {
    const policy = clients.get('beleidsmedewerker')!;
    expect((await policy.inject({ method: 'GET', url: '/api/overzicht' })).statusCode).toBe(200);
    expect((await policy.inject({ method: 'GET', url: '/api/personen/1' })).statusCode).toBe(403);
    expect(
      (
        await policy.inject({
          method: 'POST',
          url: '/api/personen/zoeken',
          payload: { naam: 'de' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('answers every route as its policy says, for every role and anonymously', async () => {
    const mismatches: string[] = [];
    for (const route of ordered()) {
      const request = {
        method: route.method as 'GET',
        url: urlOf(route.url),
        ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
      };
      const anonymous = await app.inject(request);
      if (route.policy === 'public') {
        if ([401, 403].includes(anonymous.statusCode)) {
          mismatches.push(`${route.method} ${route.url} anoniem: ${anonymous.statusCode}`);
        }
        continue;
      }
      if (anonymous.statusCode !== 401) {
        mismatches.push(`${route.method} ${route.url} anoniem: ${anonymous.statusCode}`);
      }
      for (const [rol, client] of clients) {
        const res = await client.inject(request);
        const allowed = can(
          { id: 1, gebruikersnaam: rol, rol, gemeenten: null, brin: null },
          route.policy,
        );
        const denied = res.statusCode === 401 || res.statusCode === 403;
        if (allowed === denied) {
          mismatches.push(
            `${route.method} ${route.url} als ${rol}: ${res.statusCode} (${allowed ? 'mag' : 'mag niet'})`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses to start when a route has no policy', async () => {
    const { default: Fastify } = await import('fastify');
    const { requirePolicies } = await import('./auth.ts');
    const bare = Fastify();
    requirePolicies(bare);
    expect(() => bare.get('/api/zonder-policy', async () => 'x')).toThrow(/geen policy/);
    await bare.close();
  });
});
