// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { perSchool } from './per-school.ts';
import type { Episode } from './queries/episodes.sql.ts';

const episode = (over: Partial<Episode>): Episode =>
  ({
    id: 1,
    schoolId: 1,
    school: 'De Regenboog',
    brin: '12AB',
    einddatum: null,
    type: 'met_inschrijving_ongeoorloofd',
    onderwijsdeelname: 'geen',
    dagen: 10,
    opTafel: false,
    ...over,
  }) as Episode;

describe('per-school overview', () => {
  it('counts open episodes per school, with durations and types; ended ones do not count', () => {
    const rows = perSchool([
      episode({ id: 1, dagen: 120, opTafel: true }),
      episode({
        id: 2,
        dagen: 30,
        onderwijsdeelname: 'gedeeltelijk',
        type: 'met_inschrijving_geoorloofd',
      }),
      episode({ id: 3, einddatum: '2024-01-01' }),
      episode({ id: 4, schoolId: null, school: null, brin: null, type: 'zonder_inschrijving' }),
    ]);
    expect(rows).toEqual([
      {
        schoolId: 1,
        school: 'De Regenboog',
        brin: '12AB',
        open: 2,
        langerDan4Weken: 2,
        opTafel: 1,
        gedeeltelijk: 1,
        langsteDagen: 120,
        perType: { met_inschrijving_ongeoorloofd: 1, met_inschrijving_geoorloofd: 1 },
      },
      expect.objectContaining({
        school: 'Zonder school',
        open: 1,
        perType: { zonder_inschrijving: 1 },
      }),
    ]);
  });
});
