// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeBsn } from '../../../shared/bsn.ts';
import type { Database } from '../../db/connect.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { importCsv } from '../imports/import-csv.sql.ts';
import { setRegion } from '../region/index.ts';
import { absoluteVerzuimSignals } from './absolute-verzuim.sql.ts';
import { syncAbsoluteVerzuimCases } from './sync-cases.sql.ts';

/** The n-th number from 10000000 on that can be completed to a BSN (not every prefix can). */
const bsn = (n: number) => {
  let found = 0;
  for (let prefix = 10_000_000; ; prefix++) {
    const candidate = completeBsn(String(prefix));
    if (candidate && ++found === n) return candidate;
  }
};
const today = '2024-08-01';

/** name → [geboortedatum, gemeente, extra brp columns] */
const PEOPLE: [string, string, string, string][] = [
  ['Anna', '2012-03-04', '0546', ''],
  ['Bram', '2012-03-04', '0546', ''],
  ['Cees', '2012-03-04', '0546', ''],
  ['Dirk', '2012-03-04', '0546', ''],
  ['Eva', '2002-01-01', '0546', ''],
  ['Fien', '2019-03-01', '0546', ''],
  ['Gijs', '2020-09-01', '0546', ''],
  ['Hans', '2012-03-04', '0546', 'died'],
  ['Ina', '2012-03-04', '0546', 'rni'],
  ['Jan', '2012-03-04', '0363', ''],
  ['Kim', '2007-01-01', '0546', ''],
];

describe(`absoluut-verzuim signals (${testEngine()})`, () => {
  let database: Database;
  const ids = new Map<string, string>();
  beforeAll(async () => {
    database = await createTestDatabase();
    PEOPLE.forEach(([naam], i) => ids.set(naam, bsn(i + 1)));
    const run = (soort: 'scholen' | 'brp' | 'inschrijvingen' | 'vrijstellingen', csv: string) =>
      importCsv(database, csv, {
        soort,
        bestandsnaam: `${soort}.csv`,
        door: 'test',
        today,
        peildatum: '2024-06-01',
      });
    await setRegion(database, { naam: 'Test', gemeenten: [{ code: '0546', naam: 'Leiden' }] });
    await run('scholen', 'brin,naam,sector,gemeentecode\n12AB,Een,VO,0546\n');
    await run(
      'brp',
      'bsn,geslachtsnaam,geboortedatum,gemeentecode,datum_overlijden,rni\n' +
        PEOPLE.map(
          ([naam, geboren, gemeente, extra]) =>
            `${ids.get(naam)},${naam},${geboren},${gemeente},${extra === 'died' ? '2024-05-01' : ''},${extra === 'rni' ? 'ja' : ''}`,
        ).join('\n') +
        '\n',
    );
    await run(
      'inschrijvingen',
      'bsn,brin,sector,datum_inschrijving,datum_uitschrijving,startkwalificatie_datum\n' +
        `${ids.get('Anna')},12AB,VO,2020-08-20,2024-06-29,\n` +
        `${ids.get('Bram')},12AB,VO,2020-08-20,,\n` +
        `${ids.get('Kim')},12AB,VO,2019-08-20,2024-06-30,2024-06-30\n`,
    );
    await run(
      'vrijstellingen',
      'bsn,artikel,datum_aanvraag,besluit,datum_besluit,geldig_van,geldig_tot\n' +
        `${ids.get('Cees')},5a,2024-01-10,toegekend,2024-02-01,2024-02-01,2025-01-31\n` +
        `${ids.get('Dirk')},5a,2024-01-10,afgewezen,2024-02-01,,\n`,
    );
  });
  afterAll(() => database.close());

  it('lists exactly the school-age residents without enrolment or exemption, with the reason', async () => {
    const result = await absoluteVerzuimSignals(database, today);
    const byName = (naam: string) => result.signalen.find((s) => s.bsn === ids.get(naam));
    expect(result.peildatum).toBe(today);
    expect(byName('Anna')).toEqual({
      bsn: ids.get('Anna'),
      gemeente: '0546',
      status: 'leerplichtig',
      reden: 'sinds 2024-06-30 niet ingeschreven (laatste school 12AB00)',
    });
    expect(byName('Dirk')).toMatchObject({
      status: 'leerplichtig',
      reden: 'nooit ingeschreven geweest',
    });
    expect(byName('Fien')).toMatchObject({ status: 'leerplichtig' });
    // Enrolled, exempted, too old, too young, dead, in the RNI, outside the region, startkwalificatie.
    for (const naam of ['Bram', 'Cees', 'Eva', 'Gijs', 'Hans', 'Ina', 'Jan', 'Kim']) {
      expect(byName(naam), naam).toBeUndefined();
    }
    expect(result.signalen).toHaveLength(3);
  });

  it('counts the last enrolled day as enrolled', async () => {
    const result = await absoluteVerzuimSignals(database, '2024-06-29');
    expect(result.signalen.find((s) => s.bsn === ids.get('Anna'))).toBeUndefined();
  });
});

describe(`absoluut-verzuim cases follow the signals (${testEngine()})`, () => {
  it('opens a case per signalled child and closes it by itself when an enrolment appears', async () => {
    const database = await createTestDatabase();
    try {
      const child = bsn(1);
      await setRegion(database, { naam: 'Test', gemeenten: [{ code: '0546', naam: 'Leiden' }] });
      const run = (soort: 'scholen' | 'brp' | 'inschrijvingen', csv: string) =>
        importCsv(database, csv, {
          soort,
          bestandsnaam: `${soort}.csv`,
          door: 'test',
          today,
          peildatum: '2024-06-01',
        });
      await run('scholen', 'brin,naam,sector,gemeentecode\n12AB,Een,VO,0546\n');
      await run(
        'brp',
        `bsn,geslachtsnaam,geboortedatum,gemeentecode\n${child},Zonder School,2012-03-04,0546\n`,
      );
      expect(await syncAbsoluteVerzuimCases(database, today, 'systeem')).toEqual({
        signalen: 1,
        geopend: 1,
        afgesloten: 0,
      });
      // The next day nothing new: the open case is kept, not doubled.
      expect(await syncAbsoluteVerzuimCases(database, '2024-08-02', 'systeem')).toMatchObject({
        geopend: 0,
        afgesloten: 0,
      });
      await run(
        'inschrijvingen',
        `bsn,brin,sector,datum_inschrijving\n${child},12AB,VO,2024-08-05\n`,
      );
      expect(await syncAbsoluteVerzuimCases(database, '2024-08-06', 'systeem')).toMatchObject({
        signalen: 0,
        afgesloten: 1,
      });
      const [zaak] = await database.query<{ status: string; afdoening: string }>(
        `select status, afdoening from cases where soort = 'absoluut_verzuim'`,
      );
      expect(zaak).toEqual({ status: 'AFGESLOTEN', afdoening: 'inschrijving_school' });
      const events = await database.query<{ soort: string }>(
        'select soort from case_events order by id',
      );
      expect(events.map((e) => e.soort)).toEqual(['signaal', 'automatisch_afgesloten']);
    } finally {
      await database.close();
    }
  });
});
