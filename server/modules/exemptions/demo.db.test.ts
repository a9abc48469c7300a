// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { insertAddress, insertPerson } from '../letters/test-data.sql.ts';
import { ensureDemoExemptions } from './demo.sql.ts';

describe(`demo exemptions and leave (${testEngine()})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    for (let i = 0; i < 7; i++) {
      const id = await insertPerson(database, {
        geboortedatum: `201${i + 2}-05-0${i + 1}`,
        voornamen: `Kind${i}`,
        geslachtsnaam: 'Demo',
      });
      await insertAddress(database, id, { straat: 'Markt', huisnummer: String(i + 1) });
    }
  });
  afterAll(() => database.close());

  it('makes requests in several phases through the workflow, once', async () => {
    await ensureDemoExemptions(database, '2026-11-23');
    await ensureDemoExemptions(database, '2026-11-23');
    const rows = await database.query<{ soort: string; status: string }>(
      `select soort, status from cases order by id`,
    );
    expect(rows).toEqual([
      { soort: 'vrijstelling', status: 'ADVIES_GEVRAAGD' },
      { soort: 'vrijstelling', status: 'VRIJSTELLING_AANGEVRAAGD' },
      { soort: 'vrijstelling', status: 'VRIJSTELLING_LOOPT' },
      { soort: 'vrijstelling', status: 'WACHT_OP_STUKKEN' },
      { soort: 'vrijstelling', status: 'AFGESLOTEN' },
      { soort: 'verlof', status: 'VERLOF_AANGEVRAAGD' },
      { soort: 'verlof', status: 'SCHOOL_GEHOORD' },
    ]);
    const [running] = await database.query<{ n: number }>(
      `select count(*)::int as n from exemptions where besluit = 'toegekend' and geldig_tot = '2027-01-22'`,
    );
    expect(running!.n).toBe(1);
  });
});
