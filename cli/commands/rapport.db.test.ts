// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/connect.ts';
import { loadReportFixture } from '../../server/modules/report/test-data.sql.ts';
import { suiteTempDir } from '../../server/test/suite-temp-dir.ts';
import { testEngine } from '../../server/test/test-database.ts';
import type { CliIo } from '../io.ts';
import { main } from '../main.ts';

const dataDir = suiteTempDir('aanwezig-rapport-');

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    env: { AANWEZIG_DATA_DIR: dataDir() },
    today: () => '2024-09-15',
  };
  const code = await main(['rapport', ...args], io);
  return { code, stdout, stderr };
}

// The CLI opens the embedded database in AANWEZIG_DATA_DIR; the engine matrix adds nothing here.
describe.skipIf(testEngine() !== 'pglite')('aanwezig rapport', () => {
  beforeAll(async () => {
    const database = await openDatabase({ dataDir: dataDir() });
    await loadReportFixture(database);
    await database.close();
  });

  it('prints the json of interfaces.md §1.5 on stdout only, with exact counts', async () => {
    const { code, stdout, stderr } = await run(
      'jaarverslag',
      '--schooljaar',
      '2023-2024',
      '--formaat',
      'json',
    );
    expect(code).toBe(0);
    expect(stderr).toContain('berekenen');
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['schooljaar', 'gemaakt', 'indicatoren']);
    expect(json.gemaakt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const c03 = json.indicatoren.find((i: { id: string }) => i.id === 'C03');
    expect(Object.keys(c03)).toEqual(['id', 'titel', 'eenheid', 'definitie', 'dimensies', 'rijen']);
    expect(c03.rijen).toContainEqual({ gemeente: '0546', verzuimsoort: '16_uur', aantal: 2 });
  }, 60_000);

  it('takes --json as --formaat json, and refuses --json with another format', async () => {
    const { code, stdout } = await run('jaarverslag', '--schooljaar', '2023-2024', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).schooljaar).toBe('2023-2024');
    const both = await run(
      'jaarverslag',
      '--schooljaar',
      '2023-2024',
      '--json',
      '--formaat',
      'pdf',
    );
    expect(both.code).toBe(2);
  }, 60_000);

  it('--gemeente keeps only that gemeente', async () => {
    const { stdout } = await run(
      'jaarverslag',
      '--schooljaar',
      '2023-2024',
      '--gemeente',
      '0547',
      '--formaat',
      'json',
    );
    const rows = JSON.parse(stdout).indicatoren.flatMap(
      (i: { rijen: { gemeente?: string }[] }) => i.rijen,
    );
    expect(rows.every((r: { gemeente?: string }) => r.gemeente === '0547')).toBe(true);
  }, 60_000);

  it('writes html and pdf to --uit', async () => {
    const html = join(dataDir(), 'jv.html');
    expect(
      (await run('jaarverslag', '--schooljaar', '2023-2024', '--formaat', 'html', '--uit', html))
        .code,
    ).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('<svg');
    const pdf = join(dataDir(), 'jv.pdf');
    expect(
      (await run('jaarverslag', '--schooljaar', '2023-2024', '--formaat', 'pdf', '--uit', pdf))
        .code,
    ).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('refuses a bad schooljaar or formaat with exit code 2 and a Dutch message naming the option', async () => {
    const year = await run('jaarverslag', '--schooljaar', '2023-2025', '--formaat', 'json');
    expect(year.code).toBe(2);
    expect(year.stderr).toContain('--schooljaar 2023-2025 is geen schooljaar');
    const format = await run('jaarverslag', '--schooljaar', '2023-2024', '--formaat', 'docx');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--formaat docx is onbekend');
    expect((await run('jaarverslag', '--formaat', 'json')).stderr).toContain(
      '--schooljaar is verplicht',
    );
  });

  it('publiceer freezes the year and prints its version', async () => {
    const { code, stdout } = await run(
      'publiceer',
      '--schooljaar',
      '2023-2024',
      '--door',
      'beleid',
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      schooljaar: '2023-2024',
      versie: 1,
      overschreven: false,
    });
  }, 60_000);
});
