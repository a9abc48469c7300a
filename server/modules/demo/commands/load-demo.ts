// SPDX-License-Identifier: EUPL-1.2
/**
 * Loads a generated demo set into the database through the ordinary import code: sets the
 * region, then imports every file of the manifest in order. The demo is data like any other,
 * so it exercises exactly what an office's own files go through.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../../db/connect.ts';
import { importFile, type ImportSummary } from '../../imports/index.ts';
import { setRegion } from '../../region/index.ts';
import { generateDemo, type DemoManifest } from '../generate.ts';

/** Where progress and warnings go (the CLI and the server print them on stderr). */
export type DemoLog = (line: string) => void;

/** The seed of the demo region that a fresh installation shows. */
export const DEMO_SEED = 1;

const nl = (n: number) => n.toLocaleString('nl-NL');

/** Progress reporting at most every 10,000 rows per file. */
function progressFor(log: DemoLog, soort: string, rijen: number) {
  let next = 0;
  return (verwerkt: number, totaal: number | undefined) => {
    if (verwerkt < next && verwerkt !== totaal) return;
    next = verwerkt + 10_000;
    log(`Demoregio laden: ${soort} ${nl(verwerkt)}/${nl(totaal ?? rijen)} …`);
  };
}

/**
 * Sets the manifest's region and imports its files in order. Throws when a file is refused or has
 * refused rows: the demo must import cleanly, or the generator (or the importer) has a bug.
 */
export async function loadDemoFiles(
  database: Database,
  uit: string,
  manifest: DemoManifest,
  options: { today: string; log: DemoLog; door?: string },
): Promise<ImportSummary[]> {
  await setRegion(database, manifest.regio);
  const summaries: ImportSummary[] = [];
  for (const file of manifest.bestanden) {
    const started = Date.now();
    const outcome = await importFile(database, join(uit, file.bestand), {
      soort: file.soort,
      ...(file.peildatum ? { peildatum: file.peildatum } : {}),
      door: options.door ?? 'demo',
      today: options.today,
      onProgress: progressFor(options.log, file.soort, file.rijen),
    });
    const s = outcome.summary;
    if (outcome.resultaat !== 'geimporteerd' || s.afgewezen > 0) {
      // Only line and column: error texts may quote values, and logs never carry person data.
      const where = s.fouten
        .slice(0, 5)
        .map((f) => `regel ${f.regel}${f.kolom ? ` kolom ${f.kolom}` : ''}`);
      throw new Error(
        `demobestand ${file.bestand} geweigerd: ${s.afgewezen} rijen afgewezen (${where.join('; ')})`,
      );
    }
    options.log(
      `Demoregio laden: ${file.bestand} klaar: ${nl(s.nieuw)} nieuw, ${nl(s.gewijzigd)} gewijzigd, ${nl(s.ongewijzigd)} ongewijzigd (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    summaries.push(s);
  }
  return summaries;
}

/** Generates the regio demo (seed 1) into `uit` and loads it. */
export async function loadDemoRegion(
  database: Database,
  options: { uit: string; today: string; log: DemoLog; seed?: number; door?: string },
): Promise<{ manifest: DemoManifest; bestanden: ImportSummary[] }> {
  options.log(`Demoregio maken in ${options.uit} …`);
  const manifest = generateDemo({
    schaal: 'regio',
    seed: options.seed ?? DEMO_SEED,
    uit: options.uit,
    today: options.today,
    onProgress: options.log,
  });
  const bestanden = await loadDemoFiles(database, options.uit, manifest, options);
  return { manifest, bestanden };
}

/** Whether the database holds any person (then the demo must not be mixed in). */
export async function hasPersons(database: Database): Promise<boolean> {
  const [row] = await database.query<{ present: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM persons) AS present',
  );
  return row?.present === true;
}

/** Options of `ensureDemoRegion`. */
export interface EnsureDemoOptions {
  /** Folder of the embedded database; the demo files go to `<dataDir>/demo`. Undefined (PostgreSQL): a temp dir. */
  dataDir: string | undefined;
  today: string;
  log: DemoLog;
  /** AANWEZIG_GEEN_DEMO=1: never load the demo. */
  geenDemo?: boolean;
}

/**
 * On the first start of an empty database, loads the demo region so there is something to see.
 * Does nothing when any person exists or when the demo is switched off. Returns whether it loaded.
 */
export async function ensureDemoRegion(
  database: Database,
  options: EnsureDemoOptions,
): Promise<boolean> {
  if (options.geenDemo || (await hasPersons(database))) return false;
  const uit = options.dataDir
    ? join(options.dataDir, 'demo')
    : mkdtempSync(join(tmpdir(), 'aanwezig-demo-'));
  options.log(
    'Lege database: de demoregio Holland Rijnland (synthetische gegevens) wordt geladen. Zet AANWEZIG_GEEN_DEMO=1 om dit over te slaan.',
  );
  const started = Date.now();
  try {
    await loadDemoRegion(database, { uit, today: options.today, log: options.log });
  } finally {
    // Files in a temp dir (PostgreSQL) are not needed once imported; <dataDir>/demo stays to look at.
    if (!options.dataDir) rmSync(uit, { recursive: true, force: true });
  }
  options.log(`Demoregio geladen in ${Math.round((Date.now() - started) / 1000)} s.`);
  return true;
}
