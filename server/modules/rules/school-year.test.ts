// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullSchoolYears, schoolYearOf } from './school-year.ts';

describe('full school years of enrolment (art. 3, twelve school years)', () => {
  it('counts a year only when enrolment covers 1 August through 31 July, across a change of school', () => {
    expect(
      fullSchoolYears(
        [
          { van: '2014-08-18', totEnMet: '2016-12-31' },
          { van: '2017-01-01', totEnMet: '2018-07-31' },
          { van: '2019-08-01', totEnMet: null },
        ],
        '2020-09-01',
      ),
    ).toEqual(['2015-2016', '2016-2017', '2017-2018', '2019-2020']);
  });

  it('never counts a year that is not over yet, nor one with a gap of a day', () => {
    expect(fullSchoolYears([{ van: '2019-08-01', totEnMet: null }], '2020-07-30')).toEqual([]);
    expect(
      fullSchoolYears(
        [
          { van: '2019-08-01', totEnMet: '2019-12-30' },
          { van: '2020-01-01', totEnMet: '2020-07-31' },
        ],
        '2021-01-01',
      ),
    ).toEqual([]);
  });

  it('lists only school years that lie within the enrolment', () => {
    const day = fc
      .integer({ min: 0, max: 6000 })
      .map((n) => new Date(Date.UTC(2005, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [van, tot] = a < b ? [a, b] : [b, a];
        for (const naam of fullSchoolYears([{ van, totEnMet: tot }], '2030-01-01')) {
          const start = `${naam.slice(0, 4)}-08-01`;
          expect(van <= start).toBe(true);
          expect(tot >= `${naam.slice(5)}-07-31`).toBe(true);
          expect(schoolYearOf(start).naam).toBe(naam);
        }
      }),
    );
  });
});
