// SPDX-License-Identifier: EUPL-1.2
/** A BRP snapshot older than one already imported is refused whole: it would undo newer moves. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { importCsv } from './import-csv.sql.ts';

const HEADER = 'bsn,geslachtsnaam,geboortedatum,gemeentecode,straat,huisnummer,datum_vestiging';
const leiden = `${HEADER}\n111222333,Berg,2012-03-04,0546,Breestraat,1,2015-01-01\n`;
const moved = `${HEADER}\n111222333,Berg,2012-03-04,0547,Dorpsstraat,2,2024-06-01\n`;

describe(`BRP snapshots in order (${testEngine()})`, () => {
  let database: Database;
  const brp = (csv: string, peildatum: string) =>
    importCsv(database, csv, {
      soort: 'brp',
      bestandsnaam: 'brp.csv',
      door: 'test',
      today: '2024-09-01',
      peildatum,
    });
  const periods = () =>
    database.query<{ gemeente: string; tot: string | null }>(
      `select gemeente_code as gemeente, to_char(tot, 'YYYY-MM-DD') as tot from residence_periods order by vanaf`,
    );

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('takes snapshots forward, then refuses an older one whole, naming both dates', async () => {
    expect((await brp(leiden, '2024-01-01')).resultaat).toBe('geimporteerd');
    expect((await brp(moved, '2024-08-01')).resultaat).toBe('geimporteerd');
    const older = await brp(leiden, '2024-02-01');
    expect(older.resultaat).toBe('geweigerd');
    expect(older.summary.fouten).toHaveLength(1);
    expect(older.summary.fouten[0]).toMatchObject({ regel: 1, kolom: null });
    expect(older.summary.fouten[0]!.melding).toContain('2024-02-01');
    expect(older.summary.fouten[0]!.melding).toContain('2024-08-01');
    expect(await periods()).toEqual([
      { gemeente: '0546', tot: '2024-06-01' },
      { gemeente: '0547', tot: null },
    ]);
  });

  it('takes the same or a newer peildatum again', async () => {
    expect((await brp(moved, '2024-08-01')).resultaat).toBe('geimporteerd');
    expect((await brp(moved, '2024-09-01')).resultaat).toBe('geimporteerd');
  });
});
