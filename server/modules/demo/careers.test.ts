// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { planCareer, type CareerCtx, type Stint } from './careers.ts';
import { finalizeStints, leerjaarOn, subtractBlocks } from './enrolment-gaps.ts';
import { ageOn, dayOf, parseDay } from './days.ts';
import { regioGemeenten } from './gemeenten.ts';
import type { DemoPerson } from './model.ts';
import { buildNamePools } from './names.ts';
import { Rng } from './prng.ts';
import { generateSchools, SchoolIndex } from './schools.ts';

const gemeenten = regioGemeenten();
const schools = generateSchools(new Rng(1), gemeenten, buildNamePools(1), true);
const index = new SchoolIndex(schools, new Map(gemeenten.map((g) => [g.code, g])));
const today = parseDay('2026-11-23');

const person = (birth: string, extra: Partial<DemoPerson> = {}): DemoPerson => ({
  bsn: '111222333',
  geslachtsnaam: 'Test',
  voorvoegsel: '',
  voornamen: 'Sam',
  geslacht: 'X',
  geboortedatum: parseDay(birth),
  geheimhouding: false,
  periods: [{ gemeente: '0546', address: null, vanaf: parseDay(birth) }],
  inExtractVanaf: parseDay(birth),
  jeugd: true,
  ...extra,
});

describe('planCareer', () => {
  it('starts PO at 4, then VO around 12 and ends before 25, for many random children', () => {
    const rng = new Rng(5);
    const ctx: CareerCtx = { rng, schools: index, today };
    for (let i = 0; i < 2000; i++) {
      const birth = dayOf(2000 + rng.int(0, 20), rng.int(1, 12), rng.int(1, 28));
      const p = person('2000-01-01', { geboortedatum: birth });
      const stints = planCareer(ctx, p);
      expect(stints.length).toBeGreaterThan(0);
      expect(ageOn(birth, stints[0]!.start)).toBe(4);
      for (const s of stints) {
        const age = ageOn(birth, s.start);
        if (s.sector === 'VO') expect(age).toBeGreaterThanOrEqual(10);
        if (s.sector === 'MBO') expect(age).toBeGreaterThanOrEqual(14);
        expect(ageOn(birth, s.end ?? s.start)).toBeLessThan(25);
        expect(s.school.sector).toBe(s.sector);
      }
      stints.slice(1).forEach((s, k) => expect(s.start).toBeGreaterThan(stints[k]!.start));
    }
  });

  it('sends 12–17-year-old newcomers to the ISK first', () => {
    const ctx: CareerCtx = { rng: new Rng(2), schools: index, today };
    const arrival = parseDay('2024-03-01');
    const stints = planCareer(ctx, person('2010-06-01'), arrival);
    expect(stints[0]?.sector).toBe('ISK');
    expect(stints[0]!.start).toBeGreaterThan(arrival);
  });
});

describe('subtractBlocks and finalizeStints', () => {
  const school = schools.find((s) => s.sector === 'VO')!;
  const stint: Stint = {
    school,
    sector: 'VO',
    start: parseDay('2023-08-01'),
    end: parseDay('2027-07-31'),
    leerjaar: 1,
    startkwalificatie: parseDay('2027-07-10'),
  };

  it('splits an enrolment around an exemption and advances the leerjaar', () => {
    const out = subtractBlocks(
      [stint],
      [
        {
          van: parseDay('2024-08-01'),
          tot: parseDay('2025-07-31'),
          reden: 'vrijstelling artikel 5a',
        },
      ],
    );
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ end: parseDay('2024-07-31'), reden: 'vrijstelling artikel 5a' });
    expect(out[0]!.startkwalificatie).toBeUndefined();
    expect(out[1]).toMatchObject({ start: parseDay('2025-08-01'), leerjaar: 3 });
    expect(leerjaarOn(out[1]!, parseDay('2026-09-01'))).toBe(4);
  });

  it('drops the future: no end date or startkwalificatie after today, nothing starting later', () => {
    const ctx: CareerCtx = { rng: new Rng(1), schools: index, today: parseDay('2025-01-01') };
    const later = { ...stint, start: parseDay('2025-08-01') };
    const out = finalizeStints(ctx, person('2011-03-01'), [stint, later], [], undefined);
    expect(out).toHaveLength(1);
    expect(out[0]!.end).toBeUndefined();
    expect(out[0]!.startkwalificatie).toBeUndefined();
  });

  it('ends enrolment on death', () => {
    const ctx: CareerCtx = { rng: new Rng(1), schools: index, today };
    const out = finalizeStints(
      ctx,
      person('2011-03-01', { overlijden: parseDay('2024-02-10') }),
      [stint],
      [],
      undefined,
    );
    expect(out).toEqual([
      expect.objectContaining({ end: parseDay('2024-02-09'), reden: 'overleden' }),
    ]);
  });
});
