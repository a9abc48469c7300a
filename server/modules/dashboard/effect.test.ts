// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { compareOutcomes, compareReminders, MIN_GROEP, type Intervention } from './effect.ts';

const today = '2026-11-23';
let caseId = 0;
const i = (
  groep: Intervention['groep'],
  datum: string,
  volgendeMelding: string | null,
): Intervention => ({
  caseId: ++caseId,
  groep,
  datum,
  volgendeMelding,
});

describe('effect measurement', () => {
  it('counts a new melding within 3 and 6 months, only where the window has passed', () => {
    const list = [
      i('kennisgevingsbrief', '2026-01-10', '2026-03-01'), // within 3
      i('kennisgevingsbrief', '2026-01-10', '2026-06-01'), // within 6, not 3
      i('kennisgevingsbrief', '2026-01-10', null),
      i('kennisgevingsbrief', '2026-07-01', null), // 3-month window passed, 6-month not
      i('gesprek', '2026-02-01', '2026-09-01'), // after 6 months
      i('gesprek', '2026-10-01', '2026-10-15'), // no window passed yet
    ];
    const [brief, gesprek] = compareOutcomes(list, today);
    expect(brief).toMatchObject({
      totaal: 4,
      binnen3Maanden: { aantal: 4, metNieuweMelding: 1, percentage: 25, teKlein: true },
      binnen6Maanden: { aantal: 3, metNieuweMelding: 2, percentage: 66.7, teKlein: true },
    });
    expect(gesprek).toMatchObject({
      totaal: 2,
      binnen3Maanden: { aantal: 1, metNieuweMelding: 0, percentage: 0 },
      binnen6Maanden: { aantal: 1, metNieuweMelding: 0 },
    });
  });

  it('calls a group large enough from MIN_GROEP on', () => {
    const list = Array.from({ length: MIN_GROEP }, () => i('gesprek', '2025-01-01', null));
    expect(compareOutcomes(list, today)[1]!.binnen6Maanden.teKlein).toBe(false);
    expect(compareOutcomes(list.slice(1), today)[1]!.binnen6Maanden.teKlein).toBe(true);
  });

  it('compares no-show with and without a reminder', () => {
    const rows = compareReminders([
      { status: 'no_show', herinnerd: false },
      { status: 'gehouden', herinnerd: false },
      { status: 'gehouden', herinnerd: true },
      { status: 'gehouden', herinnerd: true },
      { status: 'no_show', herinnerd: true },
      { status: 'gehouden', herinnerd: true },
    ]);
    expect(rows).toEqual([
      { herinnering: true, afspraken: 4, noShow: 1, percentage: 25, teKlein: true },
      { herinnering: false, afspraken: 2, noShow: 1, percentage: 50, teKlein: true },
    ]);
  });
});
