// SPDX-License-Identifier: EUPL-1.2
/**
 * The gemeenten of the synthetic data. `regio` uses the 11 gemeenten of seed 000 (Holland Rijnland)
 * with their real CBS codes, rough population shares, places and postcode ranges; `land` adds
 * well-known gemeenten with real codes and synthesises the rest (codes 2101 and up, which no real
 * gemeente uses, and invented place names).
 */
import type { Faker } from '@faker-js/faker';
import type { Rng } from './prng.ts';

/** A gemeente with what the generator needs to place people and schools in it. */
export interface DemoGemeente {
  code: string;
  naam: string;
  /** Target number of young people aged 0–23 living there. */
  jeugd: number;
  /** Places (woonplaatsen) with their first 4-digit postcode; the first is the main place. */
  plaatsen: { naam: string; postcode: number }[];
  /** Region the office serves (false: a neighbour with schools only). */
  inRegio: boolean;
  /** Where pupils of this gemeente go to secondary school and mbo when it has none. */
  hub?: string;
}

type Row = [code: string, naam: string, inwoners: number, plaatsen: [string, number][]];

/** Inhabitants roughly as in 2024; only the proportions matter. */
const REGIO: Row[] = [
  ['0534', 'Hillegom', 23_000, [['Hillegom', 2181]]],
  [
    '0537',
    'Katwijk',
    68_000,
    [
      ['Katwijk', 2221],
      ['Rijnsburg', 2231],
      ['Valkenburg', 2235],
    ],
  ],
  ['0546', 'Leiden', 128_000, [['Leiden', 2311]]],
  ['0547', 'Leiderdorp', 28_000, [['Leiderdorp', 2351]]],
  ['0553', 'Lisse', 23_000, [['Lisse', 2161]]],
  [
    '0575',
    'Noordwijk',
    44_000,
    [
      ['Noordwijk', 2201],
      ['Noordwijkerhout', 2211],
      ['De Zilk', 2191],
    ],
  ],
  ['0579', 'Oegstgeest', 26_000, [['Oegstgeest', 2341]]],
  ['0626', 'Voorschoten', 26_000, [['Voorschoten', 2251]]],
  ['0638', 'Zoeterwoude', 9_000, [['Zoeterwoude', 2381]]],
  [
    '1525',
    'Teylingen',
    38_000,
    [
      ['Sassenheim', 2171],
      ['Voorhout', 2215],
      ['Warmond', 2361],
    ],
  ],
  [
    '1884',
    'Kaag en Braassem',
    28_000,
    [
      ['Roelofarendsveen', 2371],
      ['Leimuiden', 2451],
      ['Woubrugge', 2481],
    ],
  ],
];

/** Neighbours outside the region whose schools some pupils attend. */
const BUREN: Row[] = [
  ['0518', "'s-Gravenhage", 560_000, [["'s-Gravenhage", 2511]]],
  ['0392', 'Haarlem', 165_000, [['Haarlem', 2011]]],
  ['0484', 'Alphen aan den Rijn', 115_000, [['Alphen aan den Rijn', 2401]]],
  ['0629', 'Wassenaar', 27_000, [['Wassenaar', 2241]]],
];

/** Real gemeenten (CBS code, name, inhabitants) for the national benchmark set. */
const LAND_BEKEND: [string, string, number][] = [
  ['0363', 'Amsterdam', 930_000],
  ['0599', 'Rotterdam', 665_000],
  ['0518', "'s-Gravenhage", 560_000],
  ['0344', 'Utrecht', 370_000],
  ['0772', 'Eindhoven', 240_000],
  ['0014', 'Groningen', 240_000],
  ['0855', 'Tilburg', 225_000],
  ['0034', 'Almere', 220_000],
  ['0758', 'Breda', 185_000],
  ['0268', 'Nijmegen', 180_000],
  ['0200', 'Apeldoorn', 167_000],
  ['0392', 'Haarlem', 165_000],
  ['0202', 'Arnhem', 165_000],
  ['0394', 'Haarlemmermeer', 160_000],
  ['0153', 'Enschede', 160_000],
  ['0307', 'Amersfoort', 160_000],
  ['0479', 'Zaanstad', 160_000],
  ['0796', "'s-Hertogenbosch", 158_000],
  ['0193', 'Zwolle', 132_000],
  ['0637', 'Zoetermeer', 127_000],
  ['0935', 'Maastricht', 122_000],
  ['0080', 'Leeuwarden', 125_000],
  ['0505', 'Dordrecht', 121_000],
  ['0484', 'Alphen aan den Rijn', 115_000],
  ['0503', 'Delft', 105_000],
  ['0513', 'Gouda', 75_000],
  ['0106', 'Assen', 69_000],
];

/** Young people in the regio set (seed 000: "bijna 60.000 kinderen en jongeren"). */
export const REGIO_JEUGD = 60_000;
/** Young people in the national set. */
export const LAND_JEUGD = 3_300_000;
/** Number of gemeenten in the national set (2024). */
export const LAND_GEMEENTEN = 342;

const toGemeente = (row: Row, jeugd: number, inRegio: boolean, hub?: string): DemoGemeente => ({
  code: row[0],
  naam: row[1],
  jeugd,
  plaatsen: row[3].map(([naam, postcode]) => ({ naam, postcode })),
  inRegio,
  ...(hub ? { hub } : {}),
});

/** The regio set: 11 gemeenten sized to about 60,000 young people in total, plus four neighbours. */
export function regioGemeenten(schaal = 1): DemoGemeente[] {
  const total = REGIO.reduce((sum, row) => sum + row[2], 0);
  const inRegio = REGIO.map((row) =>
    toGemeente(row, Math.round((REGIO_JEUGD * schaal * row[2]) / total), true, '0546'),
  );
  return [...inRegio, ...BUREN.map((row) => toGemeente(row, 0, false))];
}

/** The national set: 342 gemeenten with about 3.3 million young people; every gemeente in the region. */
export function landGemeenten(faker: Faker, rng: Rng, schaal = 1): DemoGemeente[] {
  const rows: [string, string, number][] = [...LAND_BEKEND];
  const seen = new Set(rows.map((r) => r[1]));
  for (const row of REGIO) {
    if (!rows.some((r) => r[0] === row[0])) rows.push([row[0], row[1], row[2]]);
  }
  let code = 2101;
  while (rows.length < LAND_GEMEENTEN) {
    const naam = faker.location.city();
    if (seen.has(naam)) continue;
    seen.add(naam);
    // Smaller gemeenten follow a long tail, as in the real distribution (median about 30,000).
    const inwoners = Math.round(8_000 + 70_000 * rng.next() ** 2.2);
    rows.push([String(code++).padStart(4, '0'), naam, inwoners]);
  }
  const total = rows.reduce((sum, r) => sum + r[2], 0);
  const bigOnes = rows.filter((r) => r[2] >= 100_000).map((r) => r[0]);
  return rows.map(([c, naam, inwoners], i) => {
    const jeugd = Math.max(1, Math.round((LAND_JEUGD * schaal * inwoners) / total));
    const base = 1000 + ((i * 37) % 89) * 100;
    return {
      code: c,
      naam,
      jeugd,
      plaatsen: [{ naam, postcode: base }],
      inRegio: true,
      ...(inwoners < 100_000 ? { hub: bigOnes[i % bigOnes.length] ?? c } : {}),
    };
  });
}
