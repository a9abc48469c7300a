// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { ensureDemoExemptions } from '../exemptions/demo.sql.ts';
import { insertAddress, insertPerson } from '../letters/test-data.sql.ts';
import { ensureDemoObjections } from './demo.sql.ts';

// Not the real date: every opening and step date must follow the day passed in.
const today = '2025-11-24';

describe(`demo objection (${testEngine()})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    for (let i = 0; i < 7; i++) {
      const id = await insertPerson(database, {
        geboortedatum: `201${i + 1}-05-0${i + 1}`,
        voornamen: `Kind${i}`,
        geslachtsnaam: 'Demo',
      });
      await insertAddress(database, id, { straat: 'Markt', huisnummer: String(i + 1) });
    }
  });
  afterAll(() => database.close());

  it('puts the rejected demo request in BEZWAAR with a decision-term task, once', async () => {
    await ensureDemoExemptions(database, today);
    await ensureDemoObjections(database, today);
    await ensureDemoObjections(database, today);
    const rows = await database.query<{ status: string; geopend: string }>(
      `select status, to_char(geopend_op, 'YYYY-MM-DD') as geopend from cases
        where soort in ('vrijstelling', 'verlof') order by id`,
    );
    expect(rows.map((r) => r.status)).toContain('BEZWAAR');
    expect(rows.map((r) => r.status)).not.toContain('AFGESLOTEN');
    // Leave requests open on the demo day, not on the database clock.
    expect(rows.slice(-2).map((r) => r.geopend)).toEqual([today, today]);
    const objections = await database.query<{ tijdig: boolean; beslistermijn: string }>(
      `select tijdig, to_char(beslistermijn, 'YYYY-MM-DD') as beslistermijn from objections`,
    );
    // Decision 2025-11-21: term ends 2026-01-02, decide 6 weeks later.
    expect(objections).toEqual([{ tijdig: true, beslistermijn: '2026-02-13' }]);
    const [task] = await database.query<{ n: number }>(
      `select count(*)::int as n from tasks where soort = 'bezwaar_beslissen' and gedaan_op is null`,
    );
    expect(task!.n).toBe(1);
  });
});
