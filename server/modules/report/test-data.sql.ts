// SPDX-License-Identifier: EUPL-1.2
/**
 * A small hand-made region for the report tests: two gemeenten, five persons (one outside the
 * region, one moving between the gemeenten), meldingen, cases, interventions and exemptions. The
 * expected figures are worked out by hand in report.db.test.ts.
 */
import type { Database } from '../../db/connect.ts';
import { setRegion } from '../region/index.ts';

export interface ReportFixture {
  persons: Record<'p1' | 'p2' | 'p3' | 'p4' | 'p5', number>;
  cases: Record<'z1' | 'z2' | 'z3' | 'z4' | 'z5' | 'z6', number>;
}

const one = async (db: Database, sql: string, params: unknown[]) =>
  Number((await db.query<{ id: number }>(`${sql} returning id`, params))[0]!.id);

async function person(
  db: Database,
  geboortedatum: string,
  periods: [string, string | null, string | null][],
) {
  const id = await one(
    db,
    `insert into persons (geslachtsnaam, geboortedatum) values ('Test', $1)`,
    [geboortedatum],
  );
  for (const [gemeente, vanaf, tot] of periods) {
    await db.query(
      `insert into residence_periods (person_id, gemeente_code, vanaf, tot, peildatum) values ($1, $2, $3, $4, '2024-08-01')`,
      [id, gemeente, vanaf, tot],
    );
  }
  return id;
}

/** Loads the fixture into an empty, migrated database. */
export async function loadReportFixture(db: Database): Promise<ReportFixture> {
  await setRegion(
    db,
    {
      naam: 'Testregio',
      gemeenten: [
        { code: '0546', naam: 'Leiden' },
        { code: '0547', naam: 'Leiderdorp' },
      ],
    },
    'test',
  );
  const p1 = await person(db, '2008-03-01', [['0546', null, null]]);
  const p2 = await person(db, '2005-01-01', [['0547', null, null]]);
  const p3 = await person(db, '2012-06-01', [['0546', null, null]]);
  const p4 = await person(db, '2009-01-01', [['9999', null, null]]);
  const p5 = await person(db, '2009-05-05', [
    ['0546', null, '2024-01-01'],
    ['0547', '2024-01-01', null],
  ]);
  const vo = await one(
    db,
    `insert into schools (brin, naam, sector, gemeente_code) values ('01AA', 'VO', 'VO', '0546')`,
    [],
  );
  const mbo = await one(
    db,
    `insert into schools (brin, naam, sector, gemeente_code) values ('02BB', 'MBO', 'MBO', '0547')`,
    [],
  );
  const meldingen: [string, number, number, string, string, string | null][] = [
    ['M1', p1, vo, '16_uur', '2023-09-10', 'waarschuwing_gegeven'],
    ['M2', p1, vo, 'luxe', '2024-02-01', null],
    ['M3', p2, mbo, '18_plus', '2023-10-01', 'geen_actie_school'],
    ['M4', p5, vo, '16_uur', '2023-11-01', 'afspraken_gemaakt'],
    ['M5', p5, vo, '16_uur', '2024-03-01', 'halt'],
    ['M6', p4, vo, '16_uur', '2023-12-01', null],
    ['M7', p1, vo, '16_uur', '2023-07-15', null],
    ['M8', p3, vo, 'beginnend', '2024-05-01', 'kennisgeving'],
  ];
  for (const [nummer, personId, schoolId, soort, gemeld, afdoening] of meldingen) {
    await db.query(
      `insert into absence_reports (meldingnummer, person_id, school_id, verzuimsoort, verzuim_van, actie_gewenst, gemeld_op, afdoening)
       values ($1, $2, $3, $4, $5, true, $5, $6)`,
      [nummer, personId, schoolId, soort, gemeld, afdoening],
    );
  }
  const zaak = (
    personId: number,
    soort: string,
    status: string,
    open: string,
    dicht: string | null,
    afdoening: string | null,
    gemeente: string,
  ) =>
    one(
      db,
      `insert into cases (person_id, soort, status, geopend_op, gesloten_op, afdoening, gemeente_code) values ($1, $2, $3, $4, $5, $6, $7)`,
      [personId, soort, status, open, dicht, afdoening, gemeente],
    );
  const z1 = await zaak(
    p1,
    'relatief_verzuim',
    'WAARSCHUWING_GEGEVEN',
    '2023-09-12',
    null,
    null,
    '0546',
  );
  const z2 = await zaak(
    p5,
    'relatief_verzuim',
    'AFGESLOTEN',
    '2024-03-02',
    '2024-06-01',
    'halt',
    '0547',
  );
  const z3 = await zaak(
    p3,
    'relatief_verzuim',
    'PREVENTIEF_TRAJECT',
    '2024-05-02',
    null,
    null,
    '0546',
  );
  const z4 = await zaak(
    p1,
    'absoluut_verzuim',
    'AFGESLOTEN',
    '2023-08-15',
    '2023-12-01',
    'inschrijving_school',
    '0546',
  );
  const z5 = await zaak(p2, 'absoluut_verzuim', 'SIGNAAL', '2024-07-01', null, null, '0547');
  const z6 = await zaak(
    p3,
    'absoluut_verzuim',
    'AFGESLOTEN',
    '2022-09-01',
    '2023-06-01',
    'verhuisd',
    '0546',
  );
  const events: [number, string, string, Record<string, unknown>][] = [
    [z1, 'waarschuwing', '2023-10-02', { datum: '2023-10-01' }],
    [
      z1,
      'proces_verbaal',
      '2024-03-01',
      { datum: '2024-03-01', afdoening: 'pv_luxe', naarOm: true },
    ],
    [z2, 'halt_verwijzing', '2024-03-10', { datum: '2024-03-10', verzuimuren: 20 }],
    [z2, 'halt_uitkomst', '2024-08-05', { haltUitkomst: 'afgerond' }],
    [z3, 'preventief_gestart', '2024-05-03', {}],
    [
      z4,
      'proces_verbaal',
      '2023-10-15',
      { datum: '2023-10-15', afdoening: 'pv_absoluut', naarOm: false },
    ],
  ];
  for (const [caseId, soort, datum, gegevens] of events) {
    await db.query(
      `insert into case_events (case_id, soort, datum, gegevens) values ($1, $2, $3, $4::jsonb)`,
      [caseId, soort, datum, JSON.stringify(gegevens)],
    );
  }
  const exemptions: [number, string, string, string, string | null, boolean][] = [
    [p3, '5a', '2023-09-01', 'toegekend', '2023-10-01', false],
    [p1, '3b', '2024-01-01', 'afgewezen', '2024-02-01', true],
    [p2, '5b', '2024-03-01', 'in_behandeling', null, false],
  ];
  for (const [personId, artikel, aanvraag, besluit, datumBesluit, herhaling] of exemptions) {
    await db.query(
      `insert into exemptions (person_id, artikel, datum_aanvraag, besluit, datum_besluit, herhalingsverzoek) values ($1, $2, $3, $4, $5, $6)`,
      [personId, artikel, aanvraag, besluit, datumBesluit, herhaling],
    );
  }
  await db.query(
    `insert into vsv_percentages (gemeente_code, schooljaar, sector, percentage, teller, noemer, status)
     values ('0546', '2023-2024', 'totaal', 2.41, 241, 10000, 'voorlopig')`,
  );
  return { persons: { p1, p2, p3, p4, p5 }, cases: { z1, z2, z3, z4, z5, z6 } };
}
