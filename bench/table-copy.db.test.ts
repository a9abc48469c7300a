// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../server/db/connect.ts';
import { createTestDatabase, testEngine } from '../server/test/test-database.ts';
import { assertEmpty, copyOrder, copyTable, dumpTables } from './table-copy.ts';

let source: Database;
let target: Database;

beforeAll(async () => {
  [source, target] = [await createTestDatabase(), await createTestDatabase()];
  // Gaps in the ids (deleted rows) must not matter: COPY renumbers from 1 and foreign keys follow.
  await source.query(`INSERT INTO schools (brin, vestiging, naam, sector, gemeente_code) VALUES
    ('10AA','00','Een','PO','0546'), ('11BB','00','Twee, met komma','VO','0546'), ('12CC','01','Drie "x"','MBO','0537')`);
  await source.query(`DELETE FROM schools WHERE brin = '10AA'`);
  await source.query(`INSERT INTO persons (bsn, geslachtsnaam, voornamen, geboortedatum) VALUES
    ('111222333','Jansen','',  '2010-01-02'), ('123456782','de Vries', NULL, '2011-03-04')`);
  await source.query(`INSERT INTO enrolments (person_id, school_id, sector, datum_inschrijving)
    SELECT p.id, s.id, s.sector, '2023-08-01' FROM persons p CROSS JOIN schools s`);
}, 60_000);

afterAll(async () => {
  await source?.close();
  await target?.close();
});

describe(`COPY baseline of the import benchmark (${testEngine()})`, () => {
  it('orders referenced tables first', () => {
    const fks = new Map([
      [
        'enrolments',
        [
          { column: 'person_id', refTable: 'persons' },
          { column: 'school_id', refTable: 'schools' },
        ],
      ],
    ]);
    expect(copyOrder(['enrolments'], fks)).toEqual(['persons', 'schools', 'enrolments']);
  });

  it('copies the rows into an empty database with foreign keys resolved, keeping NULL and empty text apart', async () => {
    const dumps = await dumpTables(source, ['enrolments']);
    expect(dumps.map((d) => [d.table, d.rows])).toEqual([
      ['persons', 2],
      ['schools', 2],
      ['enrolments', 4],
    ]);
    await assertEmpty(target, dumps);
    for (const dump of dumps) await copyTable(target, dump);
    const query = `SELECT p.bsn, p.voornamen, s.brin, s.naam FROM enrolments e
      JOIN persons p ON p.id = e.person_id JOIN schools s ON s.id = e.school_id ORDER BY 1, 3`;
    expect(await target.query(query)).toEqual(await source.query(query));
    const [jansen] = await target.query<{ voornamen: string | null }>(
      `SELECT voornamen FROM persons WHERE bsn = '111222333'`,
    );
    expect(jansen?.voornamen).toBe('');
    await expect(assertEmpty(target, dumps)).rejects.toThrow('niet leeg');
  });
});
