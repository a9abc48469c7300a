// SPDX-License-Identifier: EUPL-1.2
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { importCsv } from '../imports/import-csv.sql.ts';
import { setPolicyMode } from './policy-mode.sql.ts';

const SCHOLEN = 'brin,vestiging,naam,sector,gemeentecode\n12AB,00,De Regenboog,VO,0546\n';
const BRP =
  'bsn,geslachtsnaam,voornamen,geboortedatum,gemeentecode,postcode\n111222333,Berg,Sanne,2010-03-04,0546,2311AB\n123456782,Dijk,Tom,2011-05-06,0546,2312CD\n';
const HEAD =
  'meldingnummer,bsn,brin,verzuimsoort,verzuim_van,verzuim_uren,actie_gewenst,gemeld_op\n';

describe(`intake of meldingen (${testEngine()})`, () => {
  let database: Database;
  beforeEach(async () => {
    database = await createTestDatabase();
    for (const [soort, csv] of [
      ['scholen', SCHOLEN],
      ['brp', BRP],
    ] as const) {
      await importCsv(database, csv, {
        soort,
        bestandsnaam: `${soort}.csv`,
        door: 'test',
        today: '2026-11-23',
        peildatum: '2026-08-01',
      });
    }
  });
  afterEach(() => database.close());

  const meldingen = (rows: string) =>
    importCsv(database, HEAD + rows, {
      soort: 'verzuimmeldingen',
      bestandsnaam: 'm.csv',
      door: 'test',
      today: '2026-11-23',
    });
  const cases = () =>
    database.query<{
      status: string;
      afdoening: string | null;
      toegewezen_aan: number | null;
      n: number;
    }>(
      `select c.status, c.afdoening, c.toegewezen_aan, count(a.id)::int as n from cases c
         join absence_reports a on a.case_id = c.id group by c.id order by c.id`,
    );

  it('opens one case per young person, joins later meldingen, and assigns by school location', async () => {
    const [consulent] = await database.query<{ id: number }>(
      `insert into users (gebruikersnaam, naam, rol) values ('c1', 'C', 'leerplichtconsulent') returning id`,
    );
    await database.query(
      `insert into assignment_rules (school_id, taak, user_id, team) select id, 'kort', $1, 'VO-kort' from schools`,
      [consulent!.id],
    );
    await meldingen(
      'M1,111222333,12AB,16_uur,2026-10-01,16,ja,2026-10-02\nM2,111222333,12AB,16_uur,2026-10-20,20,ja,2026-10-21\nM3,123456782,12AB,langdurig,2026-09-01,,ja,2026-10-05\n',
    );
    const rows = await cases();
    expect(rows).toEqual([
      { status: 'IN_BEOORDELING', afdoening: null, toegewezen_aan: consulent!.id, n: 2 },
      // Long absence is the other VO task: no rule for it here, so it waits unassigned.
      { status: 'IN_BEOORDELING', afdoening: null, toegewezen_aan: null, n: 1 },
    ]);
    const [duo] = await database.query<{ duo_status: string }>(
      `select duo_status from absence_reports where meldingnummer = 'M2'`,
    );
    expect(duo!.duo_status).toBe('in_behandeling');
  });

  it('notes a melding without wanted action, with a planned kennisgevingsbrief', async () => {
    await meldingen('M1,111222333,12AB,16_uur,2026-10-01,16,nee,2026-10-02\n');
    expect(await cases()).toEqual([
      { status: 'AFGESLOTEN', afdoening: 'geen_actie_school', toegewezen_aan: null, n: 1 },
    ]);
    const events = await database.query<{ soort: string }>(
      'select soort from case_events order by id',
    );
    expect(events.map((e) => e.soort)).toEqual(['melding', 'triage', 'brief_gepland']);
    const [m] = await database.query<{ duo_status: string; duo_sluitreden: string }>(
      'select duo_status, duo_sluitreden from absence_reports',
    );
    expect(m).toEqual({
      duo_status: 'ter_kennisgeving',
      duo_sluitreden: 'geen_verzuim_geoorloofd',
    });
  });

  it('in zomeractie sends a kennisgevingsbrief for the first melding of the school year, and investigates the next', async () => {
    await setPolicyMode(database, {
      modus: 'zomeractie',
      ringen: [0, 1],
      zomeractie: true,
      reden: 'piek voor de zomer',
      vanaf: '2027-05-03',
      tot: '2027-07-17',
      door: 'mt',
    });
    await meldingen('M1,111222333,12AB,16_uur,2027-05-10,16,ja,2027-05-12\n');
    expect((await cases())[0]!.status).toBe('KENNISGEVING_VERSTUURD');
    await meldingen('M2,111222333,12AB,16_uur,2027-06-01,16,ja,2027-06-02\n');
    expect((await cases())[0]).toMatchObject({ status: 'IN_ONDERZOEK', n: 2 });
    // Tom had a melding earlier this school year: no kennisgevingsbrief for him in the zomeractie.
    await meldingen('M3,123456782,12AB,16_uur,2026-10-01,16,ja,2026-10-02\n');
    await database.query(
      `update cases set status = 'AFGESLOTEN' where person_id = (select id from persons where bsn = '123456782')`,
    );
    await meldingen('M4,123456782,12AB,16_uur,2027-05-20,16,ja,2027-05-21\n');
    expect((await cases()).at(-1)!.status).toBe('IN_BEOORDELING');
  });
});
