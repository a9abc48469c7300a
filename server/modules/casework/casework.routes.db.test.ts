// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Database } from '../../db/connect.ts';
import { signedIn, type SignedInClient } from '../../test/sign-in.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { importCsv } from '../imports/import-csv.sql.ts';

const today = '2026-11-23';

describe(`casework API (${testEngine()})`, () => {
  let database: Database;
  let app: FastifyInstance;
  let consulent: SignedInClient;
  let caseId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp({ database, today: () => today }, { webDir: '/nonexistent' });
    consulent = await signedIn(app, database, 'leerplichtconsulent');
    const files = [
      ['scholen', 'brin,naam,sector,gemeentecode\n12AB,De Regenboog,VO,0546\n'],
      [
        'brp',
        'bsn,geslachtsnaam,voornamen,geboortedatum,gemeentecode\n111222333,Berg,Sanne,2012-03-04,0546\n123456782,Dijk,Tom,2013-05-06,0546\n',
      ],
      [
        'verzuimmeldingen',
        'meldingnummer,bsn,brin,verzuimsoort,verzuim_van,verzuim_uren,actie_gewenst,gemeld_op\nM1,111222333,12AB,16_uur,2026-10-01,24,ja,2026-10-02\n',
      ],
    ] as const;
    for (const [soort, csv] of files) {
      await importCsv(database, csv, {
        soort,
        bestandsnaam: 'x.csv',
        door: 'test',
        today,
        peildatum: '2026-08-01',
      });
    }
    const [row] = await database.query<{ id: number }>('select id from cases');
    caseId = row!.id;
    await database.query(
      'update cases set toegewezen_aan = (select id from users where gebruikersnaam = $1)',
      [consulent.gebruikersnaam],
    );
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const step = (actie: string, velden: Record<string, unknown>) =>
    consulent.inject({
      method: 'POST',
      url: `/api/zaken/${caseId}/stappen`,
      payload: { actie, velden },
    });

  it('shows the new case on the consultant worklist and the allowed steps on the case page', async () => {
    const list = (await consulent.inject({ url: '/api/werklijst' })).json();
    expect(list.zaken).toEqual([
      expect.objectContaining({ id: caseId, groep: 'nieuw', meldingen: 1, naam: 'Sanne Berg' }),
    ]);
    const detail = (await consulent.inject({ url: `/api/zaken/${caseId}` })).json();
    expect(detail.zaak.status).toBe('IN_BEOORDELING');
    expect(detail.stappen.map((s: { actie: string }) => s.actie)).toEqual(
      expect.arrayContaining(['onderzoek', 'kennisgeving', 'preventief', 'niet_in_behandeling']),
    );
    expect(detail.meldingen[0]).toMatchObject({ duoStatus: 'in_behandeling' });
  });

  it('refuses a step the state does not allow, and a step without its mandatory fields', async () => {
    expect((await step('waarschuwing', { datum: today })).statusCode).toBe(409);
    expect((await step('onderzoek', {})).statusCode).toBe(200);
    const missing = await step('waarschuwing', {});
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.details.velden).toEqual([
      expect.objectContaining({ veld: 'datum' }),
    ]);
  });

  it('records a warning, then a Halt referral once, and closes with a DUO reason', async () => {
    expect((await step('waarschuwing', { datum: today })).statusCode).toBe(200);
    const tooMany = await step('halt', { datum: today, verzuimuren: 70 });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json().error.message).toMatch(/60 uur/);
    expect((await step('halt', { datum: today, verzuimuren: 24 })).statusCode).toBe(200);
    expect(
      (
        await step('halt_uitkomst', {
          haltUitkomst: 'afgerond',
          duoSluitreden: 'terug_op_school',
          duoToelichting: 'gezien',
        })
      ).statusCode,
    ).toBe(200);
    const detail = (await consulent.inject({ url: `/api/zaken/${caseId}` })).json();
    expect(detail.zaak).toMatchObject({
      status: 'AFGESLOTEN',
      afdoening: 'halt',
      geslotenOp: today,
    });
    expect(detail.meldingen[0]).toMatchObject({
      duoStatus: 'afgesloten',
      duoSluitreden: 'terug_op_school',
      duoToelichting: 'gezien',
    });
    expect(detail.tijdlijn.map((e: { soort: string }) => e.soort)).toEqual(
      expect.arrayContaining([
        'melding',
        'triage',
        'onderzoek_gestart',
        'waarschuwing',
        'halt_verwijzing',
        'halt_uitkomst',
        'brief_gepland',
      ]),
    );
    expect(detail.stappen).toEqual([]);
  });

  it('hides proces-verbaal details from roles without police access, and logs police views apart', async () => {
    await database.query(`update cases set status = 'IN_ONDERZOEK' where id = $1`, [caseId]);
    const pv = await step('proces_verbaal', {
      afdoening: 'pv_relatief',
      verdachte: 'ouder',
      datum: today,
      naarOm: true,
      toelichting: 'eerdere afspraken niet nagekomen',
    });
    expect(pv.statusCode).toBe(200);
    const coach = await signedIn(app, database, 'doorstroomcoach');
    const hidden = (await coach.inject({ url: `/api/zaken/${caseId}` })).json();
    expect(
      hidden.tijdlijn.find((e: { soort: string }) => e.soort === 'proces_verbaal'),
    ).toMatchObject({ gegevens: null, afgeschermd: true });
    const shown = (await consulent.inject({ url: `/api/zaken/${caseId}` })).json();
    expect(
      shown.tijdlijn.find((e: { soort: string }) => e.soort === 'proces_verbaal').gegevens,
    ).toMatchObject({ verdachte: 'ouder' });
    const wpg = await database.query<{ actie: string }>(
      `select actie from audit_events where categorie = 'wpg' order by id`,
    );
    expect(wpg.map((r) => r.actie)).toEqual(['cases.proces_verbaal', 'police.viewed']);
  });

  it('takes a single melding through the API into the same validation and intake as an import', async () => {
    const admin = await signedIn(app, database, 'administratief_medewerker');
    const melding = {
      meldingnummer: 'API-1',
      bsn: '111222333',
      brin: '12AB',
      verzuimsoort: 'luxe',
      verzuim_van: '2026-11-20',
      actie_gewenst: true,
      gemeld_op: '2026-11-23',
    };
    const res = await admin.inject({ method: 'POST', url: '/api/meldingen', payload: melding });
    expect(res.statusCode).toBe(201);
    // Sanne's case is still open (proces-verbaal, above): the melding joins it.
    expect(res.json()).toMatchObject({ zaakId: caseId, toestand: 'PROCES_VERBAAL' });
    const again = await admin.inject({ method: 'POST', url: '/api/meldingen', payload: melding });
    expect(again.statusCode).toBe(409);
    const bad = await admin.inject({
      method: 'POST',
      url: '/api/meldingen',
      payload: { ...melding, meldingnummer: 'API-2', verzuimsoort: 'vakantie' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details.fouten[0]).toMatchObject({ kolom: 'verzuimsoort' });
  });

  it('allows a warning for luxe verzuim only for a first offence up to the regional number of days', async () => {
    const admin = await signedIn(app, database, 'administratief_medewerker');
    const luxe = (nr: string) =>
      admin.inject({
        method: 'POST',
        url: '/api/meldingen',
        payload: {
          meldingnummer: nr,
          bsn: '123456782',
          brin: '12AB',
          verzuimsoort: 'luxe',
          verzuim_van: '2026-11-20',
          actie_gewenst: true,
          gemeld_op: '2026-11-23',
        },
      });
    const first = (await luxe('L1')).json();
    expect(first.toestand).toBe('IN_ONDERZOEK');
    const warn = (dagen?: number) =>
      consulent.inject({
        method: 'POST',
        url: `/api/zaken/${first.zaakId}/stappen`,
        payload: {
          actie: 'waarschuwing',
          velden: { datum: today, ...(dagen === undefined ? {} : { dagenLuxeverzuim: dagen }) },
        },
      });
    expect((await warn()).json().error.details.velden).toEqual([
      expect.objectContaining({ veld: 'dagenLuxeverzuim' }),
    ]);
    const tooLong = await warn(2);
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json().error.message).toMatch(/proces-verbaal/);
    expect((await warn(1)).statusCode).toBe(200);
    await database.query(`update cases set status = 'AFGESLOTEN' where id = $1`, [first.zaakId]);
    const second = (await luxe('L2')).json();
    const again = await consulent.inject({
      method: 'POST',
      url: `/api/zaken/${second.zaakId}/stappen`,
      payload: { actie: 'waarschuwing', velden: { datum: today, dagenLuxeverzuim: 1 } },
    });
    expect(again.json().error.message).toMatch(/herhaling/);
  });

  it('lists DUO statuses still to send back, until the connector marks them delivered', async () => {
    const admin = await signedIn(app, database, 'administratief_medewerker');
    const pending = (await admin.inject({ url: '/api/duo/terugmeldingen' })).json().terugmeldingen;
    const m1 = pending.find((r: { meldingnummer: string }) => r.meldingnummer === 'M1');
    expect(m1).toMatchObject({
      status: 'afgesloten',
      sluitreden: 'terug_op_school',
      sluitredenOmschrijving: 'Terug op school, onderwijs hervat',
    });
    const marked = await admin.inject({
      method: 'POST',
      url: '/api/duo/terugmeldingen/verzonden',
      payload: { ids: [m1.id] },
    });
    expect(marked.json()).toEqual({ gemarkeerd: 1 });
    const after = (await admin.inject({ url: '/api/duo/terugmeldingen' })).json().terugmeldingen;
    expect(after.map((r: { id: number }) => r.id)).not.toContain(m1.id);
    expect((await consulent.inject({ url: '/api/duo/terugmeldingen' })).statusCode).toBe(403);
  });

  it('shows the teamleider the open work per consultant, without persons', async () => {
    const teamleider = await signedIn(app, database, 'teamleider');
    const res = await teamleider.inject({ url: '/api/werklijst/team' });
    expect(res.statusCode).toBe(200);
    const rows = res.json().medewerkers;
    expect(rows.reduce((a: number, r: { open: number }) => a + r.open, 0)).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/Berg|Dijk/);
  });

  it('shares only a summary with the school, without moving the case', async () => {
    const [open] = await database.query<{ id: number; status: string }>(
      `select c.id, c.status from cases c join persons p on p.id = c.person_id
        where p.bsn = '123456782' and c.status <> 'AFGESLOTEN' order by c.id desc limit 1`,
    );
    const res = await consulent.inject({
      method: 'POST',
      url: `/api/zaken/${open!.id}/stappen`,
      payload: {
        actie: 'terugkoppeling_school',
        velden: { samenvatting: 'Gesprek gevoerd; afspraken over aanwezigheid gemaakt.' },
      },
    });
    expect(res.json()).toEqual({ toestand: open!.status });
    const school = await signedIn(app, database, 'school', { brin: '12AB' });
    const meldingen = (await school.inject({ url: '/api/school/meldingen' })).json().meldingen;
    expect(
      meldingen.find((m: { meldingnummer: string }) => m.meldingnummer === 'L2'),
    ).toMatchObject({
      status: 'in behandeling',
      terugkoppeling: 'Gesprek gevoerd; afspraken over aanwezigheid gemaakt.',
    });
    expect(JSON.stringify(meldingen)).not.toMatch(
      /proces|waarschuwing|eerdere afspraken niet nagekomen/i,
    );
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
