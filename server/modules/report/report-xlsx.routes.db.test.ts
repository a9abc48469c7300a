// SPDX-License-Identifier: EUPL-1.2
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Database } from '../../db/connect.ts';
import { signedIn } from '../../test/sign-in.ts';
import { createTestDatabase } from '../../test/test-database.ts';
import { loadReportFixture } from './test-data.sql.ts';

describe('GET /api/jaarverslagen/:schooljaar/xlsx', () => {
  let database: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await createTestDatabase();
    await loadReportFixture(database);
    app = await buildApp(
      { database, today: () => '2024-09-15', now: () => new Date('2024-09-15T10:00:00Z') },
      { webDir: '/nonexistent' },
    );
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('gives a beleidsmedewerker one workbook of one gemeente, with small numbers hidden', async () => {
    const policy = await signedIn(app, database, 'beleidsmedewerker');
    const res = await policy.inject({
      method: 'GET',
      url: '/api/jaarverslagen/2023-2024/xlsx?gemeente=0546',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="jaarverslag-2023-2024.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(res.rawPayload).buffer);
    const toelichting = JSON.stringify(workbook.getWorksheet('Toelichting')!.getSheetValues());
    expect(toelichting).toContain('(0546)');
    expect(toelichting).toContain('2024-09-15T10:00:00');
    const c03 = workbook.worksheets.find((w) => w.name.startsWith('C03 '))!;
    const codes = c03.getColumn(2).values.slice(2);
    expect(codes.filter((c) => c !== '')).toEqual(['0546']);
    expect(JSON.stringify(c03.getSheetValues())).toContain('"<5"');
  }, 60_000);

  it('refuses a consultant (report.read) and a bad school year', async () => {
    const consultant = await signedIn(app, database, 'leerplichtconsulent');
    const refused = await consultant.inject({
      method: 'GET',
      url: '/api/jaarverslagen/2023-2024/xlsx',
    });
    expect(refused.statusCode).toBe(403);
    const policy = await signedIn(app, database, 'beleidsmedewerker');
    const bad = await policy.inject({ method: 'GET', url: '/api/jaarverslagen/2023-2025/xlsx' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.message).toContain('geen schooljaar');
  });
});
