// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeFormula, readCsv, unescapeFormula } from './csv.ts';
import { refusedRowsCsv } from './refused-csv.ts';

describe('CSV formula injection', () => {
  it('escapes cells that would start a spreadsheet formula', () => {
    expect(escapeFormula('=HYPERLINK("http://x","klik")')).toBe(`'=HYPERLINK("http://x","klik")`);
    expect(escapeFormula('+31612345678')).toBe(`'+31612345678`);
    expect(escapeFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(escapeFormula('Jansen')).toBe('Jansen');
  });

  it('round-trips every value through escape and unescape', () => {
    fc.assert(fc.property(fc.string(), (value) => unescapeFormula(escapeFormula(value)) === value));
  });

  it('writes refused rows escaped, and reads them back as they were delivered', () => {
    const csv = refusedRowsCsv(
      ['meldingnummer', 'melder_naam'],
      [
        {
          regel: 2,
          values: { meldingnummer: 'M1', melder_naam: '=cmd|/c calc!A1' },
          errors: [{ kolom: 'x', melding: 'fout' }],
        } as never,
      ],
      ';',
    );
    expect(csv).toContain(`;'=cmd|/c calc!A1;`);
    expect(readCsv(csv).records[0]!.values).toEqual(['M1', '=cmd|/c calc!A1', 'x: fout']);
  });
});
