// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { testEngine } from '../../test/test-database.ts';
import { createUser } from '../auth/users.sql.ts';
import { caseworkFixture } from '../casework/casework-fixture.sql.ts';
import { ensureDemoOfficeWork } from './demo.sql.ts';
import { teamTimeSplit } from './time.sql.ts';

describe(`demo office work (${testEngine()})`, () => {
  let database: Database;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const fixture = await caseworkFixture();
    database = fixture.database;
    close = async () => {
      await fixture.app.close();
      await database.close();
    };
    const id = await createUser(database, {
      gebruikersnaam: 'consulent',
      naam: 'Demo',
      rol: 'leerplichtconsulent',
      wachtwoord: 'een-lang-demowachtwoord',
    });
    await database.query('update cases set toegewezen_aan = $1', [id]);
  });
  afterAll(async () => close());

  it('seeds meetings (one declined), activities, advice and time once', async () => {
    await ensureDemoOfficeWork(database, '2026-11-23');
    await ensureDemoOfficeWork(database, '2026-11-23');
    const [counts] = await database.query<{
      m: number;
      a: number;
      q: number;
      t: number;
      afgewezen: number;
    }>(
      `select (select count(*)::int from office_meetings) as m, (select count(*)::int from office_activities) as a,
              (select count(*)::int from office_advice_questions) as q, (select count(*)::int from office_time_entries) as t,
              (select count(*)::int from office_meetings where besluit = 'afgewezen') as afgewezen`,
    );
    expect(counts).toEqual({ m: 3, a: 3, q: 2, t: 2, afgewezen: 1 });
    const split = await teamTimeSplit(database, { van: '2026-11-01', totEnMet: '2026-11-30' });
    expect(new Set(split.map((r) => r.soort))).toEqual(
      new Set(['casus', 'mdo', 'preventie', 'advies']),
    );
  });
});
