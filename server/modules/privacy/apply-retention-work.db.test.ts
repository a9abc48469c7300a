// SPDX-License-Identifier: EUPL-1.2
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { applyRetention } from './apply-retention.sql.ts';
import { insertCase, insertPerson, insertSchool } from './test-data.sql.ts';
import { insertWorkRows, opslagnaamOf } from './test-data-work.sql.ts';

/** Child tables that reach the person only through another table's row. */
const CHILD_TABLES = ['exemption_documents', 'thuiszitter_tasks', 'form_uploads'];

describe(`applyRetention removes the later modules' rows too (${testEngine()})`, () => {
  let database: Database;
  let tables: string[];
  const uploadDir = mkdtempSync(join(tmpdir(), 'aanwezig-retention-'));
  const countOf = async (sql: string) =>
    (await database.query<{ n: number }>(`select count(*)::int as n from ${sql}`))[0]!.n;

  beforeAll(async () => {
    database = await createTestDatabase();
    const s = await insertSchool(database, '12AB', 'De Kring');
    const [user] = await database.query<{ id: number }>(
      `insert into users (gebruikersnaam, naam, rol) values ('consulent.a', 'Consulent A', 'consulent') returning id`,
    );
    const gaat = await insertPerson(database, { geboortedatum: '1990-01-01' });
    const blijft = await insertPerson(database, { geboortedatum: '1990-01-01' });
    const oud = await insertCase(database, gaat, { geslotenOp: '2010-01-01' });
    const open = await insertCase(database, blijft, { geslotenOp: null });
    await insertWorkRows(database, { p: gaat, c: oud, s, u: user!.id }, 'gaat');
    await insertWorkRows(database, { p: blijft, c: open, s, u: user!.id }, 'blijft');
    const found = await database.query<{ table_name: string }>(
      `select distinct table_name from information_schema.columns
       where table_schema = current_schema() and column_name in ('person_id', 'case_id')`,
    );
    for (const tag of ['gaat', 'blijft']) writeFileSync(join(uploadDir, opslagnaamOf(tag)), 'pdf');
    tables = [...found.map((r) => r.table_name), ...CHILD_TABLES].sort();
  });
  afterAll(async () => {
    await database.close();
    rmSync(uploadDir, { recursive: true, force: true });
  });

  it('leaves no row anywhere with the deleted person’s data, and keeps the other person’s', async () => {
    const before = await Promise.all(
      tables.map((t) => countOf(`${t} x where x::text like '%gaat%'`)),
    );
    expect(before.filter((n) => n > 0).length).toBeGreaterThan(10);
    const result = await applyRetention(database, '2040-01-01', { uploadDir });
    expect(result).toMatchObject({ personenVerwijderd: 1, bijlagenVerwijderd: 1 });
    for (const table of tables) {
      expect(await countOf(`${table} x where x::text like '%gaat%'`), table).toBe(0);
      if (table !== 'cases') {
        expect(
          await countOf(`${table} x where x::text like '%blijft%'`),
          table,
        ).toBeLessThanOrEqual(1);
      }
    }
    expect(await countOf(`office_meetings where titel = 'MDO blijft'`)).toBe(1);
    expect(await countOf(`office_advice_questions where onderwerp = 'vraag blijft'`)).toBe(1);
    expect(await countOf(`form_submissions where referentie = 'VL-blijft'`)).toBe(1);
  });

  it('removes the deleted person’s uploaded files from the folder, not the other’s', () => {
    expect(existsSync(join(uploadDir, opslagnaamOf('gaat')))).toBe(false);
    expect(existsSync(join(uploadDir, opslagnaamOf('blijft')))).toBe(true);
  });

  it('keeps the booked minutes of the deleted case for the hours overview, without the note', async () => {
    expect(
      await database.query(`select minuten, case_id, notitie from office_time_entries order by id`),
    ).toEqual([
      { minuten: 45, case_id: null, notitie: null },
      { minuten: 45, case_id: expect.any(Number), notitie: 'notitie blijft' },
    ]);
  });
});
