// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeBsn } from '../../../../shared/bsn.ts';
import { readCsv } from '../csv.ts';
import { checkFile } from '../validate.ts';
import { vsv } from './vsv.ts';

const TODAY = '2025-03-01';
const check = (csv: string) => checkFile(readCsv(csv), vsv as never, TODAY);
const HEADER = 'bsn;datum_uitval;laatste_brin;cohort;lijstdatum';

const bsn = fc
  .integer({ min: 10_000_000, max: 99_999_999 })
  .map((n) => completeBsn(String(n)))
  .filter((b): b is string => b !== undefined);
const day = fc
  .date({
    min: new Date('2015-01-01T00:00:00Z'),
    max: new Date('2025-02-28T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const dutch = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

describe('the vsv file', () => {
  it('reads every valid row, in ISO or Dutch dates, and keys it by person + datum_uitval', () => {
    fc.assert(
      fc.property(
        bsn,
        day,
        fc.constantFrom('nieuw', 'oud', 'NIEUW'),
        fc.boolean(),
        (b, d, c, nl) => {
          const result = check(`${HEADER}\n${b};${nl ? dutch(d) : d};12AB;${c};2025-03-01\n`);
          expect(result.refused).toEqual([]);
          const row = result.valid[0]!.row as { datumUitval: string; cohort: string; bsn: string };
          expect(row).toMatchObject({ datumUitval: d, cohort: c.toLowerCase(), bsn: b });
          expect(vsv.key(row as never)).toBe(`b${b}|${d}`);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses a list date before the drop-out date, naming the column', () => {
    fc.assert(
      fc.property(bsn, day, fc.integer({ min: 1, max: 400 }), (b, d, back) => {
        const earlier = new Date(Date.parse(d) - back * 86_400_000).toISOString().slice(0, 10);
        const result = check(`${HEADER}\n${b};${d};12AB;nieuw;${earlier}\n`);
        expect(result.refused[0]?.errors).toEqual([
          expect.objectContaining({ regel: 2, kolom: 'lijstdatum', code: 'imports.date_order' }),
        ]);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['cohort', `${HEADER}\n111222333;2024-01-01;12AB;jong;2024-02-01\n`, 'imports.invalid_value'],
    [
      'laatste_brin',
      `${HEADER}\n111222333;2024-01-01;12;oud;2024-02-01\n`,
      'imports.invalid_format',
    ],
    ['datum_uitval', `${HEADER}\n111222333;2026-01-01;12AB;oud;\n`, 'imports.date_in_future'],
    ['datum_uitval', `${HEADER}\n111222333;;12AB;oud;2024-02-01\n`, 'imports.required_empty'],
    [
      'lijstdatum',
      'bsn;datum_uitval;laatste_brin;cohort;peildatum;lijstdatum\n111222333;2024-01-01;12AB;oud;2024-02-01;2024-03-01\n',
      'imports.list_date_conflict',
    ],
  ])('refuses a bad %s', (kolom, csv, code) => {
    expect(check(csv).refused[0]?.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ regel: 2, kolom, code })]),
    );
  });

  it('takes peildatum as the list date, and leaves it to the import when both are empty', () => {
    const result = check(
      'onderwijsnummer;datum_uitval;laatste_brin;cohort;peildatum\n123456789;2024-01-01;12AB;oud;2024-02-01\n123456789;2024-05-01;12AB;nieuw;\n',
    );
    expect(result.valid.map((v) => (v.row as { lijstdatum: string | null }).lijstdatum)).toEqual([
      '2024-02-01',
      null,
    ]);
  });

  it('refuses the same person and drop-out date twice in one file', () => {
    const result = check(
      `${HEADER}\n111222333;2024-01-01;12AB;oud;\n111222333;2024-01-01;12AB;nieuw;\n`,
    );
    expect(result.refused.map((r) => r.regel)).toEqual([3]);
  });
});
