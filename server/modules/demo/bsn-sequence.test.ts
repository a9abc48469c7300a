// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../shared/bsn.ts';
import { BsnSequence, OnderwijsnummerSequence } from './bsn-sequence.ts';

describe('BsnSequence', () => {
  it('hands out unique nine-digit numbers that pass the elfproef', () => {
    const seq = new BsnSequence(1);
    const seen = new Set<string>();
    for (let i = 0; i < 50_000; i++) {
      const bsn = seq.next();
      expect(isValidBsn(bsn)).toBe(true);
      seen.add(bsn);
    }
    expect(seen.size).toBe(50_000);
  });

  it('gives the same sequence for the same seed', () => {
    const a = new BsnSequence(5);
    const b = new BsnSequence(5);
    expect([a.next(), a.next()]).toEqual([b.next(), b.next()]);
    expect(new BsnSequence(6).next()).not.toBe(new BsnSequence(5).next());
  });

  it('makes onderwijsnummers of nine digits that are never a valid BSN', () => {
    const seq = new OnderwijsnummerSequence();
    for (let i = 0; i < 1000; i++) {
      const n = seq.next();
      expect(n).toMatch(/^\d{9}$/);
      expect(isValidBsn(n)).toBe(false);
    }
  });
});
