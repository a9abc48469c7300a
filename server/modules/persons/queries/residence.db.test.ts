// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase, testEngine } from '../../../test/test-database.ts';
import { livesOnSql } from './residence.sql.ts';

describe(`livesOnSql (${testEngine()})`, () => {
  let database: Database;
  const livesIn = async (bsn: string, day: string) =>
    (
      await database.query<{ gemeente_code: string }>(
        `select p.gemeente_code from residence_periods p join persons x on x.id = p.person_id where x.bsn = $1 and ${livesOnSql('p', 'x', '$2::date')}`,
        [bsn, day],
      )
    ).map((r) => r.gemeente_code);

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.query(`insert into persons (bsn, geslachtsnaam, geboortedatum, datum_overlijden) values
      ('111222333', 'Verhuisd', '2010-01-01', null), ('123456782', 'Overleden', '2010-01-01', '2024-03-01'), ('100000009', 'Rni', '2010-01-01', null)`);
    await database.query(`insert into residence_periods (person_id, gemeente_code, vanaf, tot, rni, peildatum)
      select id, '0546', null::date, '2024-02-01'::date, false, '2024-08-01'::date from persons where bsn = '111222333' union all
      select id, '0547', '2024-02-01'::date, null::date, false, '2024-08-01'::date from persons where bsn = '111222333' union all
      select id, '0546', null::date, null::date, false, '2024-08-01'::date from persons where bsn = '123456782' union all
      select id, '0546', null::date, null::date, true, '2024-08-01'::date from persons where bsn = '100000009'`);
  });
  afterAll(() => database.close());

  it.each([
    ['111222333', '2024-01-31', ['0546']],
    ['111222333', '2024-02-01', ['0547']],
    ['123456782', '2024-02-29', ['0546']],
    ['123456782', '2024-03-01', []],
    ['100000009', '2024-01-01', []],
  ])('%s lives on %s in %j', async (bsn, day, expected) => {
    expect(await livesIn(bsn, day)).toEqual(expected);
  });
});
