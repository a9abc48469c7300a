// SPDX-License-Identifier: EUPL-1.2
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/connect.ts';
import { insertPerson } from '../../server/modules/privacy/test-data.sql.ts';
import { suiteTempDir } from '../../server/test/suite-temp-dir.ts';
import { testEngine } from '../../server/test/test-database.ts';
import type { CliIo } from '../io.ts';
import { main } from '../main.ts';

const dataDir = suiteTempDir('aanwezig-bewaartermijnen-');

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    env: { AANWEZIG_DATA_DIR: dataDir() },
    today: () => '2030-06-01',
  };
  const code = await main(['bewaartermijnen', ...args], io);
  return { code, stdout, stderr };
}

async function personCount(): Promise<number> {
  const database = await openDatabase({ dataDir: dataDir() });
  try {
    return (await database.query<{ n: number }>('select count(*)::int as n from persons'))[0]!.n;
  } finally {
    await database.close();
  }
}

// The CLI opens the embedded database in AANWEZIG_DATA_DIR; the engine matrix adds nothing here.
describe.skipIf(testEngine() !== 'pglite')('aanwezig bewaartermijnen toepassen', () => {
  beforeAll(async () => {
    const database = await openDatabase({ dataDir: dataDir() });
    await insertPerson(database, { geboortedatum: '2000-01-01', bsn: '111222333' });
    await insertPerson(database, { geboortedatum: '2015-01-01' });
    await database.close();
  });

  it('with --droog --json reports one JSON document and deletes nothing', async () => {
    const { code, stdout } = await run('toepassen', '--droog', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      datum: '2030-06-01',
      droog: true,
      personenBeoordeeld: 2,
      personenVerwijderd: 1,
      verwijderdPerRegel: { doorstroompunt: 1 },
    });
    expect(stdout).not.toContain('111222333');
    expect(await personCount()).toBe(2);
  });

  it('with --droog and a --datum prints a Dutch summary', async () => {
    const { code, stdout } = await run('toepassen', '--droog', '--datum', '2020-01-01');
    expect(code).toBe(0);
    expect(stdout).toContain('Proefrun op 2020-01-01: er is niets verwijderd.');
    expect(stdout).toContain('Personen die verwijderd zouden worden: 0');
    expect(await personCount()).toBe(2);
  });

  it('without --droog deletes the person whose retention has passed', async () => {
    const { code, stdout } = await run('toepassen');
    expect(code).toBe(0);
    expect(stdout).toContain('Personen verwijderd: 1');
    expect(stdout).toContain('Doorstroompunt-leeftijdsgrens: 1');
    expect(await personCount()).toBe(1);
  });

  it.each([[['toepassen', '--datum', '2030-02-30']], [['opschonen']], [['toepassen', '--snel']]])(
    'refuses %j with exit 2',
    async (args) => {
      const { code, stderr } = await run(...args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^aanwezig bewaartermijnen: /);
    },
  );
});
