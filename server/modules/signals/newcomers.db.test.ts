// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { signedIn } from '../../test/sign-in.ts';
import { completeBsn } from '../../../shared/bsn.ts';
import type { Database } from '../../db/connect.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { importCsv } from '../imports/import-csv.sql.ts';
import { setRegion } from '../region/index.ts';
import { newcomersOverview } from './newcomers.sql.ts';

const bsns: string[] = [];
for (let prefix = 30_000_000; bsns.length < 10; prefix++) {
  const b = completeBsn(String(prefix));
  if (b) bsns.push(b);
}

describe(`monthly nieuwkomers overview (${testEngine()})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    const run = (soort: 'scholen' | 'brp' | 'inschrijvingen', csv: string) =>
      importCsv(database, csv, {
        soort,
        bestandsnaam: `${soort}.csv`,
        door: 'test',
        today: '2024-04-01',
        peildatum: '2024-04-01',
      });
    await setRegion(database, {
      naam: 'Test',
      gemeenten: [
        { code: '0546', naam: 'Leiden' },
        { code: '0547', naam: 'Leiderdorp' },
      ],
    });
    await run('scholen', 'brin,naam,sector,gemeentecode\n12AB,Een,PO,0546\n');
    await run(
      'brp',
      'bsn,geslachtsnaam,geboortedatum,gemeentecode,datum_vestiging\n' +
        [
          `${bsns[0]},Maart,2015-01-01,0546,2024-03-10`, // arrived in March, no school
          `${bsns[1]},School,2015-01-01,0546,2024-03-12`, // arrived in March, enrolled
          `${bsns[2]},Vorigjaar,2016-01-01,0547,2023-06-01`, // arrived 9 months ago, no school
          `${bsns[3]},Oud,2015-01-01,0546,2022-01-01`, // arrived over a year ago
          `${bsns[4]},Baby,2023-01-01,0546,2024-03-01`, // not of school age
          `${bsns[5]},Geboren,2015-01-01,0546,2015-01-01`, // lived here since birth
        ].join('\n') +
        '\n',
    );
    await run(
      'inschrijvingen',
      `bsn,brin,sector,datum_inschrijving\n${bsns[1]},12AB,PO,2024-03-20\n`,
    );
  });
  afterAll(() => database.close());

  it('counts school-age arrivals of the last 12 months per gemeente, and those without a school', async () => {
    expect(await newcomersOverview(database, '2024-03')).toEqual({
      maand: '2024-03',
      peildatum: '2024-03-31',
      gemeenten: [
        { gemeente: '0546', nieuwkomers: 2, dezeMaand: 2, zonderInschrijving: 1 },
        { gemeente: '0547', nieuwkomers: 1, dezeMaand: 0, zonderInschrijving: 1 },
      ],
    });
  });

  it('counts on the last day of the month: an enrolment later in the month counts', async () => {
    const february = await newcomersOverview(database, '2024-02');
    expect(february.gemeenten).toEqual([
      { gemeente: '0547', nieuwkomers: 1, dezeMaand: 0, zonderInschrijving: 1 },
    ]);
  });

  it('serves the overview to policy staff and the signals worklist to consultants, within their gemeenten', async () => {
    const app = await buildApp({ database, today: () => '2024-03-31' }, { webDir: '/nonexistent' });
    try {
      const beleid = await signedIn(app, database, 'beleidsmedewerker');
      const overview = await beleid.inject({
        method: 'GET',
        url: '/api/signalen/nieuwkomers?maand=2024-03',
      });
      expect(overview.json().gemeenten).toHaveLength(2);
      expect(
        (await beleid.inject({ method: 'GET', url: '/api/signalen/absoluut-verzuim' })).statusCode,
      ).toBe(403);
      const consulent = await signedIn(app, database, 'leerplichtconsulent');
      const list = (
        await consulent.inject({ method: 'GET', url: '/api/signalen/absoluut-verzuim' })
      ).json();
      expect(list.signalen.map((s: { naam: string }) => s.naam).sort()).toEqual([
        'Geboren',
        'Maart',
        'Oud',
        'Vorigjaar',
      ]);
      expect(JSON.stringify(list)).not.toContain(bsns[0]);
      const scoped = await signedIn(app, database, 'leerplichtconsulent', { gemeenten: ['0547'] });
      const mine = (
        await scoped.inject({ method: 'GET', url: '/api/signalen/absoluut-verzuim' })
      ).json();
      expect(mine.signalen).toEqual([
        expect.objectContaining({ naam: 'Vorigjaar', gemeente: '0547', zaakId: null }),
      ]);
    } finally {
      await app.close();
    }
  });
});
