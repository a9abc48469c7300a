// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { importCsv, type ImportOptions } from './import-csv.sql.ts';
import type { ImportSoort } from './kinds/index.ts';

const TODAY = '2024-08-01';
const TABLES = [
  'persons',
  'residence_periods',
  'parent_relations',
  'schools',
  'enrolments',
  'absence_reports',
  'exemptions',
];

const SCHOLEN =
  'brin;vestiging;naam;sector;gemeentecode\n12AB;00;De Kring;PO;0546\n34CD;01;Het Lyceum;VO;0547\n';
// 111222333 child of 123456782 and 100000009; 123456782 and 100000009 parents.
const BRP = [
  'bsn,geslachtsnaam,voorvoegsel,voornamen,geboortedatum,gemeentecode,straat,huisnummer,postcode,woonplaats,datum_vestiging,ouder1_bsn,ouder2_bsn',
  '111222333,Berg,van den,Sanne,2012-03-04,0546,Breestraat,1,2311AB,Leiden,,123456782,100000009',
  '123456782,Berg,van den,Piet,1980-01-01,0546,Breestraat,1,2311AB,Leiden,,,',
  '100000009,Jansen,,Els,1982-05-05,0546,Breestraat,1,2311AB,Leiden,,,',
].join('\n');

async function counts(database: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    out[table] = (
      await database.query<{ n: number }>(`select count(*)::int as n from ${table}`)
    )[0]!.n;
  }
  return out;
}

