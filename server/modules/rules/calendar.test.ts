// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  firstLesweken,
  isLesweek,
  isSchoolDay,
  lesweken,
  schoolCalendar,
  zomeractieWindow,
} from './calendar.ts';
import { SCHOOL_HOLIDAYS } from './school-holidays.data.ts';

const midden = schoolCalendar(SCHOOL_HOLIDAYS, 'midden');

describe('school calendar', () => {
  it('ships five holidays per region for 2023-2024 through 2027-2028, each inside its school year', () => {
    expect(SCHOOL_HOLIDAYS).toHaveLength(5 * 5 * 3);
    for (const h of SCHOOL_HOLIDAYS) {
      const start = Number(h.schooljaar.slice(0, 4));
      expect(h.van <= h.totEnMet).toBe(true);
      expect(h.van >= `${start}-08-01` || h.naam === 'zomer').toBe(true);
      expect(h.totEnMet <= `${start + 1}-09-30`).toBe(true);
    }
  });

  it('a week entirely in the herfstvakantie is no lesweek; partial weeks are', () => {
    expect(isLesweek(midden, '2023-10-16')).toBe(false);
    expect(isLesweek(midden, '2023-10-09')).toBe(true);
    expect(isLesweek(midden, '2023-10-23')).toBe(true);
    expect(lesweken(midden, '2023-12-18', '2024-01-14')).toEqual(['2023-12-18', '2024-01-08']);
  });

  it('public holidays and weekends are not school days', () => {
    expect(isSchoolDay(midden, '2024-04-01')).toBe(false); // Tweede paasdag
    expect(isSchoolDay(midden, '2024-04-02')).toBe(true);
    expect(isSchoolDay(midden, '2024-04-06')).toBe(false);
  });

  it('the zomeractie window runs from after the meivakantie to before the zomervakantie', () => {
    expect(zomeractieWindow(midden, '2024-03-01')).toMatchObject({
      van: '2024-05-06',
      totEnMet: '2024-07-12',
    });
    expect(zomeractieWindow(schoolCalendar(SCHOOL_HOLIDAYS, 'zuid'), '2024-03-01')?.totEnMet).toBe(
      '2024-07-05',
    );
    expect(zomeractieWindow(midden, '2035-03-01')).toBeUndefined();
  });

  it('the first two lesweken follow the summer holiday of the region', () => {
    expect(firstLesweken(midden, '2024-09-03', 2)).toEqual(['2024-08-26', '2024-09-02']);
    expect(firstLesweken(schoolCalendar(SCHOOL_HOLIDAYS, 'noord'), '2024-09-03', 2)).toEqual([
      '2024-09-02',
      '2024-09-09',
    ]);
  });
});
