// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Database } from '../../db/connect.ts';
import { signedIn, type SignedInClient } from '../../test/sign-in.ts';
import { seedDecisionTemplates } from '../exemptions/letter-templates.sql.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import {
  insertAddress,
  insertCase,
  insertMelding,
  insertParent,
  insertPerson,
} from './test-data.sql.ts';
import { hasPdftotext, pdfText } from './test-pdf-text.ts';

type Sjabloon = { sleutel: string };

describe(`letters API (${testEngine()})`, () => {
  let database: Database;
  let app: FastifyInstance;
  let consulent: SignedInClient;
  let beheerder: SignedInClient;
  let zaak: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp({ database, today: () => '2026-03-05' }, { webDir: '/nonexistent' });
    consulent = await signedIn(app, database, 'leerplichtconsulent');
    beheerder = await signedIn(app, database, 'functioneel_beheerder');
    const kind = await insertPerson(database, {
      voornamen: 'Sanne',
      voorvoegsel: 'van',
      geslachtsnaam: 'Dijk',
      geboortedatum: '2012-05-15',
    });
    const moeder = await insertPerson(database, {
      voornamen: 'Petra',
      voorvoegsel: 'van',
      geslachtsnaam: 'Dijk',
      geboortedatum: '1980-01-01',
    });
    const vader = await insertPerson(database, {
      voornamen: 'Karel',
      geslachtsnaam: 'Jansen',
      geboortedatum: '1979-01-01',
    });
    await insertParent(database, kind, moeder, 1);
    await insertParent(database, kind, vader, 2);
    await insertAddress(database, kind, { straat: 'Breestraat', huisnummer: '12' });
    await insertAddress(database, moeder, { straat: 'Breestraat', huisnummer: '12' });
    await insertAddress(database, vader, { straat: 'Haarlemmerstraat', huisnummer: '7' });
    zaak = await insertCase(database, kind);
    await insertMelding(database, kind, zaak, {
      nummer: 'M-9',
      school: 'De Kring',
      verzuimVan: '2026-02-02',
    });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const create = (client: SignedInClient, payload: Record<string, unknown>, id = zaak) =>
    client.inject({ method: 'POST', url: `/api/zaken/${id}/brieven`, payload });

  it('lists the templates with the merge fields for casework; the beheerder has his own list', async () => {
    const res = await consulent.inject({ method: 'GET', url: '/api/brieven/sjablonen' });
    expect(res.statusCode).toBe(200);
    expect(res.json().sjablonen.map((t: { sleutel: string }) => t.sleutel)).toContain(
      'kennisgevingsbrief',
    );
    expect(res.json().velden).toContainEqual(expect.objectContaining({ naam: 'jeugdige.naam' }));
    expect(
      (await beheerder.inject({ method: 'GET', url: '/api/brieven/sjablonen' })).statusCode,
    ).toBe(403);
    const own = await beheerder.inject({ method: 'GET', url: '/api/brieven/sjablonen/beheer' });
    expect(own.statusCode).toBe(200);
    expect(own.json().sjablonen).toHaveLength(5);
  });

  it('leaves the beschikkingen out of the case list and refuses them as a loose letter', async () => {
    await seedDecisionTemplates(database);
    const keys = async (client: SignedInClient, url: string) =>
      (await client.inject({ method: 'GET', url }))
        .json()
        .sjablonen.map((t: Sjabloon) => t.sleutel);
    const forCases = await keys(consulent, '/api/brieven/sjablonen');
    expect(forCases).toContain('uitnodiging');
    expect(forCases.filter((k: string) => k.startsWith('beschikking_'))).toEqual([]);
    expect(await keys(beheerder, '/api/brieven/sjablonen/beheer')).toContain(
      'beschikking_vrijstelling_toegekend',
    );
    const refused = await create(consulent, { sleutel: 'beschikking_verlof_verleend' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('letters.decision_template');
  });

  it('saves a template as a new version and names unknown fields; only the beheerder may', async () => {
    const put = (client: SignedInClient, inhoud: string) =>
      client.inject({
        method: 'PUT',
        url: '/api/brieven/sjablonen/afsluiting',
        payload: { titel: 'Afgesloten', inhoud },
      });
    const bad = await put(beheerder, 'Beste {{ouder.naam}} en {{leerling}}');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({
      code: 'letters.unknown_fields',
      details: { velden: ['ouder.naam', 'leerling'] },
    });
    const ok = await put(beheerder, 'Beste {{geadresseerde.naam}},\n\nDe zaak is klaar.');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      sleutel: 'afsluiting',
      versie: 2,
      gewijzigdDoor: beheerder.gebruikersnaam,
    });
    expect((await put(consulent, 'x')).statusCode).toBe(403);
  });

  it('makes the letters of a case, lists them and serves each PDF as stored, auditing every read', async () => {
    const res = await create(consulent, { sleutel: 'kennisgevingsbrief' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.brieven.map((b: { adresregels: string[] }) => b.adresregels[0])).toEqual([
      'P. van Dijk',
      'K. Jansen',
    ]);
    const ids: number[] = body.brieven.map((b: { id: number }) => b.id);

    const list = await consulent.inject({ method: 'GET', url: `/api/zaken/${zaak}/brieven` });
    expect(list.statusCode).toBe(200);
    expect(list.json().brieven.map((b: { id: number }) => b.id)).toEqual([...ids].reverse());
    expect(list.json().brieven[0]).toMatchObject({ sleutel: 'kennisgevingsbrief', versie: 1 });

    const pdf = await consulent.inject({ method: 'GET', url: `/api/brieven/${ids[0]}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const [stored] = await database.query<{ pdf: Uint8Array }>(
      'select pdf from letters where id = $1',
      [ids[0]],
    );
    expect(Buffer.from(pdf.rawPayload).equals(Buffer.from(stored!.pdf))).toBe(true);

    const audit = await database.query<{ actie: string; onderwerp_id: string; details: unknown }>(
      `select actie, onderwerp_id, details from audit_events where actie like 'letters.%' and actie <> 'letters.template_saved' order by id`,
    );
    expect(audit).toEqual([
      {
        actie: 'letters.created',
        onderwerp_id: String(zaak),
        details: expect.objectContaining({ letterIds: ids }),
      },
      { actie: 'letters.listed', onderwerp_id: String(zaak), details: { aantal: 2 } },
      { actie: 'letters.viewed', onderwerp_id: String(zaak), details: { letterIds: [ids[0]] } },
    ]);
  });

  it('joins chosen letters into one PDF for printing, and refuses unknown ids', async () => {
    const ids = (await database.query<{ id: number }>('select id from letters order by id')).map(
      (r) => r.id,
    );
    const res = await consulent.inject({
      method: 'POST',
      url: '/api/brieven/batch',
      payload: { ids: [...ids].reverse() },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    if (hasPdftotext()) {
      const pages = pdfText(res.rawPayload)
        .split('\f')
        .filter((p) => p.trim());
      expect(pages).toHaveLength(2);
      expect(pages[0]).toContain('K. Jansen');
      expect(pages[1]).toContain('P. van Dijk');
    }
    const missing = await consulent.inject({
      method: 'POST',
      url: '/api/brieven/batch',
      payload: { ids: [ids[0], 999_999] },
    });
    expect(missing.statusCode).toBe(404);
    expect(
      (await consulent.inject({ method: 'GET', url: '/api/brieven/999999/pdf' })).statusCode,
    ).toBe(404);
  });

  it('refuses a policy officer the letters and a user outside the gemeente the case; administrative staff make them', async () => {
    const beleid = await signedIn(app, database, 'beleidsmedewerker');
    const [first] = await database.query<{ id: number }>('select id from letters limit 1');
    for (const request of [
      { method: 'GET' as const, url: `/api/zaken/${zaak}/brieven` },
      { method: 'GET' as const, url: `/api/brieven/${first!.id}/pdf` },
      { method: 'GET' as const, url: '/api/brieven/sjablonen' },
      { method: 'POST' as const, url: '/api/brieven/batch', payload: { ids: [first!.id] } },
    ]) {
      expect((await beleid.inject(request)).statusCode, request.url).toBe(403);
    }
    expect((await create(beleid, { sleutel: 'afsluiting' })).statusCode).toBe(403);
    // Administrative staff make letters (seed 002: the invitation letters are theirs).
    const admin = await signedIn(app, database, 'administratief_medewerker');
    expect((await create(admin, { sleutel: 'afsluiting' })).statusCode).toBe(201);

    const elders = await signedIn(app, database, 'leerplichtconsulent', { gemeenten: ['0999'] });
    expect((await create(elders, { sleutel: 'afsluiting' })).statusCode).toBe(404);
    expect(
      (await elders.inject({ method: 'GET', url: `/api/brieven/${first!.id}/pdf` })).statusCode,
    ).toBe(404);
  });

  it('checks the body: unknown extra fields are refused, missing data is named in Dutch', async () => {
    const unknown = await create(consulent, {
      sleutel: 'waarschuwing',
      extra: { 'jeugdige.naam': 'X' },
    });
    expect(unknown.statusCode).toBe(400);
    const missing = await create(consulent, { sleutel: 'uitnodiging' });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.message).toContain('{{afspraak.datum}}');
    expect((await create(consulent, { sleutel: 'afsluiting' }, 999_999)).statusCode).toBe(404);
  });
});
