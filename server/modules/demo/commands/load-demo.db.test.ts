// SPDX-License-Identifier: EUPL-1.2
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase, testEngine } from '../../../test/test-database.ts';
import { importFile } from '../../imports/index.ts';
import { getRegion } from '../../region/index.ts';
import { generateDemo, type DemoManifest } from '../generate.ts';
import { ensureDemoRegion, loadDemoFiles } from './load-demo.ts';

const TODAY = '2025-03-10';
let database: Database;
let dir: string;
let manifest: DemoManifest;
const lines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'aanwezig-demo-load-'));
  // A small slice of the regio set: the same code paths, a fraction of the rows.
  manifest = generateDemo({ schaal: 'regio', seed: 11, uit: dir, today: TODAY, fractie: 0.03 });
}, 60_000);

afterAll(async () => {
  await database?.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = async (table: string) =>
  (await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n ?? 0;

describe(`loading the demo region (${testEngine()})`, () => {
  it('does nothing when AANWEZIG_GEEN_DEMO=1', async () => {
    const loaded = await ensureDemoRegion(database, {
      dataDir: dir,
      today: TODAY,
      log: () => {},
      geenDemo: true,
    });
    expect(loaded).toBe(false);
    expect(await count('persons')).toBe(0);
  });

  it('imports every file of the set through the importer without refused rows', async () => {
    const summaries = await loadDemoFiles(database, dir, manifest, {
      today: TODAY,
      log: (l) => lines.push(l),
    });
    expect(summaries.map((s) => s.soort)).toEqual(manifest.bestanden.map((f) => f.soort));
    for (const [i, s] of summaries.entries()) {
      expect(s.afgewezen).toBe(0);
      expect(s.rijen).toBe(manifest.bestanden[i]!.rijen);
    }
    expect(await count('schools')).toBe(manifest.bestanden[0]!.rijen);
    expect(await count('enrolments')).toBe(
      manifest.bestanden.find((f) => f.soort === 'inschrijvingen')!.rijen,
    );
    expect(await count('absence_reports')).toBe(
      manifest.bestanden.find((f) => f.soort === 'verzuimmeldingen')!.rijen,
    );
    expect(await count('exemptions')).toBe(
      manifest.bestanden.find((f) => f.soort === 'vrijstellingen')!.rijen,
    );
    // Later snapshots add residence history: more periods than persons.
    expect(await count('residence_periods')).toBeGreaterThan(await count('persons'));
    expect(lines.some((l) => l.startsWith('Demoregio laden: brp'))).toBe(true);
    const region = await getRegion(database);
    expect(region.naam).toBe('Holland Rijnland (demo)');
    expect(region.gemeenten).toHaveLength(11);
  });

  it('imports the latest snapshot and the meldingen a second time without changes', async () => {
    const again = manifest.bestanden.filter(
      (f, i, all) =>
        f.soort === 'verzuimmeldingen' || (f.soort === 'brp' && all[i + 1]?.soort !== 'brp'),
    );
    for (const f of again) {
      const { summary } = await importFile(database, join(dir, f.bestand), {
        soort: f.soort,
        ...(f.peildatum ? { peildatum: f.peildatum } : {}),
        door: 'test',
        today: TODAY,
      });
      expect([f.bestand, summary.nieuw, summary.gewijzigd, summary.afgewezen]).toEqual([
        f.bestand,
        0,
        0,
        0,
      ]);
    }
  });

  it('leaves a database that already has persons alone', async () => {
    const log: string[] = [];
    expect(
      await ensureDemoRegion(database, { dataDir: dir, today: TODAY, log: (l) => log.push(l) }),
    ).toBe(false);
    expect(log).toEqual([]);
  });
});
