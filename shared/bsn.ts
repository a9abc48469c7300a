// SPDX-License-Identifier: EUPL-1.2
/**
 * The burgerservicenummer check (elfproef): nine digits d1..d9 with
 * 9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8 − 1·d9 divisible by 11, and not 000000000.
 *
 * @example isValidBsn('111222333') // true
 */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') {
    return false;
  }
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    sum += (9 - i) * Number(value[i]);
  }
  sum -= Number(value[8]);
  return sum % 11 === 0;
}

/**
 * Completes eight digits to a valid BSN, or returns undefined when no ninth digit makes it pass.
 * Used by the synthetic-data generator; the numbers never come from a register.
 */
export function completeBsn(firstEight: string): string | undefined {
  if (!/^\d{8}$/.test(firstEight)) {
    throw new Error('completeBsn needs eight digits');
  }
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    sum += (9 - i) * Number(firstEight[i]);
  }
  const last = sum % 11;
  if (last > 9) {
    return undefined;
  }
  const bsn = `${firstEight}${last}`;
  return isValidBsn(bsn) ? bsn : undefined;
}

/** Shows only the last three digits, for screens that must hint at a BSN without showing it. */
export const maskBsn = (bsn: string): string => `******${bsn.slice(-3)}`;
