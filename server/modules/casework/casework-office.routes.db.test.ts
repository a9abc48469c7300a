// SPDX-License-Identifier: EUPL-1.2
/** Casework routes beyond the single case: team view, assignment rules, letters set ready, policy mode, absoluut verzuim. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { signedIn, type SignedInClient } from '../../test/sign-in.ts';
import { testEngine } from '../../test/test-database.ts';
import { importCsv } from '../imports/import-csv.sql.ts';
import { caseworkFixture, today } from './casework-fixture.sql.ts';

describe(`casework API, office work (${testEngine()})`, () => {
  let database: Database;
  let app: FastifyInstance;
  let consulent: SignedInClient;

  beforeAll(async () => {
    ({ database, app, consulent } = await caseworkFixture());
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('shows the teamleider the open work per consultant, without persons', async () => {
    const teamleider = await signedIn(app, database, 'teamleider');
    const res = await teamleider.inject({ url: '/api/werklijst/team' });
    expect(res.statusCode).toBe(200);
    const rows = res.json().medewerkers;
    expect(rows.reduce((a: number, r: { open: number }) => a + r.open, 0)).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/Berg|Dijk/);
  });

  it('lets administrative staff keep the assignment rules and apply them to unassigned cases', async () => {
    const admin = await signedIn(app, database, 'administratief_medewerker');
    const [me] = await database.query<{ id: number }>(
      'select id from users where gebruikersnaam = $1',
      [consulent.gebruikersnaam],
    );
    await database.query('update cases set toegewezen_aan = null');
    const both = await admin.inject({
      method: 'POST',
      url: '/api/toewijzingsregels',
      payload: { brin: '12AB', postcodeVan: '2311', taak: 'alle', gebruiker: me!.id },
    });
    expect(both.statusCode).toBe(400);
    const added = await admin.inject({
      method: 'POST',
      url: '/api/toewijzingsregels',
      payload: { brin: '12ab', taak: 'alle', gebruiker: me!.id, team: 'VO' },
    });
    expect(added.statusCode).toBe(201);
    expect((await admin.inject({ url: '/api/toewijzingsregels' })).json().regels).toEqual([
      expect.objectContaining({ brin: '12AB', taak: 'alle', gebruikerId: me!.id, team: 'VO' }),
    ]);
    const applied = await admin.inject({ method: 'POST', url: '/api/toewijzingsregels/toepassen' });
    expect(applied.json().toegewezen).toBeGreaterThan(0);
    expect((await consulent.inject({ url: '/api/toewijzingsregels' })).statusCode).toBe(403);
  });

  it('lists letters set ready at intake until administrative staff make them', async () => {
    await importCsv(
      database,
      'bsn,geslachtsnaam,voornamen,geboortedatum,gemeentecode,straat,huisnummer,postcode,woonplaats\n100000009,Smit,Lotte,2006-01-02,0546,Breestraat,1,2311AB,Leiden\n',
      { soort: 'brp', bestandsnaam: 'brp2.csv', door: 'test', today, peildatum: today },
    );
    const admin = await signedIn(app, database, 'administratief_medewerker');
    const created = await admin.inject({
      method: 'POST',
      url: '/api/meldingen',
      payload: {
        meldingnummer: 'K1',
        bsn: '100000009',
        brin: '12AB',
        verzuimsoort: '18_plus',
        verzuim_van: '2026-11-10',
        actie_gewenst: false,
        gemeld_op: today,
      },
    });
    expect(created.json().toestand).toBe('AFGESLOTEN');
    const forCase = async () =>
      (await admin.inject({ url: '/api/brieven/klaargezet' }))
        .json()
        .brieven.filter((b: { caseId: number }) => b.caseId === created.json().zaakId);
    expect(await forCase()).toEqual([
      expect.objectContaining({
        caseId: created.json().zaakId,
        sleutel: 'kennisgevingsbrief',
        naam: 'Lotte Smit',
      }),
    ]);
    const letter = await admin.inject({
      method: 'POST',
      url: `/api/zaken/${created.json().zaakId}/brieven`,
      payload: { sleutel: 'kennisgevingsbrief' },
    });
    expect(letter.statusCode).toBe(201);
    expect(await forCase()).toEqual([]);
  });

  it('offers preventive conversations only in the forms the policy mode keeps (online when ring 2 is off)', async () => {
    await importCsv(
      database,
      'meldingnummer,bsn,brin,verzuimsoort,verzuim_van,verzuim_uren,actie_gewenst,gemeld_op\nB1,100000009,12AB,beginnend,2026-11-10,6,ja,2026-11-20\n',
      { soort: 'verzuimmeldingen', bestandsnaam: 'b.csv', door: 'test', today },
    );
    const [row] = await database.query<{ id: number }>(
      `select case_id as id from absence_reports where meldingnummer = 'B1'`,
    );
    const mt = await signedIn(app, database, 'managementteam');
    const set = await mt.inject({
      method: 'POST',
      url: '/api/beleidsmodus',
      payload: {
        modus: 'krapte',
        ringen: [0, 1],
        zomeractie: false,
        reden: 'ziekteverzuim in het team',
        vanaf: today,
        tot: null,
      },
    });
    expect(set.statusCode, set.body).toBe(201);
    const criteria = { verwijtbaar: true, herhaald: true, zorg: true, doelmatig: true };
    const start = (vorm: string) =>
      consulent.inject({
        method: 'POST',
        url: `/api/zaken/${row!.id}/stappen`,
        payload: { actie: 'preventief', velden: { vorm, ...criteria } },
      });
    const fysiek = await start('fysiek');
    expect(fysiek.statusCode).toBe(422);
    expect(fysiek.json().error.message).toMatch(/alleen online/);
    expect((await start('online')).json()).toEqual({ toestand: 'PREVENTIEF_TRAJECT' });
  });

  it('runs an absoluut-verzuim case by its own steps (W3), not those of relatief verzuim', async () => {
    const [row] = await database.query<{ id: number }>(
      `insert into cases (person_id, soort, status, geopend_op, gemeente_code)
       select id, 'absoluut_verzuim', 'SIGNAAL', $1, '0546' from persons where bsn = '123456782' returning id`,
      [today],
    );
    const av = row!.id;
    const detail = (await consulent.inject({ url: `/api/zaken/${av}` })).json();
    expect(detail.stappen.map((s: { actie: string }) => s.actie).sort()).toEqual([
      'av_afsluiten',
      'av_onderzoek',
    ]);
    const post = (actie: string, velden: Record<string, unknown>, as = consulent) =>
      as.inject({ method: 'POST', url: `/api/zaken/${av}/stappen`, payload: { actie, velden } });
    expect((await post('onderzoek', {})).statusCode).toBe(409);
    expect((await post('av_onderzoek', {})).statusCode).toBe(200);
    const coach = await signedIn(app, database, 'doorstroomcoach');
    const pv = {
      verdachte: 'ouder',
      datum: today,
      naarOm: true,
      toelichting: 'ouders weigeren inschrijving',
    };
    expect((await post('av_proces_verbaal', pv, coach)).statusCode).toBe(403);
    expect((await post('av_afsluiten', { afdoening: 'inschrijving_school' })).json()).toEqual({
      toestand: 'AFGESLOTEN',
    });
    const closed = (await consulent.inject({ url: `/api/zaken/${av}` })).json();
    expect(closed.zaak).toMatchObject({
      status: 'AFGESLOTEN',
      afdoeningLabel: 'Inschrijving bij school',
    });
  });
});
