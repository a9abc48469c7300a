// SPDX-License-Identifier: EUPL-1.2
/**
 * PURE: tokens behind form links (feedback after a conversation): 32 random bytes, base64url; only
 * the SHA-256 is stored. A token works once and expires (`TOKEN_DAGEN_GELDIG`).
 */
import { createHash, randomBytes } from 'node:crypto';

/** A feedback link stays valid this many days. */
export const TOKEN_DAGEN_GELDIG = 14;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const hashFormToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** A new random token and its hash. */
export function newFormToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashFormToken(token) };
}

/** Whether `value` has the shape of a token (anything else is answered as not valid). */
export const looksLikeFormToken = (value: string): boolean => TOKEN.test(value);

/** Whether a token with this expiry and use is still usable at `now`. */
export const tokenUsable = (
  t: { verlooptOp: string; gebruiktOp: string | null },
  now: Date,
): boolean => t.gebruiktOp === null && Date.parse(t.verlooptOp) > now.getTime();

/** The expiry moment of a token made at `now`. */
export const expiryOf = (now: Date): string =>
  new Date(now.getTime() + TOKEN_DAGEN_GELDIG * 86_400_000).toISOString();

/** The public page of a form link. */
export const formLinkUrl = (publiekeUrl: string, formulier: string, token: string): string =>
  `${publiekeUrl.replace(/\/+$/, '')}/formulier/${formulier}/${token}`;

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A reference number for the receipt, e.g. `VL-7K3M9Q` (no 0/O, 1/I/L to misread). */
export function newReference(code: string): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${code}-${chars}`;
}
