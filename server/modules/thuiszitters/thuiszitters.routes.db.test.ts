// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { caseworkFixture } from '../casework/casework-fixture.sql.ts';
import { schoolYearSpan } from '../report/indicator.ts';
import { signedIn, type SignedInClient } from '../../test/sign-in.ts';
import { testEngine } from '../../test/test-database.ts';
import { thuiszitterIndicators } from './indicators.sql.ts';

describe(`thuiszitters API (${testEngine()})`, () => {
  let database: Database;
  let app: FastifyInstance;
  let consulent: SignedInClient;
  let caseId: number;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    ({ database, app, consulent, caseId } = await caseworkFixture());
    for (const p of await database.query<{ id: number; geslachtsnaam: string }>(
      'select id, geslachtsnaam from persons',
    )) {
      ids[p.geslachtsnaam] = p.id;
    }
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const base = {
    type: 'met_inschrijving_ongeoorloofd',
    onderwijsdeelname: 'geen',
    oorzaak: 'psychisch_internaliserend',
    regie: 'Samenwerkingsverband',
  };
  const create = (payload: Record<string, unknown>) =>
    consulent.inject({ method: 'POST', url: '/api/thuiszitter-periodes', payload });

  it('registers an episode in an existing case with its 4-week and 3-month tasks, overdue first', async () => {
    const res = await create({
      ...base,
      persoonId: ids.Berg,
      zaakId: caseId,
      startdatum: '2026-07-01',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().caseId).toBe(caseId);
    const tasks = await database.query<{ soort: string; vervalt_op: string }>(
      `select soort, to_char(vervalt_op, 'YYYY-MM-DD') as vervalt_op from tasks
        where soort like 'thuiszitter_%' order by vervalt_op`,
    );
    expect(tasks).toEqual([
      { soort: 'thuiszitter_vier_weken', vervalt_op: '2026-07-29' },
      { soort: 'thuiszitter_drie_maanden', vervalt_op: '2026-10-01' },
    ]);
    const detail = (await consulent.inject({ url: `/api/zaken/${caseId}` })).json();
    expect(JSON.stringify(detail)).toContain('thuiszitterstafel');
  });

  it('opens a thuiszitter case when none is given, and refuses a second open episode or no regie', async () => {
    const tom = await create({
      ...base,
      persoonId: ids.Dijk,
      startdatum: '2026-11-01',
      type: 'zonder_inschrijving',
    });
    expect(tom.statusCode).toBe(201);
    const [c] = await database.query<{ soort: string; gemeente_code: string }>(
      'select soort, gemeente_code from cases where id = $1',
      [tom.json().caseId],
    );
    expect(c).toEqual({ soort: 'thuiszitter', gemeente_code: '0546' });
    ids.tomEpisode = tom.json().id;
    expect(
      (await create({ ...base, persoonId: ids.Dijk, startdatum: '2026-11-02' })).statusCode,
    ).toBe(409);
    const noRegie = await create({
      ...base,
      regie: ' ',
      persoonId: ids.Berg,
      startdatum: '2026-11-02',
    });
    expect(noRegie.statusCode).toBe(422);
  });

  it('lists the worklist overdue first and the tafel list with only > 3 months', async () => {
    const list = (await consulent.inject({ url: '/api/thuiszitters' })).json();
    expect(list.definitie.omvang).toBe('breed');
    expect(list.perioden.map((p: { naam: string; teLaat: boolean }) => [p.naam, p.teLaat])).toEqual(
      [
        ['Sanne Berg', true],
        ['Tom Dijk', false],
      ],
    );
    const tafel = (await consulent.inject({ url: '/api/thuiszitters?lijst=tafel' })).json();
    expect(tafel.perioden.map((p: { naam: string }) => p.naam)).toEqual(['Sanne Berg']);
    // Past 3 months, the 3-month task is the one shown; marking it done leaves the 4-week one.
    const sanne = list.perioden[0];
    expect(sanne.volgendeTaak).toMatch(/3 maanden/);
    const drieMaanden = sanne.openTaken.find((t: { omschrijving: string }) =>
      /3 maanden/.test(t.omschrijving),
    );
    const done = await consulent.inject({
      method: 'POST',
      url: `/api/thuiszitter-periodes/${sanne.id}/taken/${drieMaanden.id}/afgerond`,
    });
    expect(done.statusCode).toBe(200);
    const after = (await consulent.inject({ url: '/api/thuiszitters' })).json();
    expect(after.perioden[0].openTaken).toEqual([
      expect.objectContaining({ vervaltOp: '2026-07-29' }),
    ]);
    const scholen = (await consulent.inject({ url: '/api/thuiszitters/scholen' })).json();
    expect(scholen.scholen[0]).toMatchObject({ school: 'De Regenboog', open: 1, opTafel: 1 });
  });

  it('ends an episode: tasks done, its own case closed, and the year table balances', async () => {
    const end = await consulent.inject({
      method: 'POST',
      url: `/api/thuiszitter-periodes/${ids.tomEpisode}/einde`,
      payload: { einddatum: '2026-11-20', eindsituatie: 'weer_naar_school' },
    });
    expect(end.statusCode).toBe(200);
    const open = await database.query(
      `select 1 from tasks t join thuiszitter_tasks x on x.task_id = t.id
        where x.episode_id = $1 and t.gedaan_op is null`,
      [ids.tomEpisode],
    );
    expect(open).toHaveLength(0);
    const [c] = await database.query<{ status: string }>(
      `select c.status from cases c join thuiszitter_episodes e on e.case_id = c.id where e.id = $1`,
      [ids.tomEpisode],
    );
    expect(c!.status).toBe('AFGESLOTEN');
    const again = await consulent.inject({
      method: 'POST',
      url: `/api/thuiszitter-periodes/${ids.tomEpisode}/einde`,
      payload: { einddatum: '2026-11-21', eindsituatie: 'verhuisd' },
    });
    expect(again.statusCode).toBe(409);
    const year = (
      await consulent.inject({ url: '/api/thuiszitters/jaaroverzicht?schooljaar=2026-2027' })
    ).json();
    expect(year.flow).toMatchObject({
      aanvang: 1,
      nieuw: 1,
      opgelost: 1,
      achttien: 0,
      verhuisd: 0,
      einde: 1,
    });
    expect(year.eindeVorigJaar).toBe(1);
  });

  it('gives the annual-report indicators with only non-zero rows', async () => {
    const indicators = await thuiszitterIndicators(database, schoolYearSpan('2026-2027')!);
    const byId = Object.fromEntries(indicators.map((i) => [i.id, i]));
    expect(byId.C14!.rijen).toEqual([
      { gemeente: '0546', type: 'met_inschrijving_ongeoorloofd', aantal: 1 },
    ]);
    expect(byId.C15!.rijen).toEqual([
      { gemeente: '0546', stroom: 'aanvang', aantal: 1 },
      { gemeente: '0546', stroom: 'einde', aantal: 1 },
      { gemeente: '0546', stroom: 'nieuw', aantal: 1 },
      { gemeente: '0546', stroom: 'weer_naar_school', aantal: 1 },
    ]);
    expect(byId.C16!.rijen).toEqual([
      { gemeente: '0546', duur: '3_maanden_of_langer', aantal: 1 },
      { gemeente: '0546', duur: 'korter_dan_4_weken', aantal: 1 },
    ]);
    expect(byId.C14!.definitie).toContain('seed 000');
  });

  it('switches to the 4-weeks-unauthorised definition through the regional setting', async () => {
    await database.query(
      `insert into settings (sleutel, waarde, geldig_vanaf, reden) values ('thuiszitter.omvang', '"vier_weken_ongeoorloofd"', '2026-08-01', 'test')`,
    );
    const [c15] = (await thuiszitterIndicators(database, schoolYearSpan('2026-2027')!)).filter(
      (i) => i.id === 'C15',
    );
    // Tom ended after 19 days: under 4 weeks he never counted.
    expect(c15!.rijen).toEqual([
      { gemeente: '0546', stroom: 'aanvang', aantal: 1 },
      { gemeente: '0546', stroom: 'einde', aantal: 1 },
    ]);
    await database.query(`delete from settings where sleutel = 'thuiszitter.omvang'`);
  });

  it('keeps the lists from roles without casework', async () => {
    const beleid = await signedIn(app, database, 'beleidsmedewerker');
    expect((await beleid.inject({ url: '/api/thuiszitters' })).statusCode).toBe(403);
  });
});
