// SPDX-License-Identifier: EUPL-1.2
import type { Database } from '../db/connect.ts';

/** What every route module gets: the database and a clock. Auth adds the actor (issue 7). */
export interface AppContext {
  database: Database;
  /** Today's calendar date (YYYY-MM-DD); tests pass a fixed day. */
  today(): string;
}
