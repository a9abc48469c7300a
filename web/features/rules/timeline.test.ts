// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { computeLeerplicht } from '../../../server/modules/rules/leerplicht.ts';
import { parseInputDate, statusUitleg, timelineRows } from './timeline.ts';

describe('timelineRows', () => {
  it('gives every date its own explanation, in order', () => {
    const r = computeLeerplicht({
      geboortedatum: '2010-05-14',
      peildatum: '2024-08-01',
      startkwalificatie: '2027-06-30',
    });
    const rows = timelineRows(r);
    expect(rows.map((x) => x.datum)).toEqual([
      '2015-06-01',
      '2026-07-31',
      '2027-06-29',
      '2033-05-13',
    ]);
    for (const row of rows) expect(row.uitleg.length).toBeGreaterThan(0);
    expect(rows[1]?.uitleg[0]).toContain('schooljaar 2025-2026 eindigt op 2026-07-31');
    expect(rows[2]?.uitleg.join(' ')).toContain('startkwalificatie op 2027-06-30');
    expect(statusUitleg(r)).toHaveLength(1);
  });
});

describe('parseInputDate', () => {
  it.each([
    ['2010-05-14', '2010-05-14'],
    ['14-05-2010', '2010-05-14'],
    ['4-5-2010', '2010-05-04'],
    [' 2024-02-29 ', '2024-02-29'],
    ['2023-02-29', undefined],
    ['14/05/2010', undefined],
    ['', undefined],
  ])('%s → %s', (text, iso) => expect(parseInputDate(text)).toBe(iso));
});