describe(`importCsv (${testEngine()})`, () => {
  let database: Database;
  const run = (soort: ImportSoort, csv: string, extra: Partial<ImportOptions> = {}) =>
    importCsv(database, csv, {
      soort,
      bestandsnaam: `${soort}.csv`,
      door: 'test',
      today: TODAY,
      ...extra,
    });

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.query(
      `truncate ${TABLES.join(', ')}, import_runs, import_rejections, gemeenten cascade`,
    );
  });

  it('imports schools, and the same file again changes nothing', async () => {
    expect((await run('scholen', SCHOLEN)).summary).toMatchObject({
      rijen: 2,
      nieuw: 2,
      gewijzigd: 0,
      ongewijzigd: 0,
      afgewezen: 0,
    });
    expect((await run('scholen', SCHOLEN)).summary).toMatchObject({
      nieuw: 0,
      gewijzigd: 0,
      ongewijzigd: 2,
    });
    const changed = SCHOLEN.replace('De Kring', 'De Nieuwe Kring');
    expect((await run('scholen', changed)).summary).toMatchObject({
      nieuw: 0,
      gewijzigd: 1,
      ongewijzigd: 1,
    });
  });

  it('imports persons with parents and an address period, idempotently', async () => {
    expect((await run('brp', BRP)).summary).toMatchObject({ nieuw: 3, afgewezen: 0 });
    expect((await run('brp', BRP)).summary).toMatchObject({
      nieuw: 0,
      gewijzigd: 0,
      ongewijzigd: 3,
    });
    const parents = await database.query<{ rang: number }>(
      'select rang from parent_relations order by rang',
    );
    expect(parents.map((p) => p.rang)).toEqual([1, 2]);
  });

  it('keeps residence history: a move starts a new period on datum_vestiging and closes the old one', async () => {
    await run('brp', BRP, { peildatum: '2023-08-01' });
    const moved = BRP.replace(
      '111222333,Berg,van den,Sanne,2012-03-04,0546,Breestraat,1,2311AB,Leiden,',
      '111222333,Berg,van den,Sanne,2012-03-04,0547,Dorpsstraat,2,2351AA,Leiderdorp,2024-02-01',
    );
    const result = await run('brp', moved, { peildatum: '2024-08-01' });
    expect(result.summary).toMatchObject({ nieuw: 0, gewijzigd: 1, ongewijzigd: 2 });
    const periods = await database.query<{
      gemeente_code: string;
      vanaf: string | null;
      tot: string | null;
    }>(
      `select gemeente_code, vanaf, tot from residence_periods p join persons x on x.id = p.person_id where x.bsn = '111222333' order by vanaf nulls first`,
    );
    expect(periods).toEqual([
      { gemeente_code: '0546', vanaf: null, tot: '2024-02-01' },
      { gemeente_code: '0547', vanaf: '2024-02-01', tot: null },
    ]);
    // A move without datum_vestiging starts on the snapshot's peildatum.
    const again = moved.replace(
      '0547,Dorpsstraat,2,2351AA,Leiderdorp,2024-02-01',
      '0546,Haven,9,2312AB,Leiden,',
    );
    await run('brp', again, { peildatum: '2025-08-01' });
    const last = await database.query<{ vanaf: string }>(
      `select vanaf from residence_periods p join persons x on x.id = p.person_id where x.bsn = '111222333' and p.tot is null`,
    );
    expect(last).toEqual([{ vanaf: '2025-08-01' }]);
  });

  it('refuses a parent that is neither in the file nor known', async () => {
    const result = await run(
      'brp',
      'bsn,geslachtsnaam,geboortedatum,gemeentecode,ouder1_bsn\n111222333,Berg,2012-03-04,0546,123456782\n',
    );
    expect(result.resultaat).toBe('geweigerd');
    expect(result.summary.fouten).toEqual([
      { regel: 2, kolom: 'ouder1_bsn', melding: expect.stringContaining('onbekend') },
    ]);
  });

  it('refuses the whole file by default when one row is invalid, and writes nothing', async () => {
    await run('scholen', SCHOLEN);
    await run('brp', BRP);
    const before = await counts(database);
    const csv =
      'bsn,brin,vestiging,sector,datum_inschrijving\n111222333,12AB,00,PO,2020-08-20\n111222333,99ZZ,00,PO,2021-08-20\n';
    const result = await run('inschrijvingen', csv);
    expect(result.resultaat).toBe('geweigerd');
    expect(result.summary).toMatchObject({
      rijen: 2,
      nieuw: 0,
      afgewezen: 1,
      fouten: [
        { regel: 3, kolom: 'brin', melding: expect.stringContaining('99ZZ-00 is onbekend') },
      ],
    });
    expect(await counts(database)).toEqual(before);
    const [kept] = await database.query<{ n: number }>(
      'select count(*)::int as n from import_rejections',
    );
    expect(kept!.n).toBe(1);
  });

  it('with gedeeltelijk imports the valid rows and returns the refused ones with a fout column', async () => {
    await run('scholen', SCHOLEN);
    await run('brp', BRP);
    const csv =
      'bsn;brin;sector;datum_inschrijving\n111222333;12AB;PO;2020-08-20\n999999990;12AB;PO;2021-08-20\n';
    const result = await run('inschrijvingen', csv, { gedeeltelijk: true });
    expect(result.resultaat).toBe('gedeeltelijk');
    expect(result.summary).toMatchObject({ nieuw: 1, afgewezen: 1 });
    expect(result.afgewezenCsv).toBe(
      'bsn;brin;sector;datum_inschrijving;fout\n999999990;12AB;PO;2021-08-20;bsn: onbekende persoon (geen bsn in de brp): importeer eerst de brp\n',
    );
  });

  it('creates an unknown person from a melding that names them, and refuses one that does not', async () => {
    await run('scholen', SCHOLEN);
    const head =
      'meldingnummer,bsn,geslachtsnaam,voornamen,geboortedatum,brin,verzuimsoort,verzuim_van,verzuim_uren,actie_gewenst,gemeld_op\n';
    const ok = await run(
      'verzuimmeldingen',
      `${head}M1,111222333,Berg,Sanne,2012-03-04,12AB,16_uur,2024-01-08,16,ja,2024-02-01T09:15\nM2,111222333,,,,12AB,luxe,2024-03-01,,nee,2024-03-02\n`,
    );
    expect(ok.summary).toMatchObject({ nieuw: 2, afgewezen: 0 });
    const [person] = await database.query<{ bron: string; geslachtsnaam: string }>(
      "select bron, geslachtsnaam from persons where bsn = '111222333'",
    );
    expect(person).toEqual({ bron: 'verzuimmelding', geslachtsnaam: 'Berg' });
    expect(
      (
        await run(
          'verzuimmeldingen',
          `${head}M1,111222333,Berg,Sanne,2012-03-04,12AB,16_uur,2024-01-08,16,ja,2024-02-01T09:15\n`,
        )
      ).summary,
    ).toMatchObject({ ongewijzigd: 1 });
    const refused = await run(
      'verzuimmeldingen',
      `${head}M3,123456782,,,,12AB,luxe,2024-03-01,,nee,2024-03-02\n`,
    );
    expect(refused.summary.fouten[0]).toMatchObject({ regel: 2, kolom: 'bsn' });
  });

  it('imports exemptions for known persons', async () => {
    await run('brp', BRP);
    const csv =
      'bsn,artikel,datum_aanvraag,besluit,datum_besluit,geldig_van,geldig_tot,herhalingsverzoek\n111222333,5a,2024-01-10,toegekend,2024-02-01,2024-02-01,2025-01-31,nee\n';
    expect((await run('vrijstellingen', csv)).summary).toMatchObject({ nieuw: 1 });
    expect((await run('vrijstellingen', csv)).summary).toMatchObject({ ongewijzigd: 1 });
    const changed = csv.replace('2025-01-31', '2025-07-31');
    expect((await run('vrijstellingen', changed)).summary).toMatchObject({ gewijzigd: 1 });
  });

  it('matches enrolments on person, school and start date: again is unchanged, a new end date updates', async () => {
    await run('scholen', SCHOLEN);
    await run('brp', BRP);
    const head = 'bsn,brin,sector,datum_inschrijving,datum_uitschrijving\n';
    const row = '111222333,12AB,PO,2020-08-20,';
    expect((await run('inschrijvingen', `${head}${row}\n`)).summary).toMatchObject({ nieuw: 1 });
    expect((await run('inschrijvingen', `${head}${row}\n`)).summary).toMatchObject({
      ongewijzigd: 1,
    });
    expect((await run('inschrijvingen', `${head}${row}2024-07-31\n`)).summary).toMatchObject({
      nieuw: 0,
      gewijzigd: 1,
    });
    const both = await run('inschrijvingen', `${head}999999990,99ZZ,PO,2021-08-20,\n`);
    expect(both.summary.fouten.map((f) => f.kolom)).toEqual(['bsn', 'brin']);
  });

  it('never writes anything for a refused file, whatever is mutated in it', async () => {
    await run('scholen', SCHOLEN);
    await run('brp', BRP);
    const good =
      'bsn,brin,vestiging,sector,datum_inschrijving,datum_uitschrijving\n111222333,12AB,00,PO,2020-08-20,\n123456782,34CD,01,VO,2021-08-20,2022-07-31\n';
    const before = await counts(database);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(good.length - 1),
        fc.constantFrom('', ';', ',', '"', '\n', 'X', '9', '\uFEFF'),
        async (at, insert) => {
          const mutated = good.slice(0, at) + insert + good.slice(at + 1);
          const result = await run('inschrijvingen', mutated);
          if (result.resultaat === 'geweigerd') {
            expect(await counts(database)).toEqual(before);
            expect(result.summary.fouten.length).toBeGreaterThan(0);
            for (const fout of result.summary.fouten) {
              expect(fout.regel).toBeGreaterThanOrEqual(1);
              // Privacy: a message names line and column, never a (mistyped) BSN from the file.
              expect(fout.melding).not.toMatch(/\d{8,}/);
            }
          } else {
            await database.query('delete from enrolments');
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
