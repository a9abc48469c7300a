// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { SCHOOL_HOLIDAYS, schoolCalendar } from '../rules/index.ts';
import { assessLeave, schoolDaysIn } from './assess.ts';

const midden = schoolCalendar(SCHOOL_HOLIDAYS, 'midden');

describe('leave: school days and who decides', () => {
  it('counts weekdays outside holidays and public holidays', () => {
    expect(schoolDaysIn(midden, '2027-03-01', '2027-03-19')).toBe(15);
    expect(schoolDaysIn(midden, '2027-04-19', '2027-04-23')).toBe(5);
    expect(schoolDaysIn(midden, '2027-04-24', '2027-05-02')).toBe(0);
    expect(schoolDaysIn(midden, '2027-03-06', '2027-03-07')).toBe(0);
  });

  it('leaves up to 10 school days to the directeur, more to the leerplichtambtenaar', () => {
    expect(assessLeave(midden, '2027-03-01', '2027-03-12')).toMatchObject({
      schooldagen: 10,
      beslisser: 'directeur',
    });
    expect(assessLeave(midden, '2027-03-01', '2027-03-15')).toMatchObject({
      schooldagen: 11,
      beslisser: 'leerplichtambtenaar',
    });
  });

  it('sends leave in the first two lesweken to the leerplichtambtenaar, also when short', () => {
    const a = assessLeave(midden, '2026-09-07', '2026-09-07');
    expect(a).toMatchObject({
      schooldagen: 1,
      beslisser: 'leerplichtambtenaar',
      inEersteTweeLesweken: true,
    });
    expect(assessLeave(midden, '2026-09-14', '2026-09-14').inEersteTweeLesweken).toBe(false);
    // A period that starts in the summer holiday and reaches into the first lesweek counts too.
    expect(assessLeave(midden, '2026-08-27', '2026-09-01').inEersteTweeLesweken).toBe(true);
  });
});
