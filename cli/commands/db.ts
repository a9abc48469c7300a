// SPDX-License-Identifier: EUPL-1.2
import { loadConfig } from '../../server/config.ts';
import { openDatabase, type Database } from '../../server/db/connect.ts';
import type { CliIo } from '../io.ts';

/** Opens the database the environment points at (the same one as the server), runs `work`, closes it. */
export async function withDatabase<T>(
  io: CliIo,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  const config = loadConfig(io.env);
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.AANWEZIG_DATA_DIR,
  });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}
