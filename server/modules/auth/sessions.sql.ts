// SPDX-License-Identifier: EUPL-1.2
/**
 * Browser sessions. The cookie carries a random token; the table stores only its SHA-256, so a
 * leaked database does not hand out sessions. A session ends after `idleMinutes` without use or
 * `absoluteHours` after sign-in, whichever comes first.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/connect.ts';
import type { Actor } from './roles.ts';

export interface SessionLimits {
  idleMinutes: number;
  absoluteHours: number;
}

export interface OpenSession {
  userId: number;
  csrfToken: string;
  /** False until the second factor is given. */
  volledig: boolean;
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** The stored id of a session token. */
export const sessionId = digest;
const newToken = () => randomBytes(32).toString('base64url');

/** Starts a new session (always a new token: sign-in rotates the session, against fixation). */
export async function startSession(
  db: Queryable,
  userId: number,
  volledig: boolean,
  now: Date,
  limits: SessionLimits,
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  const at = now.toISOString();
  await db.query(
    `insert into sessions (id, user_id, csrf_token, volledig, aangemaakt_op, laatst_gebruikt_op, verloopt_op)
     values ($1, $2, $3, $4, $5, $5, $6)`,
    [
      digest(token),
      userId,
      csrfToken,
      volledig,
      at,
      new Date(now.getTime() + limits.absoluteHours * 3_600_000).toISOString(),
    ],
  );
  return { token, csrfToken };
}

/** A live session with the account it belongs to, as the request hook needs it. */
export interface SessionWithUser extends OpenSession {
  /** Whether the account is still active; an inactive account's session signs nobody in. */
  actief: boolean;
  actor: Actor;
}

/**
 * The live session of a token and its user in one query (this runs on every request), touched for
 * idle expiry; expired sessions are removed.
 */
export async function findSession(
  db: Queryable,
  token: string,
  now: Date,
  limits: SessionLimits,
): Promise<SessionWithUser | undefined> {
  const idleSince = new Date(now.getTime() - limits.idleMinutes * 60_000).toISOString();
  const rows = await db.query<OpenSession & { actief: boolean } & Omit<Actor, 'id'>>(
    `update sessions s set laatst_gebruikt_op = $2
       from users u
      where s.id = $1 and s.verloopt_op > $2 and s.laatst_gebruikt_op > $3 and u.id = s.user_id
      returning s.user_id as "userId", s.csrf_token as "csrfToken", s.volledig,
                u.actief, u.gebruikersnaam, u.rol, u.gemeenten, u.brin`,
    [digest(token), now.toISOString(), idleSince],
  );
  const row = rows[0];
  if (row) {
    const { userId, csrfToken, volledig, actief, gebruikersnaam, rol, gemeenten, brin } = row;
    const actor = { id: userId, gebruikersnaam, rol, gemeenten, brin };
    return { userId, csrfToken, volledig, actief, actor };
  }
  await db.query('delete from sessions where id = $1', [digest(token)]);
  return undefined;
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query('delete from sessions where id = $1', [digest(token)]);
}

/** Removes sessions past their expiry (run by the daily job; lookups ignore them anyway). */
export async function purgeSessions(db: Queryable, now: Date, limits: SessionLimits) {
  const idleSince = new Date(now.getTime() - limits.idleMinutes * 60_000).toISOString();
  await db.query('delete from sessions where verloopt_op <= $1 or laatst_gebruikt_op <= $2', [
    now.toISOString(),
    idleSince,
  ]);
}
