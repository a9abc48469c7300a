// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Indicator } from './indicator.ts';
import { recoverableLines, shown, suppress } from './suppress.ts';
import { percentChange, toTable } from './tables.ts';

const indicator = (rijen: Indicator['rijen']): Indicator => ({
  id: 'C99',
  titel: 'Test',
  eenheid: 'meldingen',
  definitie: '',
  dimensies: ['gemeente', 'verzuimsoort'],
  rijen,
});

describe('toTable', () => {
  it('puts gemeenten in rows and sums rows, columns and the total', () => {
    const table = toTable(
      indicator([
        { gemeente: '0546', verzuimsoort: 'luxe', aantal: 7 },
        { gemeente: '0546', verzuimsoort: '16_uur', aantal: 10 },
        { gemeente: '0547', verzuimsoort: 'luxe', aantal: 3 },
      ]),
      ['0546', '0547'],
    );
    expect(table.kolommen).toEqual(['16_uur', 'luxe']);
    expect(table.cellen).toEqual([
      [10, 7],
      [0, 3],
    ]);
    expect(table.rijTotalen).toEqual([17, 3]);
    expect(table.kolomTotalen).toEqual([10, 10]);
    expect(table.totaal).toBe(20);
  });
});

describe('suppress', () => {
  it('hides a small cell and a second cell in its row and column, so it cannot be recomputed', () => {
    const table = toTable(
      indicator([
        { gemeente: '0546', verzuimsoort: 'a', aantal: 20 },
        { gemeente: '0546', verzuimsoort: 'b', aantal: 3 },
        { gemeente: '0547', verzuimsoort: 'a', aantal: 30 },
        { gemeente: '0547', verzuimsoort: 'b', aantal: 40 },
      ]),
      ['0546', '0547'],
    );
    const result = suppress(table, 5);
    expect(shown(result, 0, 1, 3)).toBe('<5');
    expect(recoverableLines(result)).toEqual([]);
    // Without the secondary cells, row 0546 would give 3 away as 23 − 20.
    expect(result.verborgen.flat().filter(Boolean).length).toBeGreaterThanOrEqual(4);
  });

  it('detects a table where one hidden cell can be recomputed', () => {
    const table = toTable(indicator([{ gemeente: '0546', verzuimsoort: 'a', aantal: 20 }]), [
      '0546',
    ]);
    const hand = {
      ...suppress(table, 0),
      drempel: 5,
      verborgen: [
        [true, false],
        [false, false],
      ],
    };
    expect(recoverableLines(hand)).toEqual(['rij 0546', 'kolom a']);
  });

  it('never leaves a line with exactly one hidden cell (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(12), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 4,
        }),
        (grid) => {
          const cols = Math.min(...grid.map((r) => r.length));
          const rijen = grid.flatMap((r, i) =>
            r
              .slice(0, cols)
              .map((aantal, c) => ({ gemeente: `g${i}`, verzuimsoort: `k${c}`, aantal })),
          );
          const table = toTable(
            indicator(rijen.filter((r) => r.aantal > 0)),
            grid.map((_, i) => `g${i}`),
          );
          expect(recoverableLines(suppress(table, 5))).toEqual([]);
        },
      ),
    );
  });
});

describe('percentChange', () => {
  it('is derived from the counts, with one decimal, and undefined without a base', () => {
    expect(percentChange(2646, 3094)).toBe(16.9);
    expect(percentChange(158, 135)).toBe(-14.6);
    expect(percentChange(0, 5)).toBeUndefined();
  });
});
