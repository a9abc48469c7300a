// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  isFinalYear,
  leerjaarIn,
  nextMoment,
  schoolYearStart,
  transferMomentDue,
} from './transfer.ts';

describe('VO→MBO transfer rules', () => {
  it('school year starts on 1 August', () => {
    expect(schoolYearStart('2025-08-01')).toBe(2025);
    expect(schoolYearStart('2025-07-31')).toBe(2024);
  });

  it('the leerjaar goes up every school year since enrolment', () => {
    expect(leerjaarIn({ leerjaar: 1, datumInschrijving: '2022-08-01' }, 2025)).toBe(4);
  });

  it('vmbo pupils in leerjaar 4 are final-year; havo/vwo are not mbo transfers', () => {
    const vmbo = {
      niveau: 'vmbo-k',
      leerjaar: 1,
      datumInschrijving: '2022-08-01',
      datumUitschrijving: null,
    };
    expect(isFinalYear(vmbo, 2025)).toBe(true);
    expect(isFinalYear(vmbo, 2024)).toBe(false);
    expect(isFinalYear({ ...vmbo, niveau: 'havo', datumUitschrijving: '2026-07-31' }, 2025)).toBe(
      false,
    );
  });

  it('an unknown track counts when the enrolment ends within the school year', () => {
    const e = {
      niveau: null,
      leerjaar: null,
      datumInschrijving: '2021-08-01',
      datumUitschrijving: '2026-07-31',
    };
    expect(isFinalYear(e, 2025)).toBe(true);
    expect(isFinalYear(e, 2024)).toBe(false);
  });

  it('three moments until 1 October after the final year', () => {
    expect(transferMomentDue(2025)).toEqual({ 1: '2026-04-01', 2: '2026-07-01', 3: '2026-10-01' });
    expect(nextMoment([])).toBe(1);
    expect(nextMoment([1, 2])).toBe(3);
    expect(nextMoment([1, 2, 3])).toBeNull();
  });
});
