// SPDX-License-Identifier: EUPL-1.2
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../io.ts';
import { main } from '../main.ts';

function fakeIo(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env,
    today: () => '2025-02-03',
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const dir = mkdtempSync(join(tmpdir(), 'aanwezig-demo-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('aanwezig demo', () => {
  it.each([
    [['demo'], 'geef genereer of laad op'],
    [['demo', 'maak'], "onbekende demo-opdracht 'maak'"],
    [['demo', 'genereer', '--seed', '1', '--uit', dir], '--schaal is verplicht'],
    [
      ['demo', 'genereer', '--schaal', 'stad', '--seed', '1', '--uit', dir],
      '--schaal moet regio of land zijn',
    ],
    [
      ['demo', 'genereer', '--schaal', 'regio', '--seed', 'een', '--uit', dir],
      '--seed een is geen geheel getal',
    ],
    [['demo', 'genereer', '--schaal', 'regio', '--seed', '1'], '--uit is verplicht'],
    [
      [
        'demo',
        'genereer',
        '--schaal',
        'regio',
        '--seed',
        '1',
        '--uit',
        dir,
        '--vandaag',
        '2022-01-01',
      ],
      'na 2023-09-01',
    ],
    [
      ['demo', 'genereer', '--schaal', 'regio', '--seed', '1', '--uit', dir, '--grootte', '3'],
      'onbekende optie --grootte',
    ],
  ])('refuses %j with exit 2 and a Dutch message', async (args, message) => {
    const { io, out, err } = fakeIo();
    expect(await main(args, io)).toBe(2);
    expect(err()).toContain(message);
    expect(out()).toBe('');
  });

  it('generates the regio set and prints only the manifest as JSON on stdout, progress on stderr', async () => {
    const { io, out, err } = fakeIo();
    const uit = join(dir, 'regio');
    expect(
      await main(
        ['demo', 'genereer', '--schaal', 'regio', '--seed', '3', '--uit', uit, '--json'],
        io,
      ),
    ).toBe(0);
    const manifest = JSON.parse(out()) as { vandaag: string; bestanden: { bestand: string }[] };
    expect(manifest.vandaag).toBe('2025-02-03');
    for (const f of manifest.bestanden) expect(existsSync(join(uit, f.bestand))).toBe(true);
    expect(err()).toContain('Demodata maken: gemeente 1/11 (Hillegom)');
  });
});
