// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeBsn } from '../../../shared/bsn.ts';
import { buildApp } from '../../app.ts';
import type { Database } from '../../db/connect.ts';
import { signedIn, type SignedInClient } from '../../test/sign-in.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { importCsv } from '../imports/import-csv.sql.ts';
import type { ImportSoort } from '../imports/kinds/index.ts';
import { schoolYearSpan } from '../report/indicator.ts';
import { ensureDemoVsvList } from './demo.sql.ts';
import { doorstroompuntIndicators } from './indicators.sql.ts';
import { openHelpRequest } from './open-help-request.sql.ts';

const TODAY = '2025-03-03';
const PRO = completeBsn('20000001')!;
const MBO = completeBsn('20000002')!;
// 111222333 is 20 (in the target group), 123456782 is 16 (kwalificatieplichtig), 100000009 is 25.
const BRP = [
  'bsn;geslachtsnaam;voornamen;geboortedatum;gemeentecode;postcode',
  '111222333;Berg;Sanne;2005-01-10;0546;2311AB',
  '123456782;Jansen;Piet;2008-05-05;0546;2311AB',
  '100000009;Vos;Els;2000-01-01;0547;2312AB',
  `${PRO};Smit;Kees;2006-02-02;0546;2311AB`,
  `${MBO};Bakker;Noor;2004-09-09;0546;2311AB`,
].join('\n');
const VSV = [
  'bsn;onderwijsnummer;geslachtsnaam;geboortedatum;datum_uitval;laatste_brin;laatste_vestiging;opleiding;niveau;cohort;lijstdatum',
  '111222333;;;;01-11-2024;12AB;00;Zorg en welzijn;mbo-2;nieuw;01-03-2025',
  '123456782;;;;2024-12-01;12AB;00;;;nieuw;2025-03-01',
  '100000009;;;;2022-06-30;12AB;;;;oud;2025-03-01',
  ';987654321;Kaya;2004-04-04;2023-06-30;99ZZ;;;;oud;2025-03-01',
].join('\n');

