// SPDX-License-Identifier: EUPL-1.2
/** The integer date arithmetic of dates.ts gives exactly Temporal's answers (the oracle). */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  birthday,
  dayOfWeek,
  daysBetween,
  firstOfNextMonth,
  isIsoDate,
} from './dates.ts';

const plainDate = fc
  .date({
    min: new Date(Date.UTC(1900, 0, 1)),
    max: new Date(Date.UTC(2150, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const T = (d: string) => Temporal.PlainDate.from(d);

describe('dates against Temporal', () => {
  it('addDays, daysBetween and dayOfWeek', () => {
    fc.assert(
      fc.property(plainDate, fc.integer({ min: -40000, max: 40000 }), (d, n) => {
        expect(addDays(d, n)).toBe(T(d).add({ days: n }).toString());
        expect(daysBetween(d, addDays(d, n))).toBe(n);
        expect(dayOfWeek(d)).toBe(T(d).dayOfWeek);
      }),
      { numRuns: 2000 },
    );
  });

  it('addMonths constrains to the month end, firstOfNextMonth', () => {
    fc.assert(
      fc.property(plainDate, fc.integer({ min: -400, max: 400 }), (d, n) => {
        expect(addMonths(d, n)).toBe(T(d).add({ months: n }, { overflow: 'constrain' }).toString());
        expect(firstOfNextMonth(d)).toBe(T(d).with({ day: 1 }).add({ months: 1 }).toString());
      }),
      { numRuns: 2000 },
    );
  });

  it('birthday: same day, or 1 March for 29 February in a non-leap year', () => {
    fc.assert(
      fc.property(plainDate, fc.integer({ min: 0, max: 40 }), (d, years) => {
        const sameDay = T(d).add({ years }, { overflow: 'constrain' });
        const expected =
          T(d).month === 2 && T(d).day === 29 && sameDay.day === 28
            ? sameDay.add({ days: 1 })
            : sameDay;
        expect(birthday(d, years)).toBe(expected.toString());
      }),
      { numRuns: 2000 },
    );
  });

  it('isIsoDate accepts exactly the dates Temporal accepts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          let ok = true;
          try {
            Temporal.PlainDate.from(text, { overflow: 'reject' });
          } catch {
            ok = false;
          }
          expect(isIsoDate(text)).toBe(ok);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
