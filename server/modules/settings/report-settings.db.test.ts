// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { computeYear } from '../report/compute.sql.ts';
import { schoolYearSpan } from '../report/indicator.ts';
import { loadReportFixture } from '../report/test-data.sql.ts';
import { createTestDatabase } from '../../test/test-database.ts';
import { listSettings, saveSetting } from './index.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadReportFixture(database);
});
afterAll(async () => database?.close());

const c05 = async (schooljaar: string) => {
  const { indicatoren } = await computeYear(database, schoolYearSpan(schooljaar)!);
  return indicatoren.find((i) => i.id === 'C05')!;
};

const change = (waarde: unknown, geldigVanaf: string) =>
  saveSetting(database, {
    sleutel: 'rapport.telEenheid',
    waarde,
    geldigVanaf,
    reden: 'Besluit van het bestuur van 12 maart',
    gewijzigdDoor: 'f.beheer',
  });

describe('report settings saved on the settings page', () => {
  it('lists the report settings with label, help, choices and history', async () => {
    const unit = (await listSettings(database)).find((s) => s.sleutel === 'rapport.telEenheid');
    expect(unit).toMatchObject({
      label: 'Teleenheid van de afdoening',
      soort: 'keuze',
      toegestaan: ['meldingen', 'personen', 'zaken'],
      keuzes: { personen: 'per leerling' },
      historie: [],
    });
    expect('hulp' in unit! && unit.hulp).toContain('C05');
  });

  it('a value from a date is used by the report of the school year whose last day it covers', async () => {
    expect((await c05('2023-2024')).eenheid).toBe('meldingen');
    await change('personen', '2024-03-01');
    const year = await c05('2023-2024');
    expect(year.eenheid).toBe('personen');
    expect(year.definitie).toContain(
      'Telling per leerling (regionale instelling rapport.telEenheid).',
    );
    // The year before ended on 31 July 2023, before the new value: it keeps the default.
    expect((await c05('2022-2023')).eenheid).toBe('meldingen');
  }, 60_000);

  it('keeps history: a later value does not replace the earlier one, a same-day value is refused', async () => {
    await change('zaken', '2024-08-01');
    expect((await c05('2023-2024')).eenheid).toBe('personen');
    expect((await c05('2024-2025')).eenheid).toBe('zaken');
    await expect(change('meldingen', '2024-03-01')).rejects.toMatchObject({
      error: { code: 'settings.date_taken', kind: 'conflict' },
    });
    const unit = (await listSettings(database)).find((s) => s.sleutel === 'rapport.telEenheid')!;
    expect(unit.historie.map((h) => [h.geldigVanaf, h.waarde, h.gewijzigdDoor])).toEqual([
      ['2024-03-01', 'personen', 'f.beheer'],
      ['2024-08-01', 'zaken', 'f.beheer'],
    ]);
  }, 60_000);

  it('refuses a value that is not one of the choices, in Dutch', async () => {
    await expect(change('leerlingen', '2025-01-01')).rejects.toMatchObject({
      error: {
        code: 'settings.invalid',
        message: expect.stringContaining('Teleenheid van de afdoening: kies een van deze waarden'),
      },
    });
    await expect(
      saveSetting(database, {
        sleutel: 'rapport.kleineAantallen',
        waarde: 50,
        geldigVanaf: '2025-01-01',
        reden: 'test',
        gewijzigdDoor: 'f.beheer',
      }),
    ).rejects.toMatchObject({ error: { message: expect.stringContaining('0 tot en met 20') } });
  });

  it('writes an audit entry per change without the free-text reason', async () => {
    const rows = await database.query<{ actor: string; onderwerp_id: string; details: unknown }>(
      `select actor, onderwerp_id, details from audit_events where actie = 'settings.changed' order by id`,
    );
    expect(rows.map((r) => r.onderwerp_id)).toEqual(['rapport.telEenheid', 'rapport.telEenheid']);
    expect(rows[0]!.actor).toBe('f.beheer');
    const details =
      typeof rows[0]!.details === 'string' ? JSON.parse(rows[0]!.details) : rows[0]!.details;
    expect(details).toEqual({ waarde: 'personen', geldigVanaf: '2024-03-01' });
    expect(JSON.stringify(rows)).not.toContain('bestuur');
  });
});
