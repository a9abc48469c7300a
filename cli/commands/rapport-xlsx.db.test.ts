// SPDX-License-Identifier: EUPL-1.2
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/connect.ts';
import { loadReportFixture } from '../../server/modules/report/test-data.sql.ts';
import { suiteTempDir } from '../../server/test/suite-temp-dir.ts';
import { testEngine } from '../../server/test/test-database.ts';
import type { CliIo } from '../io.ts';
import { main } from '../main.ts';

const dataDir = suiteTempDir('aanwezig-rapport-xlsx-');

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    env: { AANWEZIG_DATA_DIR: dataDir() },
    today: () => '2024-09-15',
  };
  const code = await main(['rapport', 'jaarverslag', '--schooljaar', '2023-2024', ...args], io);
  return { code, stdout, stderr };
}

// The CLI opens the embedded database in AANWEZIG_DATA_DIR; the engine matrix adds nothing here.
describe.skipIf(testEngine() !== 'pglite')('aanwezig rapport jaarverslag --formaat xlsx', () => {
  beforeAll(async () => {
    const database = await openDatabase({ dataDir: dataDir() });
    await loadReportFixture(database);
    await database.close();
  });

  it('refuses to write a workbook to stdout, in Dutch, with exit 2', async () => {
    const { code, stdout, stderr } = await run('--formaat', 'xlsx');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('geef het bestand op met --uit');
  });

  it('writes one workbook with a sheet per table to --uit', async () => {
    const file = join(dataDir(), 'jv.xlsx');
    const { code, stderr } = await run('--formaat', 'xlsx', '--uit', file);
    expect(code).toBe(0);
    expect(stderr).toContain(`geschreven naar ${file}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names[0]).toBe('Toelichting');
    expect(names).toContain('C02 Verzuimmeldingen');
    expect(names.every((n) => n.length <= 31)).toBe(true);
    const c03 = workbook.worksheets.find((w) => w.name.startsWith('C03 '))!;
    // The fixture has 2 meldingen "16_uur" in 0546: below 5, so hidden as in the CSV.
    const header = c03.getRow(1).values as unknown[];
    const column = header.indexOf('16_uur');
    const row = c03.getRows(2, c03.rowCount - 1)!.find((r) => r.getCell(2).value === '0546')!;
    expect(row.getCell(column).value).toBe('<5');
    const totals = c03.getRow(c03.rowCount);
    expect(totals.getCell(1).value).toBe('Totaal');
    expect(typeof totals.getCell(header.length - 1).value).toBe('number');
  }, 120_000);
});
