// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteVerzuimSignal } from '../../signals/absolute-verzuim.ts';
import { addDays, type IsoDate } from '../../rules/index.ts';
import { schoolYearSpan } from '../indicator.ts';
import { firstSignalDay, gemeenteOn, type YearCandidate } from './absolute-verzuim-year.ts';

const span = schoolYearSpan('2023-2024')!;
const region = new Set(['0546', '0547']);
const day = (offset: number) => addDays('2023-06-01', offset);
const maybeDay = fc.option(fc.integer({ min: 0, max: 500 }).map(day), { nil: null });
const period = fc.tuple(
  fc.integer({ min: 0, max: 500 }),
  fc.integer({ min: 0, max: 200 }),
  fc.boolean(),
);

const candidate: fc.Arbitrary<YearCandidate> = fc.record({
  bsn: fc.constant('123456782'),
  geboortedatum: fc.integer({ min: 0, max: 365 * 20 }).map((n) => addDays('2004-01-01', n)),
  overleden: fc.option(fc.integer({ min: 0, max: 500 }).map(day), { nil: null, freq: 5 }),
  woonperiodes: fc.array(
    fc.record({
      gemeente: fc.constantFrom('0546', '0547', '0363'),
      vanaf: maybeDay,
      tot: maybeDay,
      rni: fc.boolean(),
    }),
    { maxLength: 2 },
  ),
  inschrijvingen: fc.array(
    period.map(([start, length, sk]) => ({
      van: day(start),
      totEnMet: length > 150 ? null : day(start + length),
      school: '12AB00',
      startkwalificatie: sk && length < 100 ? day(start + length) : null,
    })),
    { maxLength: 3 },
  ),
  vrijstellingen: fc.array(
    period.map(([start, length]) => ({
      van: day(start),
      totEnMet: length > 150 ? null : day(start + length),
    })),
    { maxLength: 1 },
  ),
});

/** The definition itself: try every day of the school year. */
function bruteForce(c: YearCandidate): { datum: IsoDate; gemeente: string } | undefined {
  for (let d = span.van; d <= span.totEnMet; d = addDays(d, 1)) {
    const gemeente = gemeenteOn(c, d, region);
    if (!gemeente) continue;
    const within = (van: IsoDate | null, tot: IsoDate | null) =>
      (!van || van <= d) && (!tot || tot >= d);
    if (c.inschrijvingen.some((e) => within(e.van, e.totEnMet))) continue;
    if (c.vrijstellingen.some((v) => within(v.van, v.totEnMet))) continue;
    const signal = absoluteVerzuimSignal({ ...c, gemeente }, d, {});
    if (signal) return { datum: d, gemeente };
  }
  return undefined;
}

describe('first signal day in a school year', () => {
  it('equals trying every day of the year', () => {
    fc.assert(
      fc.property(candidate, (c) => {
        expect(firstSignalDay(c, span, region, {})).toEqual(bruteForce(c));
      }),
      { numRuns: 300 },
    );
  });

  it('finds a child who moves into the region without a school on the day of moving', () => {
    const c: YearCandidate = {
      bsn: '123456782',
      geboortedatum: '2013-05-05',
      overleden: null,
      woonperiodes: [{ gemeente: '0547', vanaf: '2024-05-01', tot: null, rni: false }],
      inschrijvingen: [],
      vrijstellingen: [],
    };
    expect(firstSignalDay(c, span, region, {})).toEqual({ datum: '2024-05-01', gemeente: '0547' });
  });

  it('finds a one-day gap between two enrolments, and nothing when they touch', () => {
    const child = (secondStart: string): YearCandidate => ({
      bsn: '123456782',
      geboortedatum: '2012-05-05',
      overleden: null,
      woonperiodes: [{ gemeente: '0546', vanaf: null, tot: null, rni: false }],
      inschrijvingen: [
        { van: '2020-08-20', totEnMet: '2024-01-10', school: '12AB00', startkwalificatie: null },
        { van: secondStart, totEnMet: null, school: '34CD00', startkwalificatie: null },
      ],
      vrijstellingen: [],
    });
    expect(firstSignalDay(child('2024-01-12'), span, region, {})).toEqual({
      datum: '2024-01-11',
      gemeente: '0546',
    });
    expect(firstSignalDay(child('2024-01-11'), span, region, {})).toBeUndefined();
  });
});
