// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Database } from '../../db/connect.ts';
import { signedIn, type SignedInClient } from '../../test/sign-in.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { insertFamily } from '../letters/test-data.sql.ts';

const today = '2026-11-23';

describe(`leave request end to end (${testEngine()})`, () => {
  let database: Database;
  let app: FastifyInstance;
  let consulent: SignedInClient;
  let child: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp({ database, today: () => today }, { webDir: '/nonexistent' });
    consulent = await signedIn(app, database, 'leerplichtconsulent');
    const family = await insertFamily(database, {
      geslachtsnaam: 'Dijk',
      ouder: { voornamen: 'Kees', geboortedatum: '1980-01-01' },
      kinderen: [{ voornamen: 'Tom', geboortedatum: '2015-06-07' }],
      adres: { straat: 'Haarlemmerstraat', huisnummer: '9' },
    });
    child = family.children[0]!;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const open = async (van: string, totEnMet: string) => {
    const res = await consulent.inject({
      method: 'POST',
      url: '/api/verlofaanvragen',
      payload: { persoonId: child, van, totEnMet, reden: 'Ernstige ziekte van een grootouder' },
    });
    expect(res.statusCode).toBe(201);
    return (res.json() as { zaakId: number }).zaakId;
  };
  const detail = async (caseId: number) =>
    (await consulent.inject({ method: 'GET', url: `/api/verlofaanvragen/zaken/${caseId}` })).json();
  const step = (caseId: number, actie: string, velden: Record<string, unknown>) =>
    consulent.inject({
      method: 'POST',
      url: `/api/zaken/${caseId}/stappen`,
      payload: { actie, velden },
    });

  it('counts school days with the rules engine and says who decides', async () => {
    // 1-19 March 2027: three full weeks of school, no holidays (vakantieregio midden, the default).
    const long = await detail(await open('2027-03-01', '2027-03-19'));
    expect(long.schooldagen).toBe(15);
    expect(long.beslisser).toBe('leerplichtambtenaar');
    const short = await detail(await open('2027-03-01', '2027-03-03'));
    expect(short).toMatchObject({ schooldagen: 3, beslisser: 'directeur' });
    // Two days in the first lesweek after the summer holiday (midden: from 31 August 2026): the leerplichtambtenaar decides.
    const start = await detail(await open('2026-09-01', '2026-09-02'));
    expect(start.beslisser).toBe('leerplichtambtenaar');
    expect(start.uitleg.join(' ')).toContain('eerste twee lesweken');
  });

  it('hears the school, decides and makes the beschikking with the objection term', async () => {
    const caseId = await open('2027-04-12', '2027-04-30');
    expect((await step(caseId, 'vl_verlenen', { datumBesluit: today })).statusCode).toBe(409);
    expect(
      (await step(caseId, 'vl_school_horen', { datum: today, standpunt: 'steunt' })).statusCode,
    ).toBe(200);
    expect((await step(caseId, 'vl_verlenen', { datumBesluit: today })).json()).toEqual({
      toestand: 'AFGESLOTEN',
    });
    expect(await detail(caseId)).toMatchObject({
      schoolStandpunt: 'steunt',
      besluit: 'verleend',
      datumBesluit: today,
    });
    const letter = await consulent.inject({
      method: 'POST',
      url: `/api/zaken/${caseId}/beschikking`,
    });
    expect(letter.statusCode).toBe(201);
    expect(letter.json()).toMatchObject({ sleutel: 'beschikking_verlof_verleend' });
    const [tpl] = await database.query<{ inhoud: string }>(
      `select t.inhoud from letters l join letter_templates t on t.id = l.template_id where l.case_id = $1`,
      [caseId],
    );
    expect(tpl!.inhoud).toContain('binnen zes weken');
  });

  it('refuses a beschikking before the decision', async () => {
    const caseId = await open('2027-05-10', '2027-05-28');
    const res = await consulent.inject({ method: 'POST', url: `/api/zaken/${caseId}/beschikking` });
    expect(res.statusCode).toBe(409);
  });
});
