// SPDX-License-Identifier: EUPL-1.2
/**
 * Synthetic BSNs: a deterministic walk through all eight-digit prefixes (a bijection, so never a
 * repeat), completed with the elfproef digit. The numbers look random but come from no register.
 */
import { completeBsn, isValidBsn } from '../../../shared/bsn.ts';

const SPAN = 90_000_000;
/** Coprime with SPAN (not divisible by 2, 3 or 5), so i → i·STEP mod SPAN visits every prefix once. */
const STEP = 7_777_777;

/** Hands out unique nine-digit numbers passing the elfproef, in a fixed order per seed. */
export class BsnSequence {
  private index = 0;
  private readonly offset: number;

  constructor(seed: number) {
    this.offset = (seed * 104_729) % SPAN;
  }

  /** The next BSN of the sequence. */
  next(): string {
    for (;;) {
      const prefix = 10_000_000 + ((this.index++ * STEP + this.offset) % SPAN);
      if (this.index > SPAN) throw new Error('BSN-reeks is op');
      const bsn = completeBsn(String(prefix));
      if (bsn) return bsn;
    }
  }
}

/** Onderwijsnummers for pupils without a BSN: nine digits that deliberately fail the elfproef. */
export class OnderwijsnummerSequence {
  private index = 0;

  /** The next onderwijsnummer (a counter plus a last digit chosen to fail the elfproef, so it never looks like a BSN). */
  next(): string {
    const base = String(10_000_000 + this.index++ * 13).slice(0, 8);
    for (let last = 0; last <= 9; last++) {
      const candidate = `${base}${last}`;
      if (!isValidBsn(candidate)) return candidate;
    }
    throw new Error('onderwijsnummer niet te maken');
  }
}
