// SPDX-License-Identifier: EUPL-1.2
/**
 * `aanwezig demo genereer --schaal regio|land --seed N --uit DIR`: writes synthetic import files.
 * `aanwezig demo laad [--uit DIR]`: generates the regio demo (when DIR holds none) and imports it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/config.ts';
import { generateDemo, type DemoManifest } from '../../server/modules/demo/generate.ts';
import { dateOption, parseOptions, required } from '../args.ts';
import { EXIT, printJson, UsageError, type CliIo, type Command } from '../io.ts';

const USAGE = `Gebruik:
  aanwezig demo genereer --schaal regio|land --seed N --uit MAP [--vandaag JJJJ-MM-DD] [--json]
  aanwezig demo laad [--uit MAP] [--vandaag JJJJ-MM-DD] [--json]`;

function seedOption(value: string | undefined): number {
  const text = required('seed', value);
  if (!/^\d{1,9}$/.test(text)) throw new UsageError(`--seed ${text} is geen geheel getal`);
  return Number(text);
}

function schaalOption(value: string | undefined): 'regio' | 'land' {
  const text = required('schaal', value);
  if (text !== 'regio' && text !== 'land') {
    throw new UsageError(`--schaal moet regio of land zijn, niet ${text}`);
  }
  return text;
}

const line = (io: CliIo) => (text: string) => io.err(`${text}\n`);

function describe(io: CliIo, uit: string, manifest: DemoManifest) {
  io.out(
    `Demodata (${manifest.schaal}, seed ${manifest.seed}, peildatum ${manifest.vandaag}) staat in ${uit}:\n`,
  );
  for (const f of manifest.bestanden) {
    io.out(`  ${f.bestand.padEnd(28)} ${String(f.rijen).padStart(9)} rijen\n`);
  }
}

async function genereer(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    schaal: { type: 'string' },
    seed: { type: 'string' },
    uit: { type: 'string' },
    vandaag: { type: 'string' },
    json: { type: 'boolean' },
  });
  const schaal = schaalOption(values.schaal);
  const seed = seedOption(values.seed);
  const uit = required('uit', values.uit);
  const today = dateOption('vandaag', values.vandaag) ?? io.today();
  if (today < '2023-09-01') {
    throw new UsageError('--vandaag moet na 2023-09-01 liggen (de demo begint op 2023-08-01)');
  }
  const manifest = generateDemo({ schaal, seed, uit, today, onProgress: line(io) });
  if (values.json) printJson(io, manifest);
  else describe(io, uit, manifest);
  return EXIT.ok;
}

/** An existing regio set in `uit` for the same day, so `laad` does not generate it again. */
function existingManifest(uit: string, today: string): DemoManifest | undefined {
  const path = join(uit, 'manifest.json');
  if (!existsSync(path)) return undefined;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as DemoManifest;
  return manifest.schaal === 'regio' && manifest.vandaag === today ? manifest : undefined;
}

async function laad(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    uit: { type: 'string' },
    vandaag: { type: 'string' },
    json: { type: 'boolean' },
  });
  const config = loadConfig(io.env);
  const today = dateOption('vandaag', values.vandaag) ?? io.today();
  const uit =
    values.uit ??
    (config.DATABASE_URL
      ? join(tmpdir(), 'aanwezig-demo')
      : join(config.AANWEZIG_DATA_DIR, 'demo'));
  // Loaded only here: generating files needs no database.
  const { openDatabase } = await import('../../server/db/connect.ts');
  const { hasPersons, loadDemoFiles, loadDemoRegion } =
    await import('../../server/modules/demo/commands/load-demo.ts');
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.AANWEZIG_DATA_DIR,
  });
  try {
    // Synthetic people must never mix with real ones, and older snapshots must not follow newer ones.
    if (await hasPersons(database)) {
      throw new UsageError(
        'de database bevat al personen; laad de demo alleen in een lege database',
      );
    }
    const log = line(io);
    const existing = existingManifest(uit, today);
    const result = existing
      ? {
          manifest: existing,
          bestanden: await loadDemoFiles(database, uit, existing, { today, log, door: 'cli' }),
        }
      : await loadDemoRegion(database, { uit, today, log, door: 'cli' });
    if (values.json) printJson(io, { regio: result.manifest.regio, bestanden: result.bestanden });
    else {
      io.out(
        `Demoregio ${result.manifest.regio.naam} geladen uit ${uit} (${result.bestanden.length} bestanden).\n`,
      );
    }
    return EXIT.ok;
  } finally {
    await database.close();
  }
}

/** Dispatches `aanwezig demo genereer|laad`. */
export const demo: Command = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub === 'genereer') return genereer(rest, io);
  if (sub === 'laad') return laad(rest, io);
  throw new UsageError(
    sub ? `onbekende demo-opdracht '${sub}'\n${USAGE}` : `geef genereer of laad op\n${USAGE}`,
  );
};
