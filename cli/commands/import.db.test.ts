// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import type { CliIo } from '../io.ts';
import { suiteTempDir } from '../../server/test/suite-temp-dir.ts';
import { testEngine } from '../../server/test/test-database.ts';

/** Runs the CLI in-process against a fresh embedded database directory. */
function cli(dataDir: () => string) {
  return async (...args: string[]) => {
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      out: (t) => (stdout += t),
      err: (t) => (stderr += t),
      env: { AANWEZIG_DATA_DIR: dataDir() },
      today: () => '2024-08-01',
    };
    const code = await main(args, io);
    return { code, stdout, stderr };
  };
}

// The CLI always uses the embedded database here; the engines are covered by import-csv.db.test.ts.
describe.runIf(testEngine() === 'pglite')('aanwezig import and regio', () => {
  const dir = suiteTempDir('aanwezig-cli-');
  const run = cli(() => join(dir(), 'data'));
  const file = (name: string, text: string) => {
    const path = join(dir(), name);
    writeFileSync(path, text);
    return path;
  };

  it('prints exactly one JSON summary on stdout and exits 0', async () => {
    const path = file('scholen.csv', 'brin;naam;sector;gemeentecode\n12AB;De Kring;PO;0546\n');
    const { code, stdout } = await run('import', 'scholen', path, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      soort: 'scholen',
      bestand: 'scholen.csv',
      rijen: 1,
      nieuw: 1,
      gewijzigd: 0,
      ongewijzigd: 0,
      afgewezen: 0,
      fouten: [],
    });
  });

  it('refuses an invalid file with exit 2, still one JSON document, and writes nothing', async () => {
    const path = file(
      'fout.csv',
      'brin,naam,sector,gemeentecode\n12AB,Twee,PO,0546\n12XY,Drie,PO,546\n',
    );
    const { code, stdout } = await run('import', 'scholen', path, '--json');
    expect(code).toBe(2);
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({ nieuw: 0, afgewezen: 1 });
    expect(summary.fouten).toEqual([
      { regel: 3, kolom: 'gemeentecode', melding: "gemeentecode '546' heeft niet de vorm 0546" },
    ]);
    expect(existsSync(`${path}.afgewezen.csv`)).toBe(false);
  });

  it('with --gedeeltelijk writes the refused rows beside the input and exits 0', async () => {
    const path = file(
      'deels.csv',
      'brin,naam,sector,gemeentecode\n34CD,Twee,VO,0546\n12XY,Drie,PO,546\n',
    );
    const { code, stdout } = await run('import', 'scholen', path, '--gedeeltelijk', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ nieuw: 1, afgewezen: 1 });
    expect(readFileSync(`${path}.afgewezen.csv`, 'utf8')).toContain(
      "12XY,Drie,PO,546,gemeentecode: gemeentecode '546' heeft niet de vorm 0546",
    );
  });

  it.each([
    [['import', 'leerlingen', 'x.csv'], 'onbekend'],
    [['import', 'scholen', '/niet/bestaand.csv'], 'bestaat niet'],
    [['import', 'scholen', 'x.csv', '--peildatum', '2024-02-30'], 'geen geldige datum'],
    [['import', 'scholen', 'x.csv', '--onbekend'], 'onbekende optie'],
  ])('refuses bad arguments %j with exit 2 and a Dutch message', async (args, message) => {
    const { code, stderr, stdout } = await run(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });

  it('sets and prints the region', async () => {
    const set = await run(
      'regio',
      '--naam',
      'Holland Rijnland',
      '--gemeente',
      '0546=Leiden',
      '--gemeente',
      '0547=Leiderdorp',
      '--json',
    );
    expect(set.code).toBe(0);
    const { stdout } = await run('regio', '--json');
    expect(JSON.parse(stdout)).toEqual({
      naam: 'Holland Rijnland',
      gemeenten: [
        { code: '0546', naam: 'Leiden' },
        { code: '0547', naam: 'Leiderdorp' },
      ],
    });
    expect((await run('regio', '--naam', 'X', '--gemeente', 'Leiden')).code).toBe(2);
  });
});
