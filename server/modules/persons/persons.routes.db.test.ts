// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Database } from '../../db/connect.ts';
import { signedIn, type SignedInClient } from '../../test/sign-in.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { importCsv } from '../imports/index.ts';

const BRP = [
  'bsn,geslachtsnaam,voorvoegsel,voornamen,geboortedatum,gemeentecode,straat,huisnummer,postcode,woonplaats,geheimhouding,ouder1_bsn',
  '111222333,Berg,van den,Sanne,2012-03-04,0546,Breestraat,1,2311AB,Leiden,nee,123456782',
  '123456782,Berg,van den,Piet,1980-01-01,0546,Breestraat,1,2311AB,Leiden,nee,',
  '100000009,Geheim,,Els,2011-05-05,0547,Verborgen,3,2351AA,Leiderdorp,ja,',
].join('\n');

describe(`persons and overview API (${testEngine()})`, () => {
  let database: Database;
  let app: FastifyInstance;
  let user: SignedInClient;
  beforeAll(async () => {
    database = await createTestDatabase();
    const opts = { door: 'test', today: '2024-08-01' };
    await importCsv(database, 'brin,naam,sector,gemeentecode\n12AB,De Kring,PO,0546\n', {
      ...opts,
      soort: 'scholen',
      bestandsnaam: 's.csv',
    });
    await importCsv(database, BRP, { ...opts, soort: 'brp', bestandsnaam: 'b.csv' });
    await importCsv(
      database,
      'bsn,brin,sector,datum_inschrijving\n111222333,12AB,PO,2016-08-20\n',
      { ...opts, soort: 'inschrijvingen', bestandsnaam: 'i.csv' },
    );
    app = await buildApp({ database, today: () => '2024-08-01' }, { webDir: '/nonexistent' });
    user = await signedIn(app, database, 'leerplichtconsulent');
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const search = (body: object) =>
    user.inject({ method: 'POST', url: '/api/personen/zoeken', payload: body });

  it('finds a person by name with or without voorvoegsel, by BSN, and by date of birth, with a masked BSN', async () => {
    const byName = (await search({ naam: 'berg, san' })).json().resultaten;
    expect(byName).toEqual([
      {
        id: expect.any(Number),
        naam: 'Sanne van den Berg',
        geboortedatum: '2012-03-04',
        gemeente: '0546',
        bsn: '******333',
      },
    ]);
    expect((await search({ naam: 'van den b' })).json().resultaten).toHaveLength(2);
    expect((await search({ bsn: '111222333' })).json().resultaten).toHaveLength(1);
    expect((await search({ geboortedatum: '1980-01-01' })).json().resultaten[0].naam).toBe(
      'Piet van den Berg',
    );
  });

  it('refuses an empty search and a BSN that fails the elfproef, and audits searches without values', async () => {
    expect((await search({})).statusCode).toBe(422);
    expect((await search({ bsn: '123456789' })).statusCode).toBe(400);
    const audit = await database.query<{ details: unknown }>(
      "select details from audit_events where actie = 'persons.searched' order by id desc limit 1",
    );
    expect(JSON.stringify(audit)).not.toContain('111222333');
  });

  it('shows the person page with history, parents and enrolments, and audits the view', async () => {
    const id = (await search({ bsn: '111222333' })).json().resultaten[0].id;
    const res = await user.inject({ method: 'GET', url: `/api/personen/${id}` });
    expect(res.statusCode).toBe(200);
    const person = res.json();
    expect(person).toMatchObject({
      naam: 'Sanne van den Berg',
      bsn: '111222333',
      ouders: [{ naam: 'Piet van den Berg', rang: 1 }],
    });
    expect(person.woonhistorie[0]).toMatchObject({
      gemeenteCode: '0546',
      straat: 'Breestraat',
      postcode: '2311AB',
    });
    expect(person.inschrijvingen[0]).toMatchObject({
      brin: '12AB',
      school: 'De Kring',
      datumInschrijving: '2016-08-20',
    });
    const [audit] = await database.query<{ onderwerp_id: string }>(
      "select onderwerp_id from audit_events where actie = 'persons.viewed' order by id desc limit 1",
    );
    expect(audit!.onderwerp_id).toBe(String(id));
  });

  it('hides the address of a person under geheimhouding', async () => {
    const id = (await search({ bsn: '100000009' })).json().resultaten[0].id;
    const person = (await user.inject({ method: 'GET', url: `/api/personen/${id}` })).json();
    expect(person.geheimhouding).toBe(true);
    expect(person.woonhistorie[0]).toMatchObject({
      gemeenteCode: '0547',
      straat: null,
      postcode: null,
    });
  });

  it('answers 404 in Dutch for an unknown person', async () => {
    const res = await user.inject({ method: 'GET', url: '/api/personen/999999' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({
      code: 'persons.not_found',
      message: 'deze persoon bestaat niet',
    });
  });

  it('counts residents per gemeente and the totals on the overview', async () => {
    const overview = (await user.inject({ method: 'GET', url: '/api/overzicht' })).json();
    expect(overview.gemeenten).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: '0546', inwoners: 2, jeugdigen: 1 }),
      ]),
    );
    expect(overview.totalen).toMatchObject({ personen: 3, scholen: 1, inschrijvingenGeldig: 1 });
    expect(overview.laatsteImports).toHaveLength(3);
  });
});
