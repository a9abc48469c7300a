// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, ageOn, birthday, isIsoDate, mondayOf } from './dates.ts';
import { parseSchoolYear, schoolYearOf } from './school-year.ts';

describe('dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['24-01-01', false],
    ['2024-1-01', false],
  ])('isIsoDate(%s) = %s', (d, ok) => expect(isIsoDate(d)).toBe(ok));

  it('29 February: the birthday in a non-leap year is 1 March, in a leap year 29 February', () => {
    expect(birthday('2008-02-29', 5)).toBe('2013-03-01');
    expect(birthday('2008-02-29', 16)).toBe('2024-02-29');
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('month arithmetic keeps month ends inside the month', () => {
    expect(addMonths('2025-05-31', -3)).toBe('2025-02-28');
    expect(addMonths('2024-05-31', -3)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
  });

  it('school years turn over between 31 July and 1 August', () => {
    expect(schoolYearOf('2024-07-31').naam).toBe('2023-2024');
    expect(schoolYearOf('2024-08-01').naam).toBe('2024-2025');
    expect(parseSchoolYear('2024-2025')?.totEnMet).toBe('2025-07-31');
    expect(parseSchoolYear('2024-2026')).toBeUndefined();
  });

  it('property: age grows by exactly one on each birthday and never otherwise', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 40 }),
        (d, n) => {
          const geb = d.toISOString().slice(0, 10);
          const b = birthday(geb, n);
          expect(ageOn(geb, b)).toBe(n);
          const dayBefore = new Date(`${b}T00:00:00Z`);
          dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
          expect(ageOn(geb, dayBefore.toISOString().slice(0, 10))).toBe(n - 1);
          expect(mondayOf(b) <= b).toBe(true);
        },
      ),
    );
  });
});
