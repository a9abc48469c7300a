// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeBsn, isValidBsn, maskBsn } from './bsn.ts';

describe('isValidBsn', () => {
  it.each([
    ['111222333', true],
    ['123456782', true],
    ['123456789', false],
    ['000000000', false],
    ['12345678', false],
    ['1234567890', false],
    ['12345678a', false],
  ])('judges %s as %s', (bsn, expected) => {
    expect(isValidBsn(bsn)).toBe(expected);
  });

  it('accepts every number completeBsn makes, and rejects it with any one digit changed', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{7}$/),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (eight, pos, delta) => {
          const bsn = completeBsn(eight);
          if (!bsn) return;
          expect(isValidBsn(bsn)).toBe(true);
          const digit = (Number(bsn[pos]) + delta) % 10;
          const changed = bsn.slice(0, pos) + digit + bsn.slice(pos + 1);
          expect(isValidBsn(changed)).toBe(false);
        },
      ),
    );
  });

  it('masks all but the last three digits', () => {
    expect(maskBsn('111222333')).toBe('******333');
  });
});
