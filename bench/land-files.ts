// SPDX-License-Identifier: EUPL-1.2
/**
 * The national (`land`) demo files for the land benchmark, generated once and cached in the OS
 * temporary folder (`aanwezig-bench-land/`), keyed by seed, today and the generator's source, so
 * a rerun does not regenerate the 1.5 GB set. Run directly to (re)fill the cache:
 *
 *   nice -n 19 node --import tsx bench/land-files.ts
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDemo, type DemoManifest } from '../server/modules/demo/generate.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The seed of the national benchmark set. */
export const LAND_SEED = 1;
/** A fixed day, so every run measures the very same data. */
export const LAND_TODAY = '2026-06-30';

/** The cached land set, with how long generating it took when this run made it. */
export interface LandFiles {
  dir: string;
  manifest: DemoManifest;
  bytes: number;
  /** Seconds and peak RSS (MB) of the generation, as recorded when the set was made. */
  generated: { seconden: number; peakRssMb: number; fractie: number };
}

function sourceHash(): string {
  const src = join(root, 'server/modules/demo');
  const hash = createHash('sha256');
  for (const f of readdirSync(src)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()) {
    hash.update(f).update(readFileSync(join(src, f)));
  }
  return hash.digest('hex').slice(0, 10);
}

/** The cache folder of one seed (fractie < 1 only for trying the bench out). */
export function landDir(fractie = 1): string {
  const part = fractie === 1 ? '' : `-f${fractie}`;
  return join(
    tmpdir(),
    'aanwezig-bench-land',
    `seed${LAND_SEED}-${LAND_TODAY}${part}-${sourceHash()}`,
  );
}

/** Removes this set's folder and older ones of the same seed and fractie (another generator source). */
function removeStale(dir: string): void {
  const parent = dirname(dir);
  const stem = basename(dir).replace(/-[0-9a-f]{10}$/, '-');
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    if (name.startsWith(stem) && /^[0-9a-f]{10}$/.test(name.slice(stem.length))) {
      rmSync(join(parent, name), { recursive: true, force: true });
    }
  }
}

const folderBytes = (dir: string) =>
  readdirSync(dir).reduce((a, f) => a + statSync(join(dir, f)).size, 0);

/** The cached files, generated (in this process) when missing. */
export function landFiles(
  fractie = 1,
  log = (t: string) => process.stderr.write(`${t}\n`),
): LandFiles {
  const dir = landDir(fractie);
  const timing = join(dir, 'generatie.json');
  if (!existsSync(join(dir, 'manifest.json')) || !existsSync(timing)) {
    removeStale(dir);
    log(`Landelijke demobestanden maken in ${dir} (enkele minuten) …`);
    const started = performance.now();
    let last = 0;
    generateDemo({
      schaal: 'land',
      seed: LAND_SEED,
      uit: dir,
      today: LAND_TODAY,
      fractie,
      onProgress: (m) => {
        if (Date.now() - last < 30_000) return;
        last = Date.now();
        log(m);
      },
    });
    const generated = {
      seconden: (performance.now() - started) / 1000,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      fractie,
    };
    writeFileSync(timing, `${JSON.stringify(generated)}\n`);
  }
  return {
    dir,
    manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as DemoManifest,
    bytes: folderBytes(dir),
    generated: JSON.parse(readFileSync(timing, 'utf8')) as LandFiles['generated'],
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = landFiles(Number(process.argv[2] ?? 1));
  process.stdout.write(
    `${JSON.stringify({ dir: files.dir, bytes: files.bytes, ...files.generated })}\n`,
  );
}
