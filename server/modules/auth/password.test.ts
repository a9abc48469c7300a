// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password.ts';
import { newTotpSecret, totpCode, verifyTotp } from './totp.ts';

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one; salts differ', async () => {
    const a = await hashPassword('correct paard batterij');
    const b = await hashPassword('correct paard batterij');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('correct paard batterij', a)).toBe(true);
    expect(await verifyPassword('correct paard batterij!', a)).toBe(false);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });

  it('asks for length and no user name in the password', () => {
    expect(passwordProblem('kort', 'anna')).toMatch(/12 tekens/);
    expect(passwordProblem('anna-is-de-beste', 'anna')).toMatch(/gebruikersnaam/);
    expect(passwordProblem('een lange zin als wachtwoord', 'anna')).toBeNull();
  });
});

describe('TOTP', () => {
  it('accepts the current code and its neighbours, not older ones', () => {
    const secret = newTotpSecret();
    const t = Date.UTC(2026, 10, 23, 9, 0, 0);
    expect(verifyTotp(secret, totpCode(secret, t), t)).toBe(true);
    expect(verifyTotp(secret, totpCode(secret, t - 30_000), t)).toBe(true);
    expect(verifyTotp(secret, totpCode(secret, t - 120_000), t)).toBe(false);
    expect(verifyTotp(secret, 'abcdef', t)).toBe(false);
  });
});
