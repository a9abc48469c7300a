// SPDX-License-Identifier: EUPL-1.2
/**
 * Password hashing with scrypt (node:crypto), stored as `scrypt$N$r$p$salt$hash` (base64), so the
 * cost can be raised later while old hashes still verify.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
/** 128·N·r bytes are needed; leave room. */
const MAX_MEM = 64 * 1024 * 1024;

/** A password must be at least this long (NCSC advice: length over complexity). */
export const MIN_PASSWORD_LENGTH = 12;

function derive(password: string, salt: Buffer, options: ScryptOptions, length: number) {
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, { N, r: R, p: P, maxmem: MAX_MEM }, KEY_LENGTH);
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(
    password,
    Buffer.from(salt, 'base64'),
    { N: Number(n), r: Number(r), p: Number(p), maxmem: MAX_MEM },
    expected.length,
  );
  return timingSafeEqual(key, expected);
}

/** Dutch reason why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, gebruikersnaam: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens`;
  }
  if (password.toLowerCase().includes(gebruikersnaam.toLowerCase())) {
    return 'het wachtwoord mag de gebruikersnaam niet bevatten';
  }
  return null;
}
