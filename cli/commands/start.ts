// SPDX-License-Identifier: EUPL-1.2
import { loadConfig, oidcOf } from '../../server/config.ts';
import { openDatabase } from '../../server/db/connect.ts';
import { buildApp } from '../../server/app.ts';
import { scheduleDailyJobs } from '../../server/jobs/daily-jobs.ts';
import { scheduleMinuteJobs } from '../../server/jobs/minute-jobs.ts';
import { transportsFromConfig } from '../../server/modules/outbox/index.ts';
import { parseOptions } from '../args.ts';
import type { Command } from '../io.ts';

/** `aanwezig start`: migrates the database, loads the demo region on first start, serves the app. */
export const start: Command = async (args, io) => {
  parseOptions(args, {});
  const config = loadConfig(io.env);
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.AANWEZIG_DATA_DIR,
  });
  try {
    const demo = await import('../../server/modules/demo/index.ts');
    const password = config.AANWEZIG_DEMO_WACHTWOORD ?? demo.DEFAULT_DEMO_PASSWORD;
    const loaded = await demo.ensureDemoRegion(database, {
      dataDir: config.DATABASE_URL ? undefined : config.AANWEZIG_DATA_DIR,
      today: io.today(),
      log: (line) => io.err(`${line}\n`),
      geenDemo: config.AANWEZIG_GEEN_DEMO === '1',
    });
    // Demo accounts and casework history only ever go into the demo region just loaded.
    if (loaded) {
      await demo.ensureDemoAccounts(database, password);
      await demo.ensureDemoCasework(database, io.today());
    }
    if (await demo.demoAccountsExist(database)) {
      io.err(`${demo.demoSignInLines(password).join('\n')}\n`);
    }
  } catch (error) {
    // The demo is a convenience: when it fails, the server still starts (without demo data).
    io.err(`Demoregio niet geladen: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  const app = await buildApp(
    {
      database,
      today: io.today,
      auth: {
        sessie: {
          idleMinutes: config.AANWEZIG_SESSIE_INACTIEF_MINUTEN,
          absoluteHours: config.AANWEZIG_SESSIE_MAX_UREN,
        },
        cookieSecure:
          config.AANWEZIG_COOKIE_SECURE === 'auto' ? 'auto' : config.AANWEZIG_COOKIE_SECURE === '1',
        oidc: oidcOf(config),
      },
    },
    { logger: true },
  );
  await app.listen({ port: config.PORT, host: config.HOST });
  const stopJobs =
    config.AANWEZIG_NACHTTAKEN === '1'
      ? scheduleDailyJobs({
          database,
          today: io.today,
          now: () => new Date(),
          sessie: {
            idleMinutes: config.AANWEZIG_SESSIE_INACTIEF_MINUTEN,
            absoluteHours: config.AANWEZIG_SESSIE_MAX_UREN,
          },
          log: (line) => app.log.info(line),
        })
      : () => undefined;
  const stopMinuteJobs = scheduleMinuteJobs({
    database,
    transports: transportsFromConfig(config),
    now: () => new Date(),
    log: (line) => app.log.warn(line),
  });
  io.err(`Aanwezig draait op http://localhost:${config.PORT} (database: ${database.engine})\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  stopJobs();
  stopMinuteJobs();
  await app.close();
  await database.close();
  return 0;
};
