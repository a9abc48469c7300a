// SPDX-License-Identifier: EUPL-1.2
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateInWords, weekdayDateInWords } from './dutch-dates.ts';

describe('Dutch dates in words', () => {
  it('writes day, month name and year, with the weekday when asked', () => {
    expect(dateInWords('2026-03-05')).toBe('5 maart 2026');
    expect(dateInWords('2026-12-31')).toBe('31 december 2026');
    expect(weekdayDateInWords('2025-03-10')).toBe('maandag 10 maart 2025');
    expect(weekdayDateInWords('2026-11-22')).toBe('zondag 22 november 2026');
  });

  it('names the weekday Temporal gives, for any day', () => {
    const names = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000 }), (offset) => {
        const day = Temporal.PlainDate.from('1950-01-01').add({ days: offset });
        expect(weekdayDateInWords(day.toString())).toBe(
          `${names[day.dayOfWeek % 7]} ${dateInWords(day.toString())}`,
        );
        expect(dateInWords(day.toString())).toMatch(new RegExp(`^${day.day} [a-z]+ ${day.year}$`));
      }),
      { numRuns: 200 },
    );
  });
});
