// SPDX-License-Identifier: EUPL-1.2
/**
 * Sign-in with password and, when set up, a TOTP code. Every failure gives the same Dutch message,
 * so the answer does not reveal whether an account exists or is locked; unknown names still cost
 * one scrypt, so timing does not either. Successes and failures go to the audit trail.
 */
import type { Database } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { endSession, startSession, type SessionLimits } from './sessions.sql.ts';
import { verifyTotp } from './totp.ts';
import {
  findUserById,
  findUserByName,
  recordFailedSignIn,
  recordSuccessfulSignIn,
  type UserRecord,
} from './users.sql.ts';

export interface AuthSettings {
  sessie: SessionLimits;
  blokkade: { max: number; minutes: number };
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  sessie: { idleMinutes: 30, absoluteHours: 10 },
  // NCSC/BIO practice: a handful of attempts, then a pause; the beheerder can lift it earlier.
  blokkade: { max: 5, minutes: 15 },
};

export interface SignedIn {
  user: UserRecord;
  token: string;
  csrfToken: string;
  /** True when the password was right and a TOTP code must follow. */
  tweedeStapNodig: boolean;
}

const FAILED = () =>
  new DomainFailure({
    code: 'auth.sign_in_failed',
    kind: 'unauthenticated',
    message:
      'Aanmelden is niet gelukt: de gebruikersnaam of het wachtwoord klopt niet, of het account is tijdelijk geblokkeerd na te veel pogingen.',
  });

let dummyHash: Promise<string> | undefined;

export async function signIn(
  database: Database,
  credentials: { gebruikersnaam: string; wachtwoord: string },
  now: Date,
  settings: AuthSettings,
): Promise<SignedIn> {
  const user = await findUserByName(database, credentials.gebruikersnaam);
  if (!user?.wachtwoordHash) {
    await verifyPassword(
      credentials.wachtwoord,
      await (dummyHash ??= hashPassword('x'.repeat(16))),
    );
    await audit(database, 'onbekend', 'auth.sign_in_failed', { reden: 'onbekende gebruiker' });
    throw FAILED();
  }
  const locked = user.geblokkeerdTot !== null && new Date(user.geblokkeerdTot) > now;
  const passwordOk = await verifyPassword(credentials.wachtwoord, user.wachtwoordHash);
  if (locked || !user.actief || !passwordOk) {
    if (!locked && user.actief) {
      await recordFailedSignIn(database, user.id, now, settings.blokkade);
    }
    const reden = locked ? 'geblokkeerd' : !user.actief ? 'inactief' : 'onjuist wachtwoord';
    await audit(database, user.gebruikersnaam, 'auth.sign_in_failed', { reden });
    throw FAILED();
  }
  const tweedeStapNodig = user.totpGeheim !== null;
  if (!tweedeStapNodig) await recordSuccessfulSignIn(database, user.id);
  const session = await startSession(database, user.id, !tweedeStapNodig, now, settings.sessie);
  await audit(
    database,
    user.gebruikersnaam,
    tweedeStapNodig ? 'auth.password_accepted' : 'auth.signed_in',
    { methode: 'wachtwoord' },
  );
  return { user, ...session, tweedeStapNodig };
}

/**
 * The second step: a valid code ends the half-open session and starts a full one (a new token, so
 * the session is rotated again). Failed codes count towards the lockout like wrong passwords.
 */
export async function completeSecondFactor(
  database: Database,
  pending: { token: string; userId: number },
  code: string,
  now: Date,
  settings: AuthSettings,
): Promise<SignedIn> {
  const user = await findUserById(database, pending.userId);
  const locked = user?.geblokkeerdTot != null && new Date(user.geblokkeerdTot) > now;
  if (
    !user?.totpGeheim ||
    !user.actief ||
    locked ||
    !verifyTotp(user.totpGeheim, code, now.getTime())
  ) {
    if (user && !locked) await recordFailedSignIn(database, user.id, now, settings.blokkade);
    await audit(database, user?.gebruikersnaam ?? 'onbekend', 'auth.sign_in_failed', {
      reden: 'onjuiste code',
    });
    throw new DomainFailure({
      code: 'auth.totp_failed',
      kind: 'unauthenticated',
      message: 'De code klopt niet of is verlopen. Typ de code die uw authenticator-app nu toont.',
    });
  }
  await recordSuccessfulSignIn(database, user.id);
  await endSession(database, pending.token);
  const session = await startSession(database, user.id, true, now, settings.sessie);
  await audit(database, user.gebruikersnaam, 'auth.signed_in', { methode: 'wachtwoord+totp' });
  return { user, ...session, tweedeStapNodig: false };
}

/** Single sign-on: the identity provider vouched for the user; start a full session. */
export async function signInTrusted(
  database: Database,
  user: UserRecord,
  now: Date,
  settings: AuthSettings,
): Promise<SignedIn> {
  if (!user.actief) throw FAILED();
  const session = await startSession(database, user.id, true, now, settings.sessie);
  await audit(database, user.gebruikersnaam, 'auth.signed_in', { methode: 'oidc' });
  return { user, ...session, tweedeStapNodig: false };
}

const audit = (
  database: Database,
  actor: string,
  actie: string,
  details: Record<string, unknown>,
) => recordAudit(database, { actor, actie, doel: 'beveiliging', details });
