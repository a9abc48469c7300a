// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { dayOf, isoDay, weekday } from './days.ts';
import { holidaysOf, publicHolidays, schoolYear } from './school-calendar.ts';

describe('school calendar (regio midden)', () => {
  it('takes the holidays of the rules engine for the years it ships', () => {
    const zomer = holidaysOf(2025).find((h) => h.naam === 'zomer')!;
    expect([isoDay(zomer.van), isoDay(zomer.tot)]).toEqual(['2026-07-18', '2026-08-30']);
    expect(publicHolidays(2026).map(isoDay)).toContain('2026-04-27');
  });

  it('has about 200 school days a year, all weekdays outside holidays and public holidays', () => {
    for (const startYear of [2023, 2024, 2025, 2026, 2030]) {
      const { schoolDays, holidays } = schoolYear(startYear);
      expect(schoolDays.length).toBeGreaterThan(175);
      expect(schoolDays.length).toBeLessThanOrEqual(210);
      const closed = new Set([...publicHolidays(startYear), ...publicHolidays(startYear + 1)]);
      for (const d of schoolDays) {
        expect(weekday(d)).toBeLessThanOrEqual(5);
        expect(closed.has(d)).toBe(false);
        expect(holidays.some((h) => d >= h.van && d <= h.tot)).toBe(false);
      }
    }
  });

  it('starts every holiday on a Saturday, also for years outside the table', () => {
    for (const year of [2023, 2031]) {
      for (const h of holidaysOf(year)) expect(weekday(h.van)).toBe(6);
    }
    expect(schoolYear(2024).schoolDays[0]).toBe(dayOf(2024, 8, 26));
  });
});