describe(`Doorstroompunt: vsv list → cadence → reached → trajectory (${testEngine()})`, () => {
  let database: Database;
  let app: FastifyInstance;
  let coach: SignedInClient;
  const run = (soort: ImportSoort, csv: string) =>
    importCsv(database, csv, { soort, bestandsnaam: `${soort}.csv`, door: 'test', today: TODAY });

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp({ database, today: () => TODAY }, { webDir: '/nonexistent' });
    coach = await signedIn(app, database, 'doorstroomcoach');
    await run(
      'scholen',
      'brin;vestiging;naam;sector;gemeentecode\n12AB;00;ROC;MBO;0546\n34CD;00;Praktijkschool;PRO;0546\n',
    );
    await run('brp', BRP);
    await run(
      'inschrijvingen',
      `bsn;brin;sector;datum_inschrijving;datum_uitschrijving\n${PRO};34CD;PRO;2018-08-01;2024-07-31\n${MBO};12AB;MBO;2021-08-01;2024-12-20\n`,
    );
    await database.query(
      `insert into assignment_rules (school_id, taak, user_id, team)
       select s.id, 'alle', u.id, 'Doorstroompunt' from schools s, users u
        where s.brin = '12AB' and u.gebruikersnaam = $1`,
      [coach.gebruikersnaam],
    );
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('imports the list, opening a case with six cadence tasks only for youth in the target group', async () => {
    const first = await run('vsv', VSV);
    expect(first.summary).toMatchObject({ rijen: 4, nieuw: 4, afgewezen: 0 });
    const regs = await database.query<{
      bsn: string | null;
      buiten: string | null;
      caseId: number | null;
    }>(
      `select p.bsn, v.buiten_doelgroep as buiten, v.case_id as "caseId"
         from vsv_registrations v join persons p on p.id = v.person_id order by p.geboortedatum`,
    );
    expect(regs.map((r) => [r.bsn, r.buiten, r.caseId !== null])).toEqual([
      ['100000009', 'boven_leeftijdsgrens', false],
      [null, null, true],
      ['111222333', null, true],
      ['123456782', 'kwalificatieplichtig', false],
    ]);
    const cases = await database.query<{ toegewezen: string | null; taken: number }>(
      `select u.gebruikersnaam as toegewezen, (select count(*)::int from tasks t where t.case_id = c.id) as taken
         from cases c left join users u on u.id = c.toegewezen_aan
        where c.soort = 'doorstroompunt' and c.status = 'CONTACTRITME' order by u.gebruikersnaam nulls last`,
    );
    // The 12AB leaver goes to the coach by the school rule; 99ZZ is unknown, so unassigned.
    expect(cases).toEqual([
      { toegewezen: coach.gebruikersnaam, taken: 6 },
      { toegewezen: null, taken: 6 },
    ]);

    const again = await run('vsv', VSV);
    expect(again.summary).toMatchObject({ nieuw: 0, gewijzigd: 0, ongewijzigd: 4 });
    const [{ n }] = (await database.query<{ n: number }>(
      `select count(*)::int as n from cases where soort = 'doorstroompunt'`,
    )) as [{ n: number }];
    expect(n).toBe(2);
  });

  it('refuses a row for an unknown person without name and date of birth, with line and column', async () => {
    const refused = await run(
      'vsv',
      'onderwijsnummer;datum_uitval;laatste_brin;cohort\n555555555;2024-01-01;12AB;oud\n',
    );
    expect(refused.resultaat).toBe('geweigerd');
    expect(refused.summary.fouten).toEqual([
      expect.objectContaining({ regel: 2, kolom: 'onderwijsnummer' }),
    ]);
  });

  it('works a case: attempts fulfil tasks, reaching closes the cadence, then first contact and trajectory', async () => {
    const day = await coach.inject({ method: 'GET', url: '/api/doorstroompunt/werklijst' });
    expect(day.statusCode).toBe(200);
    const list = day.json<{
      taken: { zaakId: number; vervaltOp: string }[];
      nietBereikt: unknown[];
    }>();
    // Week 1 is due within the coming week; the letter and the home visit come later.
    expect(list.taken).toHaveLength(4);
    expect(list.taken.map((t) => t.vervaltOp)).toEqual(
      [...list.taken.map((t) => t.vervaltOp)].sort(),
    );
    expect(list.nietBereikt).toHaveLength(1);
    const caseId = list.taken[0]!.zaakId;
    const post = (url: string, payload: object) =>
      coach.inject({ method: 'POST', url: `/api/zaken/${caseId}${url}`, payload });

    const missed = await post('/contactpogingen', {
      datum: '2025-03-03',
      kanaal: 'bellen',
      resultaat: 'niet_bereikt',
    });
    expect(missed.json()).toEqual({ status: 'CONTACTRITME', takenGesloten: 1 });
    expect(
      (
        await post('/eerste-contact', {
          datum: '2025-03-03',
          dagbesteding: 'werkt',
          inkomenscategorie: 'tot_580',
          inkomenPeildatum: '2025-02-01',
        })
      ).statusCode,
    ).toBe(422);
    const reached = await post('/contactpogingen', {
      datum: '2025-03-03',
      kanaal: 'whatsapp',
      resultaat: 'bereikt',
    });
    expect(reached.json()).toEqual({ status: 'BEREIKT', takenGesloten: 5 });
    expect(
      (
        await post('/eerste-contact', {
          datum: '2025-03-03',
          dagbesteding: 'traject_elders',
          inkomenscategorie: 'tot_580',
          inkomenPeildatum: '2025-02-01',
        })
      ).statusCode,
    ).toBe(200);
    expect((await post('/trajecten', { gestartOp: '2025-03-03' })).statusCode).toBe(200);
    expect((await post('/trajecten', { gestartOp: '2025-03-03' })).statusCode).toBe(409);
    const afspraken = await coach.inject({
      method: 'PUT',
      url: `/api/zaken/${caseId}/trajecten/afspraken`,
      payload: { afspraken: 3 },
    });
    expect(afspraken.statusCode).toBe(200);
    const future = await post('/trajecten/einde', {
      beeindigdOp: '2025-04-01',
      uitstroomreden: 'werk',
    });
    expect(future.statusCode).toBe(422);
    const ended = await post('/trajecten/einde', {
      beeindigdOp: '2025-03-03',
      uitstroomreden: 'opleiding',
      bestemming: 'mbo-3 bij het ROC',
    });
    expect(ended.statusCode).toBe(200);

    const panel = await coach.inject({ method: 'GET', url: `/api/zaken/${caseId}/doorstroompunt` });
    expect(panel.json()).toMatchObject({
      status: 'AFGESLOTEN',
      gesloten: true,
      contactpogingen: [{ kanaal: 'bellen' }, { kanaal: 'whatsapp', resultaat: 'bereikt' }],
      eersteContact: { dagbesteding: 'traject_elders', inkomenscategorie: 'tot_580' },
      trajecten: [{ afspraken: 3, uitstroomreden: 'opleiding', beeindigdOp: '2025-03-03' }],
      taken: [],
    });
    const closed = await post('/contactpogingen', {
      datum: '2025-03-03',
      kanaal: 'bellen',
      resultaat: 'bereikt',
    });
    expect(closed.statusCode).toBe(409);
  });

  it('counts C18, C19 and C20 by gemeente and cohort, only non-zero rows', async () => {
    const [c18, c19, c20] = await doorstroompuntIndicators(database, schoolYearSpan('2024-2025')!);
    expect(c18!.rijen).toEqual([
      { gemeente: '0546', cohort: 'nieuw', resultaat: 'bereikt', aantal: 1 },
    ]);
    expect(c19!.rijen).toEqual([{ gemeente: '0546', dagbesteding: 'traject_elders', aantal: 1 }]);
    expect(c20!.rijen).toEqual([
      { gemeente: '0546', cohort: 'nieuw', uitstroomreden: 'opleiding', aantal: 1 },
    ]);
    const earlier = await doorstroompuntIndicators(database, schoolYearSpan('2023-2024')!);
    expect(earlier.flatMap((i) => i.rijen)).toEqual([]);
  });

  it('lists PRO/VSO leavers with their follow-up, and counts who enters at 27', async () => {
    const list = await coach.inject({
      method: 'GET',
      url: '/api/doorstroompunt/pro-vso-uitstromers',
    });
    expect(list.json().uitstromers).toEqual([
      expect.objectContaining({ sector: 'PRO', status: null, uitgeschrevenOp: '2024-07-31' }),
    ]);
    const persoonId = list.json().uitstromers[0].persoonId as number;
    const put = await coach.inject({
      method: 'PUT',
      url: `/api/doorstroompunt/pro-vso-uitstromers/${persoonId}`,
      payload: { status: 'werk', datum: '2025-03-03' },
    });
    expect(put.statusCode).toBe(200);
    const after = await coach.inject({
      method: 'GET',
      url: '/api/doorstroompunt/pro-vso-uitstromers',
    });
    expect(after.json().uitstromers[0]).toMatchObject({ status: 'werk' });

    const ready = await coach.inject({ method: 'GET', url: '/api/doorstroompunt/gereedheid-27' });
    expect(ready.json()).toMatchObject({ huidigeGrens: 23, extraBij27: { vsvLijst: 1 } });
  });

  it('opens a case for a help request with one contact task, and joins the open case the next time', async () => {
    const [person] = await database.query<{ id: number }>(`select id from persons where bsn = $1`, [
      PRO,
    ]);
    const first = await database.transaction((tx) =>
      openHelpRequest(tx, {
        personId: person!.id,
        vraag: 'Ik zoek werk',
        contact: { telefoon: '0612345678' },
        actor: 'formulier',
        today: TODAY,
      }),
    );
    const second = await database.transaction((tx) =>
      openHelpRequest(tx, {
        personId: person!.id,
        vraag: 'Nog een vraag',
        contact: {},
        actor: 'formulier',
        today: TODAY,
      }),
    );
    expect(second.caseId).toBe(first.caseId);
    const tasks = await database.query(
      'select 1 from tasks where case_id = $1 and gedaan_op is null',
      [first.caseId],
    );
    expect(tasks).toHaveLength(2);
    // The dates are the caller's day, not the database clock (TODAY is in the past).
    const [opened] = await database.query<{ geopend: string; vraag: string }>(
      `select to_char(c.geopend_op, 'YYYY-MM-DD') as geopend,
              (select to_char(min(e.datum), 'YYYY-MM-DD') from case_events e
                where e.case_id = c.id and e.soort = 'hulpvraag') as vraag
         from cases c where c.id = $1`,
      [first.caseId],
    );
    expect(opened).toEqual({ geopend: TODAY, vraag: TODAY });
  });

  it('hides a case outside the user’s gemeenten', async () => {
    const [c] = await database.query<{ id: number }>(
      `select id from cases where soort = 'doorstroompunt' order by id limit 1`,
    );
    const elsewhere = await signedIn(app, database, 'doorstroomcoach', { gemeenten: ['0547'] });
    const res = await elsewhere.inject({
      method: 'GET',
      url: `/api/zaken/${c!.id}/doorstroompunt`,
    });
    expect(res.statusCode).toBe(404);
  });

  it('imports the demo vsv list from mbo leavers without startkwalificatie, once', async () => {
    expect(await ensureDemoVsvList(database, TODAY)).toBe(1);
    expect(await ensureDemoVsvList(database, TODAY)).toBe(1);
    const rows = await database.query<{ cohort: string; status: string }>(
      `select v.cohort, c.status from vsv_registrations v join persons p on p.id = v.person_id
         join cases c on c.id = v.case_id where p.bsn = $1`,
      [MBO],
    );
    expect(rows).toEqual([{ cohort: 'nieuw', status: 'CONTACTRITME' }]);
  });

  it('closes a case without a trajectory with a reason, closing its cadence tasks', async () => {
    const [c] = await database.query<{ id: number }>(
      `select c.id from cases c join persons p on p.id = c.person_id where p.bsn = $1`,
      [MBO],
    );
    const card = await coach.inject({
      method: 'POST',
      url: `/api/zaken/${c!.id}/contactpogingen`,
      payload: { datum: TODAY, kanaal: 'kaart', resultaat: 'niet_bereikt' },
    });
    expect(card.json()).toEqual({ status: 'NIET_BEREIKT', takenGesloten: 1 });
    const before = await coach.inject({ method: 'GET', url: `/api/zaken/${c!.id}/doorstroompunt` });
    expect(before.json().taken.at(-1)).toMatchObject({ vervaltOp: '2025-09-03' });
    const url = `/api/zaken/${c!.id}/doorstroompunt/afsluiting`;
    const bad = await coach.inject({ method: 'POST', url, payload: { datum: TODAY, reden: 'x' } });
    expect(bad.statusCode).toBe(400);
    const ok = await coach.inject({
      method: 'POST',
      url,
      payload: { datum: TODAY, reden: 'geen_behoefte' },
    });
    expect(ok.statusCode).toBe(200);
    const panel = await coach.inject({ method: 'GET', url: `/api/zaken/${c!.id}/doorstroompunt` });
    expect(panel.json()).toMatchObject({ status: 'AFGESLOTEN', gesloten: true, taken: [] });
  });
});
