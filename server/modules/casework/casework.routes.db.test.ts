// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { signedIn, type SignedInClient } from '../../test/sign-in.ts';
import { testEngine } from '../../test/test-database.ts';
import { caseworkFixture, today } from './casework-fixture.sql.ts';

describe(`casework API (${testEngine()})`, () => {
  let database: Database;
  let app: FastifyInstance;
  let consulent: SignedInClient;
  let caseId: number;

  beforeAll(async () => {
    ({ database, app, consulent, caseId } = await caseworkFixture());
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
});
