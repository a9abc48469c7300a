// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo office work for the demo region, so the Kantoorwerk pages show something after
 * `npm start`: a few meetings (one declined), activities, advice questions and time entries in
 * the month of `today` and the one before. Deterministic; runs once (skips when meetings exist).
 */
import { Temporal } from '@js-temporal/polyfill';
import type { Database } from '../../db/connect.ts';
import { createAdviceQuestion } from './advice.sql.ts';
import { confirmLegalCheck, decideMeeting, recordAttendance } from './meeting-steps.sql.ts';
import { createMeeting } from './meetings.sql.ts';
import { createActivity } from './prevention.sql.ts';
import { createTimeEntry } from './time.sql.ts';

/** Seeds the demo office work once. */
export async function ensureDemoOfficeWork(database: Database, today: string): Promise<void> {
  const [existing] = await database.query('select 1 from office_meetings limit 1');
  if (existing) return;
  const users = await database.query<{ id: number; gebruikersnaam: string }>(
    `select id, gebruikersnaam from users where gebruikersnaam in ('consulent', 'coach')`,
  );
  const consulent = users.find((u) => u.gebruikersnaam === 'consulent');
  if (!consulent) return;
  const coach = users.find((u) => u.gebruikersnaam === 'coach') ?? consulent;
  const day = (daysBack: number) =>
    Temporal.PlainDate.from(today).subtract({ days: daysBack }).toString();
  const [school] = await database.query<{ id: number }>(
    `select id from schools where sector = 'VO' order by id limit 1`,
  );
  const cases = await database.query<{ id: number }>(
    `select id from cases where toegewezen_aan = $1 order by id limit 3`,
    [consulent.id],
  );
  await database.transaction(async (tx) => {
    const door = { gebruikersnaam: 'consulent', id: consulent.id };
    const mdo = await createMeeting(
      tx,
      {
        soort: 'mdo_langdurig_verzuim',
        titel: 'MDO langdurig verzuim',
        datum: day(3),
        categorie: 'essentieel',
        directBetrokken: true,
        caseId: cases[0]?.id ?? null,
        concreteAanleiding: false,
        schriftelijkVolstaat: false,
        grondslag: 'Leerplichtwet art. 16',
        gemeenteCode: null,
        schoolId: school?.id ?? null,
      },
      door,
      today,
    );
    await confirmLegalCheck(
      tx,
      mdo.id,
      { uitkomst: 'akkoord', grondslag: null },
      'privacy',
      day(5),
    );
    await decideMeeting(tx, mdo.id, { besluit: mdo.advies, reden: null }, 'consulent');
    await recordAttendance(tx, mdo.id, {
      deelnemerIds: [consulent.id],
      minuten: 60,
      acties: 'Plan van aanpak met school en jeugdteam.',
    });
    await createMeeting(
      tx,
      {
        soort: 'zvh_jeugdoverleg',
        titel: 'Jeugdoverleg Zorg- en Veiligheidshuis',
        datum: day(1),
        categorie: 'belangrijk',
        directBetrokken: true,
        caseId: null,
        concreteAanleiding: false,
        schriftelijkVolstaat: false,
        grondslag: null,
        gemeenteCode: null,
        schoolId: null,
      },
      door,
      today,
    );
    const thematic = await createMeeting(
      tx,
      {
        soort: 'anders',
        titel: 'Themabijeenkomst jeugdcriminaliteit',
        datum: day(2),
        categorie: 'laag_urgent',
        directBetrokken: false,
        caseId: null,
        concreteAanleiding: false,
        schriftelijkVolstaat: false,
        grondslag: null,
        gemeenteCode: null,
        schoolId: null,
      },
      door,
      today,
    );
    await decideMeeting(
      tx,
      thematic.id,
      {
        besluit: 'afgewezen',
        reden: thematic.advies === 'afgewezen' ? null : 'Geen concrete aanleiding.',
      },
      'consulent',
    );
    const activity = {
      schoolId: school?.id ?? null,
      gemeenteCode: null,
      sector: null,
      notitie: null,
      aantalKlassen: null,
    };
    await createActivity(
      tx,
      {
        ...activity,
        soort: 'voorlichting_klas',
        datum: day(4),
        vorm: 'fysiek',
        aantalBereikt: 56,
        aantalKlassen: 2,
        minuten: 120,
      },
      consulent.id,
    );
    await createActivity(
      tx,
      {
        ...activity,
        soort: 'vertrouwelijke_preventie',
        datum: day(6),
        vorm: 'fysiek',
        aantalBereikt: 9,
        minuten: 75,
      },
      consulent.id,
    );
    await createActivity(
      tx,
      {
        ...activity,
        soort: 'preventief_spreekuur',
        datum: day(8),
        vorm: 'online',
        aantalBereikt: 4,
        minuten: 90,
      },
      coach.id,
    );
    const question = { personId: null, schoolId: school?.id ?? null, gemeenteCode: null };
    await createAdviceQuestion(
      tx,
      {
        ...question,
        datum: day(2),
        van: 'school',
        onderwerp: 'Verlof voor een bruiloft in het buitenland',
        minuten: 15,
      },
      consulent.id,
    );
    await createAdviceQuestion(
      tx,
      {
        ...question,
        schoolId: null,
        datum: day(7),
        van: 'ouder',
        onderwerp: 'Wat telt als ongeoorloofd verzuim?',
        minuten: 10,
      },
      coach.id,
    );
    for (const [i, c] of cases.entries()) {
      await createTimeEntry(
        tx,
        { datum: day(i + 1), minuten: 45 + 15 * i, soort: 'casus', caseId: c.id, notitie: null },
        consulent.id,
      );
    }
    await createTimeEntry(
      tx,
      { datum: day(3), minuten: 120, soort: 'casus', caseId: null, notitie: 'Trajectbegeleiding' },
      coach.id,
    );
  });
}
