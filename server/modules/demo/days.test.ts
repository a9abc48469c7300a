// SPDX-License-Identifier: EUPL-1.2
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addYears,
  ageOn,
  civil,
  dayOf,
  isoDay,
  parseDay,
  schoolYearStart,
  weekday,
} from './days.ts';

const plain = (n: number) => Temporal.PlainDate.from('1970-01-01').add({ days: n });

describe('day numbers', () => {
  it('agree with Temporal on date, weekday and adding years for any day from 1900 to 2100', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -25567, max: 47482 }),
        fc.integer({ min: -30, max: 30 }),
        (n, years) => {
          const t = plain(n);
          expect(isoDay(n)).toBe(t.toString());
          expect(civil(n)).toEqual({ year: t.year, month: t.month, day: t.day });
          expect(dayOf(t.year, t.month, t.day)).toBe(n);
          expect(weekday(n)).toBe(t.dayOfWeek);
          expect(isoDay(addYears(n, years))).toBe(
            t.add({ years }, { overflow: 'constrain' }).toString(),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['2010-05-14', '2024-05-13', 13],
    ['2010-05-14', '2024-05-14', 14],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
  ])('someone born %s is on %s %i years old', (birth, on, age) => {
    expect(ageOn(parseDay(birth), parseDay(on))).toBe(age);
  });

  it('starts school years on 1 August and refuses non-dates', () => {
    expect(isoDay(schoolYearStart(parseDay('2024-07-31')))).toBe('2023-08-01');
    expect(isoDay(schoolYearStart(parseDay('2024-08-01')))).toBe('2024-08-01');
    expect(() => parseDay('2024-02-30')).toThrow();
    expect(() => parseDay('1-2-2024')).toThrow();
  });
});
