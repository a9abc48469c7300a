// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { schoolYearSpan, type SchoolYearSpan } from '../report/indicator.ts';
import { EINDSITUATIES, type Eindsituatie } from './episode.ts';
import { inStock, placeInYear, yearFlow, type FlowEpisode, type Placement } from './flow.ts';

const span = schoolYearSpan('2023-2024')!;
const next = schoolYearSpan('2024-2025')!;
const day = (offset: number) =>
  Temporal.PlainDate.from('2022-06-01').add({ days: offset }).toString();

const episodeArb: fc.Arbitrary<FlowEpisode> = fc
  .record({
    start: fc.option(fc.integer({ min: 0, max: 1000 }), { freq: 8 }),
    length: fc.option(fc.integer({ min: 0, max: 500 }), { freq: 3 }),
    eind: fc.constantFrom(...(Object.keys(EINDSITUATIES) as Eindsituatie[])),
  })
  .map(({ start, length, eind }) => ({
    vanaf: start === null ? null : day(start),
    einddatum: start === null || length === null ? null : day(start + length),
    eindsituatie: length === null ? null : eind,
  }));

const placements = (episodes: FlowEpisode[], s: SchoolYearSpan) =>
  episodes.map((e) => placeInYear(e, s)).filter((p): p is Placement => p !== undefined);
const stock = (episodes: FlowEpisode[], d: string) => episodes.filter((e) => inStock(e, d)).length;

describe('stock-flow identity', () => {
  it('aanvang + nieuw − opgelost − 18 − verhuisd = einde, with aanvang and einde the stock on both peildata', () => {
    fc.assert(
      fc.property(fc.array(episodeArb, { maxLength: 60 }), (episodes) => {
        const f = yearFlow(placements(episodes, span));
        expect(f.aanvang + f.nieuw - f.opgelost - f.achttien - f.verhuisd).toBe(f.einde);
        expect(f.aanvang).toBe(stock(episodes, span.van));
        expect(f.einde).toBe(stock(episodes, span.peildatum));
        // Last year's end is this year's start (report-figures §4.3.2).
        expect(yearFlow(placements(episodes, next)).aanvang).toBe(f.einde);
      }),
    );
  });

  it('places a worked example (004: 27 + 25 − 29 − 12 = 11 in small)', () => {
    const episodes: FlowEpisode[] = [
      { vanaf: '2023-05-01', einddatum: null, eindsituatie: null },
      { vanaf: '2023-06-01', einddatum: '2023-10-01', eindsituatie: 'weer_naar_school' },
      { vanaf: '2023-09-01', einddatum: '2024-03-01', eindsituatie: 'verhuisd' },
      { vanaf: '2023-10-01', einddatum: '2024-02-01', eindsituatie: 'einde_leerplicht_18' },
      { vanaf: '2024-01-01', einddatum: null, eindsituatie: null },
      { vanaf: '2023-01-01', einddatum: '2023-08-01', eindsituatie: 'weer_naar_school' },
      { vanaf: null, einddatum: null, eindsituatie: null },
    ];
    const f = yearFlow(placements(episodes, span));
    expect(f).toMatchObject({
      aanvang: 2,
      nieuw: 3,
      opgelost: 1,
      achttien: 1,
      verhuisd: 1,
      einde: 2,
    });
    expect(f.perEindsituatie.weer_naar_school).toBe(1);
  });
});
