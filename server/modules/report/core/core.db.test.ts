// SPDX-License-Identifier: EUPL-1.2
/**
 * The five contract indicators against figures computed by hand for a small region (two gemeenten,
 * one outside gemeente), school year 2023-2024, peildatum 2024-08-01.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeBsn } from '../../../../shared/bsn.ts';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase, testEngine } from '../../../test/test-database.ts';
import { importCsv } from '../../imports/import-csv.sql.ts';
import { setRegion } from '../../region/index.ts';
import { schoolYearSpan, type Indicator } from '../indicator.ts';
import { coreIndicators } from './index.ts';

const bsns: string[] = [];
for (let prefix = 20_000_000; bsns.length < 40; prefix++) {
  const b = completeBsn(String(prefix));
  if (b) bsns.push(b);
}
const span = schoolYearSpan('2023-2024')!;

/** name → geboortedatum, gemeente, datum_vestiging, datum_vertrek, datum_overlijden */
const PEOPLE: Record<string, [string, string, string, string, string]> = {
  baby: ['2023-01-10', '0546', '', '', ''], // nog_niet_leerplichtig
  kind: ['2015-03-04', '0546', '', '', ''], // leerplichtig, enrolled all year
  weg: ['2012-03-04', '0546', '', '2024-03-01', ''], // left the region: not in C01; melding before
  nieuw: ['2013-05-05', '0547', '2024-05-01', '', ''], // moved in, never enrolled: C10 in 0547
  tiener: ['2007-09-15', '0547', '', '', ''], // 16 on 1 Aug: kwalificatieplichtig
  sk: ['2006-01-01', '0546', '', '', ''], // startkwalificatie 2024-06-30
  volw: ['2004-03-01', '0546', '', '', ''], // 20: boven_leerplichtig
  limiet: ['2001-02-01', '0546', '', '', ''], // turns 23 in 2024-02: geen_doelgroep, counted
  oud: ['1990-01-01', '0546', '', '', ''], // reached the limit long ago: not counted
  dood: ['2014-01-01', '0546', '', '', '2024-01-01'], // died
  buiten: ['2014-01-01', '0363', '', '', ''], // outside the region
  vrij: ['2016-01-01', '0547', '', '', ''], // exemption 5a all year
  gat: ['2010-06-06', '0546', '', '', ''], // enrolment gap in January: C10 in 0546
  vroeg: ['2008-10-01', '0547', '', '', ''], // twelve full school years: kwalificatieplichtig at 15
  wissel: ['2012-01-01', '0546', '', '', ''], // changed school in February without a gap
  zaak: ['2013-01-01', '0547', '', '', ''], // enrolled all year, but an absoluut-verzuim case
};
const names = Object.keys(PEOPLE);
const bsnOf = (naam: string) => bsns[names.indexOf(naam)]!;

const rowsOf = (indicators: Indicator[], id: string) =>
  indicators.find((i) => i.id === id)?.rijen ?? [];

