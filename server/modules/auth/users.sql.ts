// SPDX-License-Identifier: EUPL-1.2
/** Accounts: create, find, lockout bookkeeping. Password hashes and TOTP secrets never leave this file's callers. */
import type { Queryable } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { hashPassword, passwordProblem } from './password.ts';
import { isRole, type Actor, type Role } from './roles.ts';

export interface UserRecord {
  id: number;
  gebruikersnaam: string;
  naam: string;
  rol: Role;
  email: string | null;
  team: string | null;
  actief: boolean;
  gemeenten: string[] | null;
  brin: string | null;
  wachtwoordHash: string | null;
  totpGeheim: string | null;
  misluktePogingen: number;
  geblokkeerdTot: string | null;
}

const COLUMNS = `id, gebruikersnaam, naam, rol, email, team, actief, gemeenten, brin,
  wachtwoord_hash as "wachtwoordHash", totp_geheim as "totpGeheim",
  mislukte_pogingen as "misluktePogingen", geblokkeerd_tot as "geblokkeerdTot"`;

export async function findUserByName(db: Queryable, gebruikersnaam: string) {
  const rows = await db.query<UserRecord>(
    `select ${COLUMNS} from users where lower(gebruikersnaam) = lower($1)`,
    [gebruikersnaam],
  );
  return rows[0];
}

export async function findUserById(db: Queryable, id: number) {
  return (await db.query<UserRecord>(`select ${COLUMNS} from users where id = $1`, [id]))[0];
}

export async function findUserBySubject(db: Queryable, subject: string) {
  return (
    await db.query<UserRecord>(`select ${COLUMNS} from users where oidc_subject = $1`, [subject])
  )[0];
}

export async function listUsers(db: Queryable) {
  return db.query<UserRecord>(`select ${COLUMNS} from users order by gebruikersnaam`);
}

export const actorOf = (user: UserRecord): Actor => ({
  id: user.id,
  gebruikersnaam: user.gebruikersnaam,
  rol: user.rol,
  gemeenten: user.gemeenten,
  brin: user.brin,
});

export interface NewUser {
  gebruikersnaam: string;
  naam: string;
  rol: string;
  wachtwoord?: string | undefined;
  email?: string | undefined;
  team?: string | undefined;
  gemeenten?: string[] | undefined;
  brin?: string | undefined;
  oidcSubject?: string | undefined;
}

const invalid = (code: string, message: string) =>
  new DomainFailure({ code, kind: 'invalid', message });

/** Creates an account; refuses unknown roles, weak passwords and taken names in Dutch. */
export async function createUser(db: Queryable, user: NewUser): Promise<number> {
  if (!/^[a-z0-9._-]{2,64}$/i.test(user.gebruikersnaam)) {
    throw invalid(
      'users.invalid_name',
      'een gebruikersnaam heeft 2 tot 64 letters, cijfers, punten, streepjes of liggende streepjes',
    );
  }
  if (!isRole(user.rol)) throw invalid('users.unknown_role', `onbekende rol '${user.rol}'`);
  if (user.rol === 'school' && !user.brin) {
    throw invalid('users.school_without_brin', 'een schoolgebruiker hoort bij een school (BRIN)');
  }
  if (user.wachtwoord !== undefined) {
    const problem = passwordProblem(user.wachtwoord, user.gebruikersnaam);
    if (problem) throw invalid('users.weak_password', problem);
  }
  if (await findUserByName(db, user.gebruikersnaam)) {
    throw new DomainFailure({
      code: 'users.name_taken',
      kind: 'conflict',
      message: `de gebruikersnaam '${user.gebruikersnaam}' bestaat al`,
    });
  }
  const hash = user.wachtwoord === undefined ? null : await hashPassword(user.wachtwoord);
  const rows = await db.query<{ id: number }>(
    `insert into users (gebruikersnaam, naam, rol, email, team, gemeenten, brin, oidc_subject, wachtwoord_hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [
      user.gebruikersnaam,
      user.naam,
      user.rol,
      user.email ?? null,
      user.team ?? null,
      user.gemeenten ? JSON.stringify(user.gemeenten) : null,
      user.brin ?? null,
      user.oidcSubject ?? null,
      hash,
    ],
  );
  return rows[0]!.id;
}

export async function setPassword(db: Queryable, user: UserRecord, wachtwoord: string) {
  const problem = passwordProblem(wachtwoord, user.gebruikersnaam);
  if (problem) throw invalid('users.weak_password', problem);
  await db.query('update users set wachtwoord_hash = $2 where id = $1', [
    user.id,
    await hashPassword(wachtwoord),
  ]);
}

export interface UserChange {
  rol?: string | undefined;
  actief?: boolean | undefined;
  gemeenten?: string[] | null | undefined;
  team?: string | null | undefined;
  /** Lift a lockout. */
  deblokkeren?: boolean | undefined;
  /** Remove the second factor (lost phone); the user sets it up again. */
  totpVerwijderen?: boolean | undefined;
}

export async function changeUser(db: Queryable, id: number, change: UserChange) {
  if (change.rol !== undefined && !isRole(change.rol)) {
    throw invalid('users.unknown_role', `onbekende rol '${change.rol}'`);
  }
  await db.query(
    `update users set
       rol = coalesce($2, rol),
       actief = coalesce($3, actief),
       gemeenten = case when $4::boolean then $5::jsonb else gemeenten end,
       team = case when $6::boolean then $7 else team end,
       mislukte_pogingen = case when $8::boolean then 0 else mislukte_pogingen end,
       geblokkeerd_tot = case when $8::boolean then null else geblokkeerd_tot end,
       totp_geheim = case when $9::boolean then null else totp_geheim end
     where id = $1`,
    [
      id,
      change.rol ?? null,
      change.actief ?? null,
      change.gemeenten !== undefined,
      change.gemeenten ? JSON.stringify(change.gemeenten) : null,
      change.team !== undefined,
      change.team ?? null,
      change.deblokkeren === true,
      change.totpVerwijderen === true,
    ],
  );
  // A changed role or a deactivated account takes effect at once: end its sessions.
  if (change.rol !== undefined || change.actief === false) {
    await db.query('delete from sessions where user_id = $1', [id]);
  }
}

export async function setTotpSecret(db: Queryable, id: number, secret: string | null) {
  await db.query('update users set totp_geheim = $2 where id = $1', [id, secret]);
}

/** Lockout after `max` failed sign-ins in a row, for `minutes`; the count starts again after it. */
export async function recordFailedSignIn(
  db: Queryable,
  id: number,
  now: Date,
  lockout: { max: number; minutes: number },
) {
  await db.query(
    `update users set
       mislukte_pogingen = case when mislukte_pogingen + 1 >= $2 then 0 else mislukte_pogingen + 1 end,
       geblokkeerd_tot = case when mislukte_pogingen + 1 >= $2 then $3::timestamptz else geblokkeerd_tot end
     where id = $1`,
    [id, lockout.max, new Date(now.getTime() + lockout.minutes * 60_000).toISOString()],
  );
}

export async function recordSuccessfulSignIn(db: Queryable, id: number) {
  await db.query('update users set mislukte_pogingen = 0, geblokkeerd_tot = null where id = $1', [
    id,
  ]);
}
