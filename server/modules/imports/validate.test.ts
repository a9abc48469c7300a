// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv.ts';
import { KINDS, IMPORT_SOORTEN } from './kinds/index.ts';
import { checkFile } from './validate.ts';

const TODAY = '2024-08-01';
const check = (soort: keyof typeof KINDS, csv: string) =>
  checkFile(readCsv(csv), KINDS[soort] as never, TODAY);

describe('checking a whole file', () => {
  it('recognises ; and , from the header, ignores a BOM and reads column names in any case', () => {
    const semi = check('scholen', '\uFEFFBRIN;Naam;SECTOR;gemeentecode\n12AB;De Kring;po;0546\n');
    expect(semi.fileErrors).toEqual([]);
    expect(semi.valid).toHaveLength(1);
    const comma = check(
      'scholen',
      'naam,brin,sector,gemeentecode\n"De Kring, Leiden",12AB,PO,0546\n',
    );
    expect(comma.valid[0]?.row).toMatchObject({
      naam: 'De Kring, Leiden',
      vestiging: '00',
      sector: 'PO',
    });
  });

  it('refuses an unknown column and a missing required column on line 1, and then every row', () => {
    const result = check('scholen', 'brin,naam,sectro,gemeentecode\n12AB,X,PO,0546\n');
    expect(result.fileErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ regel: 1, kolom: 'sectro', code: 'imports.unknown_column' }),
        expect.objectContaining({ regel: 1, kolom: 'sector', code: 'imports.missing_column' }),
      ]),
    );
    expect(result.valid).toEqual([]);
    expect(result.refused.map((r) => r.regel)).toEqual([2]);
  });

  it('needs bsn or onderwijsnummer in the header of files about persons', () => {
    const result = check(
      'vrijstellingen',
      'artikel,datum_aanvraag,besluit\n5a,2024-01-01,in_behandeling\n',
    );
    expect(result.fileErrors[0]).toMatchObject({ kolom: 'bsn', code: 'imports.missing_column' });
  });

  it('counts the header as line 1 and keeps the starting line of a record with a quoted line break', () => {
    const result = check(
      'scholen',
      'brin,naam,sector,gemeentecode\n12AB,"Twee\nregels",PO,0546\n1XAB,Drie,PO,0546\n',
    );
    expect(result.valid[0]?.regel).toBe(2);
    expect(result.refused[0]).toMatchObject({ regel: 4 });
    expect(result.refused[0]?.errors[0]).toMatchObject({ regel: 4, kolom: 'brin' });
  });

  it('refuses a required column that is empty, naming the column', () => {
    const result = check('scholen', 'brin,naam,sector,gemeentecode\n12AB,,PO,0546\n');
    expect(result.refused[0]?.errors).toEqual([
      expect.objectContaining({ regel: 2, kolom: 'naam', code: 'imports.required_empty' }),
    ]);
  });

  it('refuses the second row with the same key and names the first', () => {
    const result = check(
      'verzuimmeldingen',
      'meldingnummer,bsn,brin,verzuimsoort,verzuim_van,actie_gewenst,gemeld_op\n' +
        'M1,111222333,12AB,16_uur,2024-01-08,ja,2024-02-01\nM1,111222333,12AB,luxe,2024-01-08,ja,2024-02-01\n',
    );
    expect(result.refused[0]?.errors[0]).toMatchObject({
      regel: 3,
      kolom: 'meldingnummer',
      melding: 'meldingnummer M1 staat ook op regel 2',
    });
  });

  it.each([
    [
      'brp',
      'bsn,geslachtsnaam,geboortedatum,gemeentecode\n111222333,Jansen,2030-01-01,0546\n',
      'geboortedatum',
      'imports.birth_in_future',
    ],
    [
      'inschrijvingen',
      'bsn,brin,sector,datum_inschrijving,datum_uitschrijving\n111222333,12AB,PO,2024-01-02,2024-01-01\n',
      'datum_uitschrijving',
      'imports.date_order',
    ],
    [
      'vrijstellingen',
      'bsn,artikel,datum_aanvraag,besluit\n111222333,5a,2024-01-01,toegekend\n',
      'datum_besluit',
      'imports.decision_date_missing',
    ],
    [
      'vrijstellingen',
      'bsn,artikel,datum_aanvraag,besluit,datum_besluit\n111222333,5a,2024-01-01,toegekend,2024-02-01\n',
      'geldig_van',
      'imports.valid_from_missing',
    ],
    [
      'verzuimmeldingen',
      'meldingnummer,brin,verzuimsoort,verzuim_van,actie_gewenst,gemeld_op,bsn\nM1,12AB,spijbelen,2024-01-08,ja,2024-02-01,111222333\n',
      'verzuimsoort',
      'imports.invalid_value',
    ],
    [
      'verzuimmeldingen',
      `meldingnummer,brin,verzuimsoort,verzuim_van,actie_gewenst,gemeld_op,bsn,vermoedelijke_reden\nM1,12AB,luxe,2024-01-08,ja,2024-02-01,111222333,${'x'.repeat(201)}\n`,
      'vermoedelijke_reden',
      'imports.too_long',
    ],
    [
      'inschrijvingen',
      'bsn,onderwijsnummer,brin,sector,datum_inschrijving\n,,12AB,PO,2024-01-02\n',
      'bsn',
      'imports.person_missing',
    ],
  ] as const)('%s: refuses a row, naming column $2', (soort, csv, kolom, code) => {
    const result = check(soort, csv);
    expect(result.refused[0]?.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ regel: 2, kolom, code })]),
    );
  });

  it('never throws on arbitrary text, and every refusal names a line (and a column unless the line was unreadable)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IMPORT_SOORTEN),
        fc.string({
          unit: fc.constantFrom(
            'a',
            '1',
            ',',
            ';',
            '"',
            '\n',
            '\r',
            ' ',
            'bsn',
            'brin',
            '-',
            '\uFEFF',
          ),
          maxLength: 300,
        }),
        (soort, text) => {
          const result = check(soort, text);
          for (const error of [...result.fileErrors, ...result.refused.flatMap((r) => r.errors)]) {
            expect(error.regel).toBeGreaterThanOrEqual(1);
            if (
              !['imports.field_count', 'imports.unreadable_line', 'imports.no_header'].includes(
                error.code,
              )
            ) {
              expect(error.kolom).toBeTruthy();
            }
          }
          expect(result.valid.length + result.refused.length).toBeLessThanOrEqual(result.rowCount);
        },
      ),
      { numRuns: 500 },
    );
  });
});
