// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { schoolCalendar } from './calendar.ts';
import {
  bezwaartermijn,
  checkThuiszitter,
  doorstroompuntCadence,
  vrijstelling5aRenewal,
  wijkteamMonitoringEnd,
} from './deadlines.ts';
import { checkPreventiefGesprek, checkVerlof, luxeverzuimAfdoening } from './leave.ts';
import { SCHOOL_HOLIDAYS } from './school-holidays.data.ts';

const set = (sleutel: string, waarde: number | string) => ({
  [sleutel]: [{ geldigVanaf: '2000-01-01', waarde }],
});

describe('deadlines', () => {
  it('wijkteam monitoring ends 6 weeks after handover (setting)', () => {
    expect(wijkteamMonitoringEnd('2024-03-01').datum).toBe('2024-04-12');
    expect(wijkteamMonitoringEnd('2024-03-01', set('wijkteam.monitoringWeken', 8)).datum).toBe(
      '2024-04-26',
    );
  });

  it('the 5a renewal meeting is 3 months before expiry, month ends kept', () => {
    expect(vrijstelling5aRenewal('2025-07-31').datum).toBe('2025-04-30');
    expect(vrijstelling5aRenewal('2025-05-31').datum).toBe('2025-02-28');
    expect(vrijstelling5aRenewal('2024-05-31').datum).toBe('2024-02-29');
  });

  it('thuiszitter: longer than 4 weeks (inspectie) or 3 months (thuiszitterstafel)', () => {
    expect(checkThuiszitter('2024-01-10', '2024-02-06').thuiszitter).toBe(false);
    expect(checkThuiszitter('2024-01-10', '2024-02-07').thuiszitter).toBe(true);
    const tafel = set('thuiszitter.definitie', 'thuiszitterstafel');
    expect(checkThuiszitter('2024-01-10', '2024-02-07', tafel).thuiszitter).toBe(false);
    expect(checkThuiszitter('2024-01-10', '2024-04-10', tafel)).toMatchObject({
      thuiszitter: true,
      vanaf: '2024-04-10',
    });
  });

  it('Doorstroompunt cadence: week 1 messages and calls, week 2 letter, week 3 home visit (seed 002)', () => {
    const c = doorstroompuntCadence('2024-09-02');
    expect(c.map((s) => [s.week, s.van, s.totEnMet])).toEqual([
      [1, '2024-09-02', '2024-09-08'],
      [2, '2024-09-09', '2024-09-15'],
      [3, '2024-09-16', '2024-09-22'],
    ]);
    expect(c[2]?.actie).toContain('huisbezoek');
  });

  it('objection term: 6 weeks, moved past weekends and holidays (Atw)', () => {
    expect(bezwaartermijn('2024-03-01').datum).toBe('2024-04-12');
    expect(bezwaartermijn('2024-03-02').datum).toBe('2024-04-15');
    expect(bezwaartermijn('2025-03-24').datum).toBe('2025-05-06');
  });
});

describe('leave and enforcement', () => {
  const midden = schoolCalendar(SCHOOL_HOLIDAYS, 'midden');
  it('11f: at most 10 days, once per school year, not in the first two lesweken', () => {
    const ok = {
      artikel: '11f' as const,
      van: '2024-10-07',
      schooldagen: 5,
      eerderVakantieverlof: [],
    };
    expect(checkVerlof(ok, midden).toegestaan).toBe(true);
    expect(checkVerlof({ ...ok, schooldagen: 11 }, midden).toegestaan).toBe(false);
    expect(checkVerlof({ ...ok, eerderVakantieverlof: ['2024-09-20'] }, midden).toegestaan).toBe(
      false,
    );
    expect(checkVerlof({ ...ok, eerderVakantieverlof: ['2024-06-20'] }, midden).toegestaan).toBe(
      true,
    );
    expect(checkVerlof({ ...ok, van: '2024-09-03' }, midden).toegestaan).toBe(false);
    expect(checkVerlof({ ...ok, van: '2024-09-09' }, midden).toegestaan).toBe(true);
  });

  it('11g: more than 10 school days goes to the leerplichtambtenaar', () => {
    const g = { artikel: '11g' as const, van: '2024-10-07', eerderVakantieverlof: [] };
    expect(checkVerlof({ ...g, schooldagen: 10 }, midden).beslisser).toBe('directeur');
    expect(checkVerlof({ ...g, schooldagen: 11 }, midden).beslisser).toBe('leerplichtambtenaar');
  });

  it('preventive conversation at most once per pupil per school year', () => {
    expect(checkPreventiefGesprek('2024-10-01', ['2024-07-31']).toegestaan).toBe(true);
    expect(checkPreventiefGesprek('2024-10-01', ['2024-08-01']).toegestaan).toBe(false);
  });

  it('luxeverzuim: warning for a first offence up to 1 day, or up to 3 under the proposal setting', () => {
    expect(
      luxeverzuimAfdoening({ datum: '2024-10-01', dagen: 1, eersteOvertreding: true }).afdoening,
    ).toBe('waarschuwing');
    expect(
      luxeverzuimAfdoening({ datum: '2024-10-01', dagen: 2, eersteOvertreding: true }).afdoening,
    ).toBe('proces_verbaal');
    expect(
      luxeverzuimAfdoening({ datum: '2024-10-01', dagen: 1, eersteOvertreding: false }).afdoening,
    ).toBe('proces_verbaal');
    const proposal = set('luxeverzuim.waarschuwingMaxDagen', 3);
    expect(
      luxeverzuimAfdoening({ datum: '2024-10-01', dagen: 3, eersteOvertreding: true }, proposal)
        .afdoening,
    ).toBe('waarschuwing');
    expect(
      luxeverzuimAfdoening({ datum: '2024-10-01', dagen: 4, eersteOvertreding: true }, proposal)
        .afdoening,
    ).toBe('proces_verbaal');
  });
});