describe(`core indicators C01, C02, C02P, C10, C12 (${testEngine()})`, () => {
  let database: Database;
  let indicators: Indicator[];
  beforeAll(async () => {
    database = await createTestDatabase();
    const run = (
      soort: 'scholen' | 'brp' | 'inschrijvingen' | 'verzuimmeldingen' | 'vrijstellingen',
      csv: string,
    ) =>
      importCsv(database, csv, {
        soort,
        bestandsnaam: `${soort}.csv`,
        door: 'test',
        today: '2024-09-01',
        peildatum: '2024-08-01',
      });
    await setRegion(database, {
      naam: 'Test',
      gemeenten: [
        { code: '0546', naam: 'Leiden' },
        { code: '0547', naam: 'Leiderdorp' },
      ],
    });
    await run(
      'scholen',
      'brin,naam,sector,gemeentecode\n12AB,Een,VO,0546\n34CD,Twee,PO,0546\n56EF,Drie,MBO,0546\n',
    );
    await run(
      'brp',
      'bsn,geslachtsnaam,geboortedatum,gemeentecode,datum_vestiging,datum_vertrek,datum_overlijden\n' +
        names.map((n) => `${bsnOf(n)},${n},${PEOPLE[n]!.join(',')}`).join('\n') +
        '\n',
    );
    await run(
      'inschrijvingen',
      'bsn,brin,sector,datum_inschrijving,datum_uitschrijving,startkwalificatie_datum\n' +
        [
          `${bsnOf('kind')},34CD,PO,2019-08-20,,`,
          `${bsnOf('dood')},34CD,PO,2019-08-20,2023-12-31,`, // enrolled while alive
          `${bsnOf('weg')},12AB,VO,2020-08-20,,`,
          `${bsnOf('tiener')},12AB,VO,2019-08-20,,`,
          `${bsnOf('sk')},56EF,MBO,2022-08-20,2024-06-30,2024-06-30`,
          `${bsnOf('gat')},12AB,VO,2022-08-20,2023-12-31,`,
          `${bsnOf('gat')},12AB,VO,2024-02-01,,`,
          `${bsnOf('buiten')},12AB,VO,2023-01-01,2023-09-30,`,
          `${bsnOf('vroeg')},34CD,PO,2012-08-01,2020-07-31,`,
          `${bsnOf('vroeg')},12AB,VO,2020-08-01,,`,
          `${bsnOf('wissel')},34CD,PO,2018-08-20,2024-01-31,`,
          `${bsnOf('wissel')},12AB,VO,2024-02-01,,`,
          `${bsnOf('zaak')},34CD,PO,2018-08-20,,`,
        ].join('\n') +
        '\n',
    );
    await run(
      'verzuimmeldingen',
      'meldingnummer,bsn,brin,verzuimsoort,verzuim_van,actie_gewenst,gemeld_op\n' +
        [
          `M1,${bsnOf('kind')},34CD,16_uur,2023-09-01,ja,2023-09-10`,
          `M2,${bsnOf('kind')},34CD,luxe,2024-01-01,ja,2024-01-10`,
          `M3,${bsnOf('weg')},12AB,16_uur,2023-10-01,ja,2023-10-05`,
          `M4,${bsnOf('weg')},12AB,16_uur,2024-04-01,ja,2024-04-05`, // after leaving: not counted
          `M5,${bsnOf('tiener')},12AB,langdurig,2024-07-01,nee,2024-07-31`,
          `M6,${bsnOf('tiener')},12AB,16_uur,2024-07-25,ja,2024-08-01`, // next school year
          `M7,${bsnOf('buiten')},12AB,16_uur,2023-09-01,ja,2023-09-02`, // outside the region
        ].join('\n') +
        '\n',
    );
    await run(
      'vrijstellingen',
      'bsn,artikel,datum_aanvraag,besluit,datum_besluit,geldig_van,geldig_tot\n' +
        [
          `${bsnOf('vrij')},5a,2023-06-01,toegekend,2023-07-15,2023-07-15,2025-07-31`, // decided last year
          `${bsnOf('vrij')},5a,2024-06-01,toegekend,2024-07-01,2025-08-01,2026-07-31`,
          `${bsnOf('kind')},11g,2024-03-01,toegekend,2024-03-10,2024-04-01,2024-04-20`,
          `${bsnOf('gat')},5b,2024-03-01,afgewezen,2024-03-10,,`,
        ].join('\n') +
        '\n',
    );
    await database.query(
      `insert into cases (person_id, soort, status, geopend_op, gemeente_code)
       select id, 'absoluut_verzuim', 'IN_ONDERZOEK', '2023-10-01', '0547' from persons where bsn = $1`,
      [bsnOf('zaak')],
    );
    indicators = await coreIndicators(database, span);
  });
  afterAll(() => database.close());

  it('returns the five contract indicators in spec shape', () => {
    expect(indicators.map((i) => i.id)).toEqual(['C01', 'C02', 'C02P', 'C10', 'C12']);
    expect(indicators[0]).toMatchObject({
      peildatum: '2024-08-01',
      dimensies: ['gemeente', 'status'],
    });
  });

  it('C01: residents on 1 August by status; the limit only when reached in the year', () => {
    expect(rowsOf(indicators, 'C01')).toEqual([
      { gemeente: '0546', status: 'boven_leerplichtig', aantal: 1 }, // volw
      { gemeente: '0546', status: 'geen_doelgroep', aantal: 1 }, // limiet
      { gemeente: '0546', status: 'leerplichtig', aantal: 3 }, // kind, gat, wissel
      { gemeente: '0546', status: 'nog_niet_leerplichtig', aantal: 1 }, // baby
      { gemeente: '0546', status: 'startkwalificatie_behaald', aantal: 1 }, // sk
      { gemeente: '0547', status: 'kwalificatieplichtig', aantal: 2 }, // tiener, vroeg
      { gemeente: '0547', status: 'leerplichtig', aantal: 3 }, // nieuw, vrij, zaak
    ]);
  });

  it('C02 and C02P: meldingen in the year, in the gemeente lived in on gemeld_op', () => {
    expect(rowsOf(indicators, 'C02')).toEqual([
      { gemeente: '0546', verzuimsoort: '16_uur', sector: 'PO', aantal: 1 },
      { gemeente: '0546', verzuimsoort: '16_uur', sector: 'VO', aantal: 1 },
      { gemeente: '0546', verzuimsoort: 'luxe', sector: 'PO', aantal: 1 },
      { gemeente: '0547', verzuimsoort: 'langdurig', sector: 'VO', aantal: 1 },
    ]);
    expect(rowsOf(indicators, 'C02P')).toEqual([
      { gemeente: '0546', aantal: 2 },
      { gemeente: '0547', aantal: 1 },
    ]);
  });

  it('C10: persons without enrolment on some day of the year, where they lived that day', () => {
    // gat (January gap, 0546), nieuw (from 1 May, 0547) and zaak (a case, 0547); buiten lives
    // outside the region; wissel changed school without a day between.
    expect(rowsOf(indicators, 'C10')).toEqual([
      { gemeente: '0546', aantal: 1 },
      { gemeente: '0547', aantal: 2 },
    ]);
  });

  it('C12: granted decisions dated in the year, by article', () => {
    expect(rowsOf(indicators, 'C12')).toEqual([
      { gemeente: '0546', artikel: '11g', aantal: 1 },
      { gemeente: '0547', artikel: '5a', aantal: 1 },
    ]);
  });
});
