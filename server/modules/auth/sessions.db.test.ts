// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../../db/connect.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { findSession, startSession } from './sessions.sql.ts';
import { createUser } from './users.sql.ts';

const LIMITS = { idleMinutes: 30, absoluteHours: 8 };
const NOW = new Date('2026-03-02T09:00:00Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

/** The database, counting the statements sent through it. */
function counting(database: Database): Queryable & { count: number } {
  const db = {
    count: 0,
    query: <T>(text: string, params?: unknown[]) => {
      db.count++;
      return database.query<T>(text, params);
    },
    copyFrom: database.copyFrom.bind(database),
  };
  return db;
}

describe(`findSession (${testEngine()})`, () => {
  let database: Database;
  let userId: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    userId = await createUser(database, {
      gebruikersnaam: 'sessie-test',
      naam: 'Sessie Test',
      rol: 'leerplichtconsulent',
      gemeenten: ['0546'],
    });
  });
  afterAll(async () => {
    await database.close();
  });

  it('reads the session and its user in one statement', async () => {
    const { token, csrfToken } = await startSession(database, userId, true, NOW, LIMITS);
    const db = counting(database);
    const session = await findSession(db, token, later(5), LIMITS);
    expect(db.count).toBe(1);
    expect(session).toEqual({
      userId,
      csrfToken,
      volledig: true,
      actief: true,
      actor: {
        id: userId,
        gebruikersnaam: 'sessie-test',
        rol: 'leerplichtconsulent',
        gemeenten: ['0546'],
        brin: null,
      },
    });
  });

  it('says when the account is no longer active', async () => {
    const { token } = await startSession(database, userId, false, NOW, LIMITS);
    await database.query('update users set actief = false where id = $1', [userId]);
    try {
      expect(await findSession(database, token, later(1), LIMITS)).toMatchObject({
        actief: false,
        volledig: false,
      });
    } finally {
      await database.query('update users set actief = true where id = $1', [userId]);
    }
  });

  it('ends an idle session and removes it', async () => {
    const { token } = await startSession(database, userId, true, NOW, LIMITS);
    expect(await findSession(database, token, later(31), LIMITS)).toBeUndefined();
    // Gone for good: a use within the idle time of the new clock finds nothing either.
    expect(await findSession(database, token, later(32), LIMITS)).toBeUndefined();
  });
});
