// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adviseAttendance, type MeetingRequest } from './attendance.ts';

const base: MeetingRequest = {
  categorie: 'essentieel',
  directBetrokken: true,
  juridischeToets: 'akkoord',
  concreteAanleiding: false,
  schriftelijkVolstaat: false,
};

describe('adviseAttendance per policy mode', () => {
  it('direct involvement: physical when ring 2 runs, online in ring 1, written in the kern', () => {
    expect(adviseAttendance(base, [0, 1, 2, 3])).toMatchObject({ advies: 'fysiek', ring: 2 });
    expect(adviseAttendance(base, [0, 1, 2])).toMatchObject({ advies: 'fysiek', ring: 2 });
    expect(adviseAttendance(base, [0, 1])).toMatchObject({ advies: 'online', ring: 1 });
    expect(adviseAttendance(base, [0])).toMatchObject({ advies: 'schriftelijk', ring: 1 });
  });

  it('without a mode the office works normally (all rings)', () => {
    expect(adviseAttendance(base).advies).toBe('fysiek');
  });

  it('no involvement: declined unless the outer ring runs', () => {
    const none = { ...base, directBetrokken: false, categorie: 'belangrijk' as const };
    expect(adviseAttendance(none, [0, 1, 2])).toMatchObject({ advies: 'afgewezen', ring: 3 });
    expect(adviseAttendance(none, [0, 1, 2, 3])).toMatchObject({ advies: 'online', ring: 3 });
  });

  it('low-urgency thematic meetings only with a concrete reason (R72)', () => {
    const thematic = { ...base, directBetrokken: false, categorie: 'laag_urgent' as const };
    expect(adviseAttendance(thematic, [0, 1, 2, 3]).advies).toBe('afgewezen');
    expect(adviseAttendance({ ...thematic, concreteAanleiding: true }, [0, 1, 2, 3]).advies).toBe(
      'online',
    );
  });

  it('no legal basis always declines (R70), whatever the mode', () => {
    const advice = adviseAttendance({ ...base, juridischeToets: 'niet_toegestaan' }, [0, 1, 2, 3]);
    expect(advice.advies).toBe('afgewezen');
    expect(advice.reden).toMatch(/grondslag/);
  });

  it('an open legal check keeps the advice but says it waits for the privacy officer', () => {
    const advice = adviseAttendance({ ...base, juridischeToets: 'open' }, [0, 1]);
    expect(advice).toMatchObject({ advies: 'online', wachtOpJuridischeToets: true });
    expect(advice.reden).toMatch(/privacy officer/);
  });

  it('written input that suffices replaces taking part, but never revives a declined request', () => {
    expect(adviseAttendance({ ...base, schriftelijkVolstaat: true }, [0, 1, 2, 3]).advies).toBe(
      'schriftelijk',
    );
    const none = { ...base, directBetrokken: false, schriftelijkVolstaat: true };
    expect(adviseAttendance(none, [0, 1]).advies).toBe('afgewezen');
  });

  it('property: fewer rings never mean more physical presence, and physical needs ring 2', () => {
    const request = fc.record({
      categorie: fc.constantFrom('essentieel', 'belangrijk', 'laag_urgent'),
      directBetrokken: fc.boolean(),
      juridischeToets: fc.constantFrom('open', 'akkoord', 'niet_toegestaan'),
      concreteAanleiding: fc.boolean(),
      schriftelijkVolstaat: fc.boolean(),
    }) as fc.Arbitrary<MeetingRequest>;
    const rings = fc.subarray([1, 2, 3]).map((r) => [0, ...r]);
    fc.assert(
      fc.property(request, rings, (r, ringen) => {
        const advice = adviseAttendance(r, ringen);
        if (advice.advies === 'fysiek') expect(ringen).toContain(2);
        if (!r.directBetrokken && !ringen.includes(3)) expect(advice.advies).toBe('afgewezen');
        if (advice.advies !== 'afgewezen' && !r.directBetrokken) expect(ringen).toContain(3);
      }),
    );
  });
});
