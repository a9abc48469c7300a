// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHalt } from './halt.ts';

const base = {
  geboortedatum: '2009-03-02',
  datum: '2024-02-01',
  verzuimuren: 24,
  eerderHalt: false,
};

describe('checkHalt (interfaces.md §1.2, seed 000)', () => {
  it('the spec example is verwijsbaar, with one reason per criterion', () => {
    const r = checkHalt(base);
    expect(Object.keys(r)).toEqual(['verwijsbaar', 'redenen']);
    expect(r.verwijsbaar).toBe(true);
    expect(r.redenen).toHaveLength(3);
    expect(r.redenen[0]).toMatch(/^voldaan: leeftijd 14 op 2024-02-01/);
    expect(r.redenen[1]).toContain('seed 000');
    expect(r.redenen[1]).toContain('halt.minUren = 12 (standaard)');
  });

  it.each([
    // age: 12 on the 12th birthday, no longer on the 18th
    [{ geboortedatum: '2012-02-01' }, true],
    [{ geboortedatum: '2012-02-02' }, false],
    [{ geboortedatum: '2006-02-02' }, true],
    [{ geboortedatum: '2006-02-01' }, false],
    // hours: 12 and 60 are inside, 11.5 and 61 outside
    [{ verzuimuren: 12 }, true],
    [{ verzuimuren: 60 }, true],
    [{ verzuimuren: 11.5 }, false],
    [{ verzuimuren: 61 }, false],
    [{ eerderHalt: true }, false],
  ])('%o → verwijsbaar %s', (change, expected) => {
    expect(checkHalt({ ...base, ...change }).verwijsbaar).toBe(expected);
  });

  it('29 February: turns 12 on 1 March in a non-leap year', () => {
    expect(
      checkHalt({ ...base, geboortedatum: '2012-02-29', datum: '2024-02-28' }).verwijsbaar,
    ).toBe(false);
    expect(
      checkHalt({ ...base, geboortedatum: '2012-02-29', datum: '2024-02-29' }).verwijsbaar,
    ).toBe(true);
    expect(
      checkHalt({ ...base, geboortedatum: '2008-02-29', datum: '2026-02-28' }).verwijsbaar,
    ).toBe(true);
    expect(
      checkHalt({ ...base, geboortedatum: '2008-02-29', datum: '2026-03-01' }).verwijsbaar,
    ).toBe(false);
  });

  it('the regional hour limits apply from their date', () => {
    const settings = { 'halt.maxUren': [{ geldigVanaf: '2024-01-01', waarde: 40 }] };
    expect(checkHalt({ ...base, verzuimuren: 50 }, settings).verwijsbaar).toBe(false);
    expect(checkHalt({ ...base, verzuimuren: 50, datum: '2023-12-31' }, settings).verwijsbaar).toBe(
      true,
    );
    expect(checkHalt({ ...base, verzuimuren: 50 }, settings).redenen[1]).toContain(
      'halt.maxUren = 40 (geldig vanaf 2024-01-01)',
    );
  });

  it('property: verwijsbaar exactly when every reason says voldaan', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.boolean(),
        fc.integer({ min: 2000, max: 2020 }),
        (uren, eerder, jaar) => {
          const r = checkHalt({
            ...base,
            geboortedatum: `${jaar}-06-15`,
            verzuimuren: uren,
            eerderHalt: eerder,
          });
          expect(r.verwijsbaar).toBe(r.redenen.every((x) => x.startsWith('voldaan')));
        },
      ),
    );
  });
});
