// SPDX-License-Identifier: EUPL-1.2
/** Synthetic Dutch addresses inside a gemeente: street from the pool, real-looking postcode range. */
import type { DemoGemeente } from './gemeenten.ts';
import type { Address } from './model.ts';
import type { NamePools } from './names.ts';
import type { Rng } from './prng.ts';

const LETTERS = 'ABCDEFGHJKLMNPRTVWXZ';
const TOEVOEGINGEN = ['1', '2', '3', 'bis', 'II', 'rd'];

/** Two postcode letters, avoiding the combinations PostNL never issues (SA, SD, SS). */
function postcodeLetters(rng: Rng): string {
  for (;;) {
    const pair = `${rng.pick([...LETTERS, 'S'])}${rng.pick([...LETTERS, 'S'])}`;
    if (pair !== 'SA' && pair !== 'SD' && pair !== 'SS') return pair;
  }
}

/** A random address in gemeente `g`; bigger gemeenten get more streets and postcode areas. */
export function makeAddress(rng: Rng, g: DemoGemeente, pools: NamePools): Address {
  const plaats = g.plaatsen.length === 1 || rng.chance(0.6) ? g.plaatsen[0] : rng.pick(g.plaatsen);
  if (!plaats) throw new Error(`gemeente ${g.code} zonder plaats`);
  const areas = Math.max(1, Math.min(20, Math.round(g.jeugd / 2500)));
  const streets = Math.max(30, Math.min(pools.streets.length, Math.round(g.jeugd / 40)));
  const offset = parseInt(g.code, 10) * 31;
  return {
    straat:
      pools.streets[(offset + rng.int(0, streets - 1)) % pools.streets.length] ?? 'Dorpsstraat',
    huisnummer: String(rng.int(1, rng.chance(0.8) ? 90 : 320)),
    huisletter: rng.chance(0.06) ? rng.pick(['A', 'B', 'C', 'D']) : '',
    toevoeging: rng.chance(0.04) ? rng.pick(TOEVOEGINGEN) : '',
    postcode: `${plaats.postcode + rng.int(0, areas - 1)}${postcodeLetters(rng)}`,
    woonplaats: plaats.naam,
  };
}
