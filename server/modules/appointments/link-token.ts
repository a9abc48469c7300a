// SPDX-License-Identifier: EUPL-1.2
/**
 * The token in an appointment's confirm/cancel link: 32 random bytes, base64url. Only its SHA-256
 * is stored, so a copy of the database cannot be used to confirm or cancel anyone's appointment.
 */
import { createHash, randomBytes } from 'node:crypto';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** SHA-256 (hex) of a token, as stored in `appointments.link_token_hash`. */
export const hashLinkToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** A new random token and its hash. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

/** Whether `value` has the shape of a token (anything else is answered as not found). */
export const looksLikeToken = (value: string): boolean => TOKEN.test(value);

/** The public page of the link. */
export const linkUrl = (publiekeUrl: string, token: string): string =>
  `${publiekeUrl.replace(/\/+$/, '')}/afspraak/${token}`;
