// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../test/test-database.ts';
import { importCsv } from '../import-csv.sql.ts';

describe('import vsv_percentages', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.close());
  const run = (csv: string) =>
    importCsv(database, csv, {
      soort: 'vsv_percentages',
      bestandsnaam: 'vsv.csv',
      door: 'test',
      today: '2024-10-01',
      gedeeltelijk: true,
    });

  it('stores provisional figures, refuses bad rows, and replaces them with final ones', async () => {
    const first = await run(
      'gemeentecode;schooljaar;sector;percentage;teller;noemer;status\n' +
        '0546;2023-2024;totaal;2,41;241;10000;voorlopig\n' +
        '0547;2023-2025;vo;1,0;;;voorlopig\n' +
        '0547;2023-2024;mbo;101;;;definitief\n',
    );
    expect(first.resultaat).toBe('gedeeltelijk');
    expect(first.summary).toMatchObject({ nieuw: 1, afgewezen: 2 });
    const second = await run(
      'gemeentecode,schooljaar,sector,percentage,status\n0546,2023-2024,totaal,2.38%,definitief\n',
    );
    expect(second.summary).toMatchObject({ gewijzigd: 1 });
    expect(
      await database.query(
        'select gemeente_code, percentage::float8 as percentage, status from vsv_percentages',
      ),
    ).toEqual([{ gemeente_code: '0546', percentage: 2.38, status: 'definitief' }]);
  });
});
