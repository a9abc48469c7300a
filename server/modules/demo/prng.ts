// SPDX-License-Identifier: EUPL-1.2
/**
 * A small seeded pseudo-random generator (mulberry32) for the synthetic data. Fast enough for
 * millions of draws and deterministic across platforms, unlike Math.random.
 */

/** Hashes a text to a 32-bit seed (FNV-1a); used to fork independent streams by label. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Weight tables turned into cumulative sums once (the generator reuses the same literals). */
const tables = new WeakMap<object, { keys: string[]; sums: Float64Array }>();

/** A seeded random stream with the draws the generator needs. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) {
      throw new Error('pick from an empty list');
    }
    return item;
  }

  /** One key of a weight table, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    let table = tables.get(weights);
    if (!table) {
      const entries = Object.entries(weights) as [string, number][];
      table = { keys: entries.map((e) => e[0]), sums: cumulative(entries.map((e) => e[1])) };
      tables.set(weights, table);
    }
    const index = pickCumulative(this, table.sums);
    if (index < 0) throw new Error('weighted pick from an empty table');
    return table.keys[index] as K;
  }

  /** A count of failures before the first success (mean (1-p)/p); used for repeat events. */
  geometric(p: number, max = 50): number {
    let n = 0;
    while (n < max && !this.chance(p)) n++;
    return n;
  }

  /** An independent stream for a sub-task, so adding draws in one place does not shift another. */
  fork(label: string): Rng {
    return new Rng(hashSeed(`${this.state}:${label}`));
  }
}

/** Builds a cumulative-weight table for fast repeated weighted picks by index (binary search). */
export function cumulative(weights: readonly number[]): Float64Array {
  const table = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    table[i] = sum;
  });
  return table;
}

/** Picks an index from a cumulative table; -1 when the table is empty or all weights are 0. */
export function pickCumulative(rng: Rng, table: Float64Array): number {
  const total = table.length ? (table[table.length - 1] ?? 0) : 0;
  if (total <= 0) return -1;
  const r = rng.next() * total;
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((table[mid] ?? 0) > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
