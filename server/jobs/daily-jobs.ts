// SPDX-License-Identifier: EUPL-1.2
/**
 * The server's daily jobs, run at night (02:00 server time) as the `systeem` actor: end expired
 * sessions, keep the absoluut-verzuim cases in step with the signals, and apply the retention
 * periods. Each job's failure is logged and does not stop the
 * others; the next night tries again.
 */
import type { Database } from '../db/connect.ts';
import { purgeSessions, type SessionLimits } from '../modules/auth/sessions.sql.ts';
import { applyRetention } from '../modules/privacy/index.ts';
import { syncAbsoluteVerzuimCases } from '../modules/signals/sync-cases.sql.ts';

export interface DailyJobOptions {
  database: Database;
  today: () => string;
  now: () => Date;
  sessie: SessionLimits;
  log: (line: string) => void;
}

export async function runDailyJobs(options: DailyJobOptions): Promise<void> {
  const jobs: [string, () => Promise<string>][] = [
    [
      'sessies opruimen',
      async () => {
        await purgeSessions(options.database, options.now(), options.sessie);
        return 'klaar';
      },
    ],
    [
      'absoluut verzuim',
      async () =>
        JSON.stringify(
          await syncAbsoluteVerzuimCases(options.database, options.today(), 'systeem'),
        ),
    ],
    [
      'bewaartermijnen',
      async () => {
        const result = await applyRetention(options.database, options.today(), {
          actor: 'systeem',
        });
        return JSON.stringify(countsOf(result));
      },
    ],
  ];
  for (const [name, job] of jobs) {
    try {
      options.log(`Nachtelijke taak ${name}: ${await job()}`);
    } catch (error) {
      options.log(
        `Nachtelijke taak ${name} mislukt: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}

/** Counts only: ids and names of deleted persons never reach a log. */
function countsOf(result: object): Record<string, number> {
  return Object.fromEntries(
    Object.entries(result).filter(
      (entry): entry is [string, number] => typeof entry[1] === 'number',
    ),
  );
}

/** Milliseconds from `now` until the next 02:00 local time. */
export function msUntilNight(now: Date): number {
  const next = new Date(now);
  next.setHours(2, 0, 0, 0);
  if (next <= now) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}

/** Schedules the daily jobs every night; returns a function that stops the schedule. */
export function scheduleDailyJobs(options: DailyJobOptions): () => void {
  let timer: NodeJS.Timeout;
  const plan = () => {
    timer = setTimeout(() => {
      void runDailyJobs(options).finally(plan);
    }, msUntilNight(options.now()));
    timer.unref();
  };
  plan();
  return () => clearTimeout(timer);
}
