// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect.ts';
import { startSession } from '../modules/auth/sessions.sql.ts';
import { createUser } from '../modules/auth/users.sql.ts';
import { createTestDatabase, testEngine } from '../test/test-database.ts';
import { msUntilNight, runDailyJobs } from './daily-jobs.ts';

describe(`daily jobs (${testEngine()})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('ends expired sessions and applies retention, logging counts only', async () => {
    const limits = { idleMinutes: 30, absoluteHours: 10 };
    const userId = await createUser(database, {
      gebruikersnaam: 'nacht',
      naam: 'N',
      rol: 'teamleider',
    });
    await startSession(database, userId, true, new Date('2024-08-01T08:00:00Z'), limits);
    await database.query(
      `insert into persons (bsn, geslachtsnaam, geboortedatum) values ('111222333', 'Oud', '1990-01-01')`,
    );
    const log: string[] = [];
    await runDailyJobs({
      database,
      today: () => '2024-08-02',
      now: () => new Date('2024-08-02T02:00:00Z'),
      sessie: limits,
      log: (line) => log.push(line),
    });
    expect(await database.query('select 1 from sessions')).toEqual([]);
    expect(await database.query(`select 1 from persons where bsn = '111222333'`)).toEqual([]);
    expect(log).toHaveLength(3);
    expect(log[1]).toMatch(/absoluut verzuim: \{"signalen":0/);
    expect(log[2]).toMatch(/bewaartermijnen: .*"personenVerwijderd":1/);
    expect(log.join('\n')).not.toMatch(/111222333|Oud/);
  });

  it('plans the next run for 02:00', () => {
    const evening = new Date(2026, 10, 23, 22, 30);
    expect(msUntilNight(evening)).toBe(3.5 * 3_600_000);
    const early = new Date(2026, 10, 23, 1, 0);
    expect(msUntilNight(early)).toBe(3_600_000);
  });
});
