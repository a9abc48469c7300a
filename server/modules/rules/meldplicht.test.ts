// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schoolCalendar } from './calendar.ts';
import { checkMeldplicht } from './meldplicht.ts';
import { addDays } from './dates.ts';
import { SCHOOL_HOLIDAYS } from './school-holidays.data.ts';

const cal = schoolCalendar(SCHOOL_HOLIDAYS, 'midden');
const minor = { geboortedatum: '2010-01-01', peildatum: '2023-11-15' };
const weeks = (mondays: string[], uren: number, heleWeek = false) =>
  mondays.map((week) => ({ week, uren, heleWeek }));
const four = ['2023-09-04', '2023-09-11', '2023-09-18', '2023-09-25'];

describe('checkMeldplicht', () => {
  it('16 hours in 4 lesweken: must report with "ten minste", not with "meer dan"', () => {
    const input = { ...minor, weken: weeks(four, 4) };
    expect(checkMeldplicht(input, cal).meldplichtig).toBe(true);
    const meer = { 'meldplicht.vergelijking': [{ geldigVanaf: '2000-01-01', waarde: 'meer_dan' }] };
    const r = checkMeldplicht(input, cal, meer);
    expect(r.meldplichtig).toBe(false);
    expect(r.uitleg.join(' ')).toContain('meer dan 16 uur');
    expect(checkMeldplicht({ ...input, weken: weeks(four, 4.25) }, cal, meer).meldplichtig).toBe(
      true,
    );
  });

  it('a week of school holiday does not break the 4 consecutive lesweken', () => {
    const mondays = ['2023-10-09', '2023-10-16', '2023-10-23', '2023-10-30', '2023-11-06'];
    const r = checkMeldplicht({ ...minor, weken: weeks(mondays, 4) }, cal);
    expect(r.meldplichtig).toBe(true);
    expect(r.venster?.lesweken).toEqual(['2023-10-09', '2023-10-23', '2023-10-30', '2023-11-06']);
  });

  it('hours spread over 5 lesweken are not 16 within 4', () => {
    const mondays = [...four, '2023-10-02'];
    const input = {
      ...minor,
      weken: [
        { week: mondays[0]!, uren: 8 },
        { week: mondays[4]!, uren: 8 },
      ],
    };
    expect(checkMeldplicht(input, cal).meldplichtig).toBe(false);
  });

  it('18+: the statutory rule needs 4 whole consecutive lesweken; the regional rule counts hours', () => {
    const adult = { geboortedatum: '2005-01-01', peildatum: '2023-11-15' };
    expect(checkMeldplicht({ ...adult, weken: weeks(four, 20) }, cal).meldplichtig).toBe(false);
    expect(checkMeldplicht({ ...adult, weken: weeks(four, 20, true) }, cal).meldplichtig).toBe(
      true,
    );
    expect(
      checkMeldplicht({ ...adult, weken: weeks(four.slice(0, 3), 20, true) }, cal).meldplichtig,
    ).toBe(false);
    const regional = {
      'meldplicht.achttienPlus': [{ geldigVanaf: '2000-01-01', waarde: 'zestien_uur' }],
    };
    const r = checkMeldplicht({ ...adult, weken: weeks(four, 4) }, cal, regional);
    expect([r.meldplichtig, r.regel]).toEqual([true, 'achttien_plus_uren']);
  });

  it('property: "meer dan" never reports where "ten minste" does not, and adding hours never removes the duty', () => {
    const meer = { 'meldplicht.vergelijking': [{ geldigVanaf: '2000-01-01', waarde: 'meer_dan' }] };
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 7 }),
        (uren, extra) => {
          const ws = uren.map((u, i) => ({ week: addDays('2023-09-04', 7 * i), uren: u }));
          const ws2 = uren.map((u, i) => ({ week: ws[i]!.week, uren: u + (i === 0 ? extra : 0) }));
          const tenMinste = checkMeldplicht({ ...minor, weken: ws }, cal).meldplichtig;
          expect(
            !checkMeldplicht({ ...minor, weken: ws }, cal, meer).meldplichtig || tenMinste,
          ).toBe(true);
          expect(!tenMinste || checkMeldplicht({ ...minor, weken: ws2 }, cal).meldplichtig).toBe(
            true,
          );
        },
      ),
    );
  });
});
