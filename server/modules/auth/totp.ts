// SPDX-License-Identifier: EUPL-1.2
/** The second factor: time-based one-time codes (RFC 6238, 30 s, 6 digits) via otpauth. */
import { Secret, TOTP } from 'otpauth';

const totpFor = (secret: string, label = 'gebruiker') =>
  new TOTP({
    issuer: 'Aanwezig',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The `otpauth://` URI an authenticator app scans (as QR) or the user types in. */
export const totpUri = (secret: string, gebruikersnaam: string): string =>
  totpFor(secret, gebruikersnaam).toString();

/** Accepts the code of the current 30-second window or the one before or after (clock drift). */
export function verifyTotp(secret: string, code: string, nowMs: number): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return totpFor(secret).validate({ token: code, timestamp: nowMs, window: 1 }) !== null;
}

/** The code for a moment: for tests and the demo's printed instructions. */
export const totpCode = (secret: string, nowMs: number): string =>
  totpFor(secret).generate({ timestamp: nowMs });
