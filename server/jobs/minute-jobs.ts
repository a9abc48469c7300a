// SPDX-License-Identifier: EUPL-1.2
/**
 * Jobs that run every minute while the server runs: appointment reminders are queued and the
 * outbox is delivered. Both are safe when a run overlaps the previous one; a run that fails is
 * logged (without message contents) and the next minute tries again.
 */
import type { Database } from '../db/connect.ts';
import { sendReminders } from '../modules/appointments/index.ts';
import { deliverOutbox, type Transports } from '../modules/outbox/index.ts';

export interface MinuteJobOptions {
  database: Database;
  transports: Transports;
  now: () => Date;
  log: (line: string) => void;
}

export async function runMinuteJobs(options: MinuteJobOptions): Promise<void> {
  try {
    await sendReminders(options.database, options.now());
    await deliverOutbox(options.database, options.transports, options.now());
  } catch (error) {
    options.log(`Berichtentaak mislukt: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Starts the every-minute schedule; returns a function that stops it. */
export function scheduleMinuteJobs(options: MinuteJobOptions): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void runMinuteJobs(options).finally(() => {
      running = false;
    });
  }, 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
