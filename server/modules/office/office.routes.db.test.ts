// SPDX-License-Identifier: EUPL-1.2
/** Office work through the API: an MDO request answered by the policy mode, attendance, time. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { signedIn, type SignedInClient } from '../../test/sign-in.ts';
import { testEngine } from '../../test/test-database.ts';
import { caseworkFixture } from '../casework/casework-fixture.sql.ts';
import { setPolicyMode } from '../casework/policy-mode.sql.ts';
import { schoolYearSpan } from '../report/indicator.ts';
import { officeIndicators } from './indicators.sql.ts';
import { averageMinutesPerActivity } from './time.sql.ts';

const november = { van: '2026-11-01', totEnMet: '2026-11-30' };

describe(`office work API (${testEngine()})`, () => {
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

  const mdo = (extra: Record<string, unknown> = {}) => ({
    soort: 'mdo_langdurig_verzuim',
    titel: 'MDO langdurig verzuim Regenboog',
    datum: '2026-11-20',
    categorie: 'essentieel',
    directBetrokken: true,
    ...extra,
  });

  it('answers a request under ring 1 with online attendance, after the legal check records it and its time', async () => {
    await setPolicyMode(database, {
      modus: 'krapte',
      ringen: [0, 1],
      zomeractie: false,
      reden: 'uitval',
      vanaf: '2026-11-01',
      tot: null,
      door: 'mt',
    });
    const created = await consulent.inject({
      method: 'POST',
      url: '/api/kantoorwerk/overleggen',
      payload: mdo({ caseId }),
    });
    expect(created.statusCode).toBe(201);
    const meeting = created.json();
    expect(meeting).toMatchObject({
      advies: 'online',
      ring: 1,
      modus: 'krapte',
      juridischeToets: 'open',
    });

    const early = await consulent.inject({
      method: 'POST',
      url: `/api/kantoorwerk/overleggen/${meeting.id}/besluit`,
      payload: { besluit: 'online' },
    });
    expect(early.statusCode).toBe(409);
    const privacy = await signedIn(app, database, 'privacy_officer');
    expect(
      (
        await consulent.inject({
          method: 'POST',
          url: `/api/kantoorwerk/overleggen/${meeting.id}/juridische-toets`,
          payload: { uitkomst: 'akkoord' },
        })
      ).statusCode,
    ).toBe(403);
    const checked = await privacy.inject({
      method: 'POST',
      url: `/api/kantoorwerk/overleggen/${meeting.id}/juridische-toets`,
      payload: { uitkomst: 'akkoord', grondslag: 'art. 16 Leerplichtwet' },
    });
    expect(checked.json()).toMatchObject({ juridischeToets: 'akkoord', advies: 'online' });

    const fysiek = await consulent.inject({
      method: 'POST',
      url: `/api/kantoorwerk/overleggen/${meeting.id}/besluit`,
      payload: { besluit: 'fysiek' },
    });
    expect(fysiek.statusCode).toBe(422);
    const decided = await consulent.inject({
      method: 'POST',
      url: `/api/kantoorwerk/overleggen/${meeting.id}/besluit`,
      payload: { besluit: 'online' },
    });
    expect(decided.json().besluit).toBe('online');
    const stranger = await consulent.inject({
      method: 'POST',
      url: `/api/kantoorwerk/overleggen/${meeting.id}/deelname`,
      payload: { deelnemerIds: [999_999], minuten: 45 },
    });
    expect(stranger.statusCode).toBe(422);
    const colleague = await signedIn(app, database, 'doorstroomcoach');
    const [coach] = await database.query<{ id: number }>(
      'select id from users where gebruikersnaam = $1',
      [colleague.gebruikersnaam],
    );
    const attended = await consulent.inject({
      method: 'POST',
      url: `/api/kantoorwerk/overleggen/${meeting.id}/deelname`,
      payload: { minuten: 45, acties: 'Plan van aanpak', deelnemerIds: [coach!.id] },
    });
    expect(attended.json()).toMatchObject({
      deelgenomen: true,
      minuten: 45,
      deelnemers: ['Test doorstroomcoach', 'Test leerplichtconsulent'],
    });
    const audit = await database.query(
      `select 1 from audit_events where actie = 'office.meeting_attended' and onderwerp_id = $1`,
      [String(caseId)],
    );
    expect(audit).toHaveLength(1);
  });

  it('declines a request without involvement when the outer ring does not run, and lists it', async () => {
    const created = await consulent.inject({
      method: 'POST',
      url: '/api/kantoorwerk/overleggen',
      payload: mdo({
        soort: 'vios',
        titel: 'VIOS-overleg',
        categorie: 'belangrijk',
        directBetrokken: false,
      }),
    });
    expect(created.json()).toMatchObject({ advies: 'afgewezen', ring: 3 });
    const teamleider = await signedIn(app, database, 'teamleider');
    const declined = (
      await teamleider.inject({
        url: '/api/kantoorwerk/overleggen/afgewezen?van=2026-11-01&totEnMet=2026-11-30',
      })
    ).json();
    expect(declined.overleggen.map((m: { titel: string }) => m.titel)).toEqual(['VIOS-overleg']);
  });

  it('refuses a person on a confidential group conversation: no individuals are registered', async () => {
    const withPerson = await consulent.inject({
      method: 'POST',
      url: '/api/kantoorwerk/activiteiten',
      payload: {
        soort: 'vertrouwelijke_preventie',
        datum: '2026-11-10',
        aantalBereikt: 12,
        personId: 1,
      },
    });
    expect(withPerson.statusCode).toBe(400);
    const ok = await consulent.inject({
      method: 'POST',
      url: '/api/kantoorwerk/activiteiten',
      payload: {
        soort: 'vertrouwelijke_preventie',
        datum: '2026-11-10',
        aantalBereikt: 12,
        minuten: 60,
        sector: 'VO',
        gemeenteCode: '0546',
      },
    });
    expect(ok.statusCode).toBe(201);
    const columns = await database.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name = 'office_activities'`,
    );
    expect(columns.map((c) => c.column_name).filter((c) => /person|bsn|naam/.test(c))).toEqual([]);
  });

  it("splits the team's time between casework, MDOs, prevention and advice", async () => {
    expect(
      (
        await consulent.inject({
          method: 'POST',
          url: '/api/kantoorwerk/tijd',
          payload: { datum: '2026-11-12', minuten: 30, soort: 'casus', caseId },
        })
      ).statusCode,
    ).toBe(201);
    await consulent.inject({
      method: 'POST',
      url: '/api/kantoorwerk/adviesvragen',
      payload: {
        datum: '2026-11-13',
        van: 'school',
        onderwerp: 'Verlof rond de kerst',
        minuten: 15,
      },
    });
    expect((await consulent.inject({ url: '/api/kantoorwerk/tijd' })).statusCode).toBe(403);
    const teamleider = await signedIn(app, database, 'teamleider');
    const res = (
      await teamleider.inject({ url: '/api/kantoorwerk/tijd?van=2026-11-01&totEnMet=2026-11-30' })
    ).json();
    const split = Object.fromEntries(
      res.verdeling.map((r: { soort: string; minuten: number }) => [r.soort, r.minuten]),
    );
    // Both attendees spent the meeting's 45 minutes.
    expect(split).toEqual({ casus: 30, mdo: 90, preventie: 60, advies: 15 });
    expect(res.verdeling.reduce((a: number, r: { procent: number }) => a + r.procent, 0)).toBe(100);
    expect(res.rijen.find((r: { soort: string }) => r.soort === 'mdo')).toMatchObject({
      ring: 1,
      maand: '2026-11',
    });
    expect(res.afgewezen).toHaveLength(1);
    const averages = await averageMinutesPerActivity(database, november);
    expect(averages.find((a) => a.soort === 'mdo')).toMatchObject({
      registraties: 2,
      gemiddeldeMinuten: 45,
    });
  });

  it('lists final-year vmbo pupils without an mbo enrolment, and reports the pupils guided (X19)', async () => {
    await database.query(
      `insert into enrolments (person_id, school_id, sector, leerjaar, niveau, datum_inschrijving)
       select p.id, (select id from schools limit 1), 'VO', 1, 'vmbo-k', '2023-08-01' from persons p`,
    );
    const tom = (
      await database.query<{ id: number }>(`select id from persons where geslachtsnaam = 'Dijk'`)
    )[0]!.id;
    await database.query(
      `insert into enrolments (person_id, school_id, sector, niveau, datum_inschrijving) values ($1, (select id from schools limit 1), 'MBO', 'mbo-2', '2027-08-01')`,
      [tom],
    );
    const list = (
      await consulent.inject({ url: '/api/kantoorwerk/overstap?schooljaar=2026-2027' })
    ).json();
    expect(list.leerlingen.map((l: { naam: string }) => l.naam)).toEqual(['Sanne Berg']);
    expect(list.totaal).toBe(1);
    expect(list.leerlingen[0]).toMatchObject({
      volgendMoment: 1,
      volgendMomentUiterlijk: '2027-04-01',
    });
    const review = await consulent.inject({
      method: 'POST',
      url: '/api/kantoorwerk/overstap/besprekingen',
      payload: {
        personId: list.leerlingen[0].personId,
        schooljaar: '2026-2027',
        moment: 1,
        datum: '2026-11-20',
        afspraken: 'Open dag bezoeken',
      },
    });
    expect(review.statusCode).toBe(201);
    const after = (
      await consulent.inject({ url: '/api/kantoorwerk/overstap?schooljaar=2026-2027' })
    ).json();
    expect(after.leerlingen[0]).toMatchObject({
      momenten: [1],
      volgendMoment: 2,
      laatsteAfspraken: 'Open dag bezoeken',
    });
    const indicators = await officeIndicators(database, schoolYearSpan('2026-2027')!);
    expect(indicators.map((i) => i.id)).toEqual(['C21', 'X13', 'X16', 'X19']);
    const byId = Object.fromEntries(indicators.map((i) => [i.id, i]));
    expect(byId.X19!.rijen).toEqual([{ gemeente: '0546', resultaat: 'open', aantal: 1 }]);
    expect(byId.X13!.rijen).toEqual([{ gemeente: 'onbekend', herkomst: 'school', aantal: 1 }]);
    expect(byId.C21!.rijen).toEqual([
      { gemeente: '0546', sector: 'VO', soort: 'vertrouwelijke_preventie', aantal: 1 },
    ]);
    expect(byId.C21!.geenGegevens).toBeUndefined();
  });

  it('records an advice question about a person in the audit trail, and lists only that it was', async () => {
    const [person] = await database.query<{ id: number }>(
      'select id from persons order by id limit 1',
    );
    const res = await consulent.inject({
      method: 'POST',
      url: '/api/kantoorwerk/adviesvragen',
      payload: { datum: '2026-12-01', van: 'ouder', onderwerp: 'Verlof', personId: person!.id },
    });
    expect(res.statusCode).toBe(201);
    const audit = await database.query(
      `select 1 from audit_events where actie = 'office.advice_registered' and onderwerp_id = $1`,
      [String(person!.id)],
    );
    expect(audit).toHaveLength(1);
    const beleid = await signedIn(app, database, 'beleidsmedewerker');
    const list = (
      await beleid.inject({
        url: '/api/kantoorwerk/adviesvragen?van=2026-12-01&totEnMet=2026-12-31',
      })
    ).json();
    expect(list.vragen).toEqual([expect.objectContaining({ overPersoon: true })]);
    expect(JSON.stringify(list)).not.toContain('personId');
  });

  it('shows per school its consultants and how timely the meldingen came', async () => {
    const res = (
      await consulent.inject({ url: '/api/kantoorwerk/scholen?van=2026-08-01&totEnMet=2026-11-30' })
    ).json();
    expect(res.scholen[0]).toMatchObject({
      naam: 'De Regenboog',
      meldingen: 1,
      mediaanDagenTotMelding: 1,
      procentGeenActieGewenst: 0,
    });
    const bad = await consulent.inject({
      method: 'POST',
      url: '/api/kantoorwerk/jaargesprekken',
      payload: {
        schoolId: res.scholen[0].schoolId,
        schooljaar: '2026-2027',
        datum: '2026-11-20',
        agenda: { weer: 'mooi' },
      },
    });
    expect(bad.statusCode).toBe(422);
  });
});
