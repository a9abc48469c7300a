// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { cumulative, hashSeed, pickCumulative, Rng } from './prng.ts';

describe('Rng', () => {
  it('repeats the same stream for the same seed and differs for another', () => {
    const draw = (seed: number) =>
      Array.from(
        { length: 5 },
        (
          (r) => () =>
            r.next()
        )(new Rng(seed)),
      );
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('draws floats in [0,1) and integers within bounds, roughly uniform', () => {
    const rng = new Rng(42);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) {
      const f = rng.next();
      expect(f >= 0 && f < 1).toBe(true);
      counts[rng.int(0, 3)]!++;
    }
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
  });

  it('picks weighted keys in proportion and forks independent streams', () => {
    const rng = new Rng(7);
    let a = 0;
    for (let i = 0; i < 10_000; i++) if (rng.weighted({ a: 3, b: 1 }) === 'a') a++;
    expect(a / 10_000).toBeCloseTo(0.75, 1);
    const base = new Rng(9);
    expect(base.fork('x').next()).not.toBe(base.fork('y').next());
    expect(hashSeed('x')).toBe(hashSeed('x'));
  });

  it('picks from a cumulative table by weight and never a zero-weight index', () => {
    const rng = new Rng(3);
    const table = cumulative([0, 1, 0, 3]);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(pickCumulative(rng, table));
    expect([...seen].sort()).toEqual([1, 3]);
    expect(pickCumulative(rng, cumulative([]))).toBe(-1);
  });
});
