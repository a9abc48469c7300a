// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { dayOf, isoDay, weekday } from './days.ts';
import { easter, holidaysOf, publicHolidays, schoolYear } from './school-calendar.ts';

describe('school calendar (regio midden)', () => {
  it('knows Easter', () => {
    expect(isoDay(easter(2024))).toBe('2024-03-31');
    expect(isoDay(easter(2025))).toBe('2025-04-20');
    expect(isoDay(easter(2026))).toBe('2026-04-05');
  });

  it('has about 200 school days a year, all weekdays outside holidays and public holidays', () => {
    for (const startYear of [2023, 2024, 2025, 2026, 2030]) {
      const { schoolDays, holidays } = schoolYear(startYear);
      expect(schoolDays.length).toBeGreaterThan(175);
      expect(schoolDays.length).toBeLessThanOrEqual(206);
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
    expect(schoolYear(2023).schoolDays[0]).toBe(dayOf(2023, 8, 28));
  });
});
