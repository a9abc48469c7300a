// SPDX-License-Identifier: EUPL-1.2
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../server/modules/demo/generate.ts';
import { suiteTempDir } from '../../server/test/suite-temp-dir.ts';
import { testEngine } from '../../server/test/test-database.ts';
import type { CliIo } from '../io.ts';
import { main } from '../main.ts';

const dataDir = suiteTempDir('aanwezig-demo-laad-');

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: { AANWEZIG_DATA_DIR: dataDir() },
    today: () => '2025-05-20',
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

// The CLI opens the embedded database in AANWEZIG_DATA_DIR; the engine matrix adds nothing here.
describe.skipIf(testEngine() !== 'pglite')('aanwezig demo laad', () => {
  it('imports the demo files found in <data>/demo and prints one JSON document', async () => {
    // A small set for the same day, so `laad` uses it instead of generating the full region.
    generateDemo({
      schaal: 'regio',
      seed: 2,
      uit: join(dataDir(), 'demo'),
      today: '2025-05-20',
      fractie: 0.02,
    });
    const { io, out, err } = fakeIo();
    expect(await main(['demo', 'laad', '--json'], io)).toBe(0);
    const result = JSON.parse(out()) as {
      regio: { naam: string };
      bestanden: { afgewezen: number }[];
    };
    expect(result.regio.naam).toBe('Holland Rijnland (demo)');
    expect(result.bestanden.length).toBeGreaterThan(5);
    expect(result.bestanden.every((b) => b.afgewezen === 0)).toBe(true);
    expect(err()).toContain('Demoregio laden: brp');
  });

  it('refuses a database that already holds persons, with exit 2', async () => {
    const { io, out, err } = fakeIo();
    expect(await main(['demo', 'laad'], io)).toBe(2);
    expect(err()).toContain('de database bevat al personen');
    expect(out()).toBe('');
  });
});
