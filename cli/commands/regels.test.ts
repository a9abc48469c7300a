// SPDX-License-Identifier: EUPL-1.2
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/connect.ts';
import { saveSetting } from '../../server/modules/settings/index.ts';
import type { CliIo } from '../io.ts';
import { main } from '../main.ts';

const dir = mkdtempSync(join(tmpdir(), 'aanwezig-regels-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: { AANWEZIG_DATA_DIR: dir },
    today: () => '2024-08-01',
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('aanwezig regels', () => {
  it('leerplicht --json prints exactly the spec document (peildatum defaults to today)', async () => {
    const f = fakeIo();
    expect(
      await main(['regels', 'leerplicht', '--geboortedatum', '2010-05-14', '--json'], f.io),
    ).toBe(0);
    const doc = JSON.parse(f.out());
    expect(Object.keys(doc).join(',')).toBe(
      'geboortedatum,peildatum,leerplichtigVanaf,volledigeLeerplichtTotEnMet,kwalificatieplichtTotEnMet,doorstroompuntTotEnMet,status,uitleg',
    );
    expect(doc).toMatchObject({
      peildatum: '2024-08-01',
      leerplichtigVanaf: '2015-06-01',
      volledigeLeerplichtTotEnMet: '2026-07-31',
      kwalificatieplichtTotEnMet: '2028-05-13',
      doorstroompuntTotEnMet: '2033-05-13',
      status: 'leerplichtig',
    });
  }, 60_000);

  it('halt --json prints verwijsbaar and redenen; text output is Dutch', async () => {
    const f = fakeIo();
    const args = [
      'regels',
      'halt',
      '--geboortedatum',
      '2009-03-02',
      '--datum',
      '2024-02-01',
      '--verzuimuren',
      '24',
    ];
    expect(await main([...args, '--json'], f.io)).toBe(0);
    expect(JSON.parse(f.out())).toMatchObject({ verwijsbaar: true });
    const t = fakeIo();
    expect(await main([...args, '--eerder-halt'], t.io)).toBe(0);
    expect(t.out()).toContain('Verwijsbaar naar Halt: nee');
  }, 60_000);

  it('reads regional settings from the database', async () => {
    const database = await openDatabase({ dataDir: dir });
    await saveSetting(database, {
      sleutel: 'halt.maxUren',
      waarde: 20,
      geldigVanaf: '2024-01-01',
      reden: 'test',
      gewijzigdDoor: 'beheerder',
    });
    await database.close();
    const f = fakeIo();
    const args = [
      'regels',
      'halt',
      '--geboortedatum',
      '2009-03-02',
      '--datum',
      '2024-02-01',
      '--verzuimuren',
      '24',
      '--json',
    ];
    expect(await main(args, f.io)).toBe(0);
    expect(JSON.parse(f.out()).verwijsbaar).toBe(false);
  }, 60_000);

  it.each([
    [['regels'], 'geef leerplicht of halt op'],
    [['regels', 'leerplicht'], '--geboortedatum is verplicht'],
    [['regels', 'leerplicht', '--geboortedatum', '2023-02-29'], 'geen geldige datum'],
    [
      ['regels', 'halt', '--geboortedatum', '2009-03-02', '--verzuimuren', '3'],
      '--datum is verplicht',
    ],
    [
      [
        'regels',
        'halt',
        '--geboortedatum',
        '2009-03-02',
        '--datum',
        '2024-02-01',
        '--verzuimuren=-3',
      ],
      'geen aantal uren',
    ],
  ])('%j is refused with exit 2: %s', async (args, message) => {
    const f = fakeIo();
    expect(await main(args, f.io)).toBe(2);
    expect(f.err()).toContain(message);
    expect(f.out()).toBe('');
  });
});
