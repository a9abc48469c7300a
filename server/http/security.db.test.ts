// SPDX-License-Identifier: EUPL-1.2
/**
 * Attacks a security auditor tries: brute force, session fixation, stale sessions, cross-site
 * requests, injection through search, oversized uploads, path traversal, and BSNs in logs.
 */
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import type { Database } from '../db/connect.ts';
import { totpCode } from '../modules/auth/totp.ts';
import { createUser } from '../modules/auth/users.sql.ts';
import { multipart } from '../test/multipart.ts';
import { signedIn, TEST_PASSWORD } from '../test/sign-in.ts';
import { createTestDatabase, testEngine } from '../test/test-database.ts';

describe(`security (${testEngine()})`, () => {
  let database: Database;
  let app: FastifyInstance;
  let clock = new Date('2024-08-01T09:00:00Z');
  const logs: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    app = await buildApp(
      {
        database,
        today: () => '2024-08-01',
        now: () => clock,
        maxUploadBytes: 10_000,
        auth: { aanmeldpogingenPerMinuut: 1000 },
      },
      { webDir: '/nonexistent', logger: true, logStream },
    );
    await database.query(
      `insert into persons (bsn, geslachtsnaam, voornamen, geboortedatum) values
       ('111222333', '<img src=x onerror=alert(1)>', 'Script', '2012-01-01')`,
    );
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const login = (gebruikersnaam: string, wachtwoord = TEST_PASSWORD, cookie?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/sessie',
      payload: { gebruikersnaam, wachtwoord },
      ...(cookie ? { headers: { cookie } } : {}),
    });
  const sessionCookie = (res: { cookies: { name: string; value: string }[] }) =>
    `aanwezig_sessie=${res.cookies.find((c) => c.name === 'aanwezig_sessie')!.value}`;

  it('locks an account after five wrong passwords, with the same answer as an unknown name', async () => {
    await createUser(database, {
      gebruikersnaam: 'kees',
      naam: 'Kees',
      rol: 'leerplichtconsulent',
      wachtwoord: TEST_PASSWORD,
    });
    const unknown = await login('niemand', 'wat-dan-ook-123');
    for (let i = 0; i < 5; i++) {
      expect((await login('kees', 'fout-wachtwoord-1')).statusCode).toBe(401);
    }
    const locked = await login('kees');
    expect(locked.statusCode).toBe(401);
    expect(locked.json().error.message).toBe(unknown.json().error.message);
    clock = new Date(clock.getTime() + 16 * 60_000);
    expect((await login('kees')).statusCode).toBe(200);
  });

  it('rotates the session at sign-in: a planted cookie is never adopted', async () => {
    await createUser(database, {
      gebruikersnaam: 'fixatie',
      naam: 'F',
      rol: 'teamleider',
      wachtwoord: TEST_PASSWORD,
    });
    const first = await login('fixatie');
    const planted = sessionCookie(first);
    const second = await login('fixatie', TEST_PASSWORD, planted);
    expect(sessionCookie(second)).not.toBe(planted);
    expect(
      (await app.inject({ url: '/api/sessie', headers: { cookie: planted } })).statusCode,
    ).toBe(401);
    expect(
      (await app.inject({ url: '/api/sessie', headers: { cookie: sessionCookie(second) } }))
        .statusCode,
    ).toBe(200);
    const setCookie = String(second.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
  });

  it('ends a session after 30 idle minutes and after 10 hours in any case', async () => {
    const user = await signedIn(app, database, 'doorstroomcoach');
    const me = () => user.inject({ url: '/api/sessie' });
    clock = new Date(clock.getTime() + 29 * 60_000);
    expect((await me()).statusCode).toBe(200);
    for (let i = 0; i < 19; i++) {
      clock = new Date(clock.getTime() + 29 * 60_000);
      expect((await me()).statusCode).toBe(200);
    }
    clock = new Date(clock.getTime() + 29 * 60_000); // 10 h 9 min after sign-in
    expect((await me()).statusCode).toBe(401);
    const idle = await signedIn(app, database, 'doorstroomcoach');
    clock = new Date(clock.getTime() + 31 * 60_000);
    expect((await idle.inject({ url: '/api/sessie' })).statusCode).toBe(401);
  });

  it('refuses a state-changing request without the CSRF token of the session', async () => {
    const admin = await signedIn(app, database, 'functioneel_beheerder');
    const res = await app.inject({
      method: 'PUT',
      url: '/api/instellingen',
      headers: { cookie: admin.headers.cookie },
      payload: {},
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('auth.csrf');
  });

  it('asks for the TOTP code once a second factor is set up', async () => {
    const user = await signedIn(app, database, 'teamleider');
    const { geheim } = (
      await user.inject({ method: 'POST', url: '/api/sessie/tweede-factor' })
    ).json();
    const wrong = await user.inject({
      method: 'PUT',
      url: '/api/sessie/tweede-factor',
      payload: { code: '000000' },
    });
    expect(wrong.statusCode).toBe(422);
    const ok = await user.inject({
      method: 'PUT',
      url: '/api/sessie/tweede-factor',
      payload: { code: totpCode(geheim, clock.getTime()) },
    });
    expect(ok.statusCode).toBe(204);

    const step1 = await login(user.gebruikersnaam);
    expect(step1.json()).toMatchObject({ tweedeStapNodig: true, gebruiker: null });
    const half = { cookie: sessionCookie(step1), 'x-csrf-token': step1.json().csrfToken };
    expect((await app.inject({ url: '/api/overzicht', headers: half })).statusCode).toBe(401);
    const bad = await app.inject({
      method: 'POST',
      url: '/api/sessie/code',
      headers: half,
      payload: { code: '123456' },
    });
    expect(bad.statusCode).toBe(401);
    const step2 = await app.inject({
      method: 'POST',
      url: '/api/sessie/code',
      headers: half,
      payload: { code: totpCode(geheim, clock.getTime()) },
    });
    expect(step2.statusCode).toBe(200);
    expect(sessionCookie(step2)).not.toBe(half.cookie);
    expect(
      (await app.inject({ url: '/api/overzicht', headers: { cookie: sessionCookie(step2) } }))
        .statusCode,
    ).toBe(200);
  });

  it('treats SQL in a search as text and returns names as JSON data, not markup', async () => {
    const user = await signedIn(app, database, 'leerplichtconsulent');
    const injection = await user.inject({
      method: 'POST',
      url: '/api/personen/zoeken',
      payload: { naam: "x' or 1=1; drop table persons; --" },
    });
    expect(injection.statusCode).toBe(200);
    expect(injection.json().resultaten).toEqual([]);
    const found = await user.inject({
      method: 'POST',
      url: '/api/personen/zoeken',
      payload: { naam: '<img' },
    });
    expect(found.headers['content-type']).toMatch(/^application\/json/);
    expect(found.json().resultaten[0].naam).toBe('Script <img src=x onerror=alert(1)>');
  });

  it('refuses an oversized upload in Dutch, and ids that try to walk the file system', async () => {
    const admin = await signedIn(app, database, 'functioneel_beheerder');
    const big = multipart({ soort: 'scholen' }, { name: 'groot.csv', content: 'x'.repeat(20_000) });
    const res = await admin.inject({ method: 'POST', url: '/api/imports', ...big });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('request.too_large');
    const traversal = await admin.inject({
      url: '/api/imports/..%2F..%2Fetc%2Fpasswd/afgewezen.csv',
    });
    expect(traversal.statusCode).toBe(400);
    expect(traversal.body).not.toContain('root:');
  });

  it('sends security headers', async () => {
    const res = await app.inject({ url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never writes a BSN to the log, also not when searching by BSN or on errors', async () => {
    const user = await signedIn(app, database, 'leerplichtconsulent');
    await user.inject({
      method: 'POST',
      url: '/api/personen/zoeken',
      payload: { bsn: '111222333' },
    });
    await user.inject({
      method: 'POST',
      url: '/api/personen/zoeken',
      payload: { bsn: '111222334' },
    });
    await user.inject({ url: '/api/personen/111222333' });
    const all = logs.join('');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toMatch(/11122233[34]/);
  });
});
