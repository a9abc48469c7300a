// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sheetName } from './sheet-name.ts';

describe('sheetName', () => {
  it('keeps a short title and cuts a long one to 31 characters', () => {
    expect(sheetName('C02 Verzuimmeldingen')).toBe('C02 Verzuimmeldingen');
    expect(sheetName('C05 Afdoening van verzuimmeldingen per eenheid')).toBe(
      'C05 Afdoening van verzuimmeldin',
    );
  });

  it('replaces forbidden characters and makes duplicates unique', () => {
    expect(sheetName('C13 Behandeld / toegekend [art. 5]?')).toBe(
      'C13 Behandeld - toegekend -art.',
    );
    expect(sheetName('C11 Absoluut verzuim: afloop')).toBe('C11 Absoluut verzuim - afloop');
    expect(sheetName('Toelichting', new Set(['toelichting']))).toBe('Toelichting (2)');
  });

  it('always gives a valid, unused name', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', "'", ' ', ':', 'b', '[') }),
        fc.array(fc.string({ maxLength: 40 })),
        (title, taken) => {
          const used = new Set(taken.map((t) => t.toLowerCase()));
          const name = sheetName(title, used);
          expect(name.length).toBeGreaterThan(0);
          expect(name.length).toBeLessThanOrEqual(31);
          expect(name).not.toMatch(/[:\\/?*[\]]/);
          expect(name.startsWith("'") || name.endsWith("'")).toBe(false);
          expect(used.has(name.toLowerCase())).toBe(false);
        },
      ),
    );
  });
});
