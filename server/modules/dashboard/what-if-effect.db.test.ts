// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { schoolYearStarting } from '../rules/index.ts';
import { measureEffects } from './effect.sql.ts';
import { MIN_GROEP } from './effect.ts';
import { makeAppointment, makeCase, makeConsultant } from './test-data.sql.ts';
import { runWhatIf } from './what-if.sql.ts';

const today = '2026-11-23';

describe(`what-if and effect measurement (${testEngine()})`, () => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    // School year 2024-2025.
    await makeCase(database, {
      geopendOp: '2024-09-10',
      meldingen: [{ gemeldOp: '2024-09-10' }, { gemeldOp: '2024-09-20' }],
    });
    await makeCase(database, {
      geopendOp: '2024-10-01',
      meldingen: [{ gemeldOp: '2024-10-01', reden: 'Zorgen over de thuissituatie' }],
    });
    await makeCase(database, {
      geopendOp: '2024-10-05',
      geslotenOp: '2024-10-05',
      meldingen: [{ gemeldOp: '2024-10-05', actieGewenst: false }],
    });
    const d = await makeCase(database, { geopendOp: '2024-09-01', geslotenOp: '2024-09-30' });
    await makeCase(database, { geopendOp: '2024-11-01', personId: d.personId });
    // The year before: not part of the simulation.
    await makeCase(database, { geopendOp: '2023-10-01', geslotenOp: '2023-11-01' });

    // Effect: a kennisgevingsbrief followed by a new melding within 3 months, a conversation without.
    const k = await makeCase(database, {
      geopendOp: '2026-01-10',
      geslotenOp: '2026-01-10',
      afdoening: 'kennisgeving',
    });
    await makeCase(database, { geopendOp: '2026-03-01', personId: k.personId });
    const g = await makeCase(database, { geopendOp: '2026-01-20', geslotenOp: '2026-02-10' });
    await makeAppointment(database, g.caseId, '2026-02-01', 'gehouden', true);
    await makeAppointment(database, g.caseId, '2026-01-25', 'no_show', false);
  });
  afterAll(async () => {
    await database.close();
  });

  const input = { schooljaar: schoolYearStarting(2024), scope: null };

  it('replays a school year through triage: letters instead of invitations, and the hours freed', async () => {
    const r = await runWhatIf(database, input);
    expect(r.schooljaar).toBe('2024-2025');
    expect(r.meldingen).toBe(6);
    expect(r.getrieerd).toBe(5);
    expect(r.briefInPlaatsVanUitnodiging).toBe(2);
    expect(r.uitgesloten).toEqual({ nietEerste: 1, zorgen: 1, urgent: 0, geenActieGewenst: 1 });
    // 2 × (90 − 10) minutes, the office's default estimate.
    expect(r.urenVrij).toBe(2.7);
    expect(r.minuten.bron).toMatch(/schatting van het bureau/);
  });

  it('takes the minutes from the dated regional setting in force at the end of the year', async () => {
    await database.query(
      `insert into settings (sleutel, waarde, geldig_vanaf, reden, gewijzigd_door)
       values ('dashboard.minuten.gesprek', '70', '2025-01-01', 'gemeten', 'test'),
              ('dashboard.minuten.gesprek', '200', '2025-09-01', 'later', 'test')`,
    );
    const r = await runWhatIf(database, input);
    expect(r.minuten.gesprek).toBe(70);
    expect(r.urenVrij).toBe(2);
    const summer = await runWhatIf(database, {
      ...input,
      modusVan: '2024-09-05',
      modusTotEnMet: '2024-09-30',
    });
    expect(summer.briefInPlaatsVanUitnodiging).toBe(1);
  });

  it('uses the measured casework minutes of the time registration once there are enough', async () => {
    const user = await makeConsultant(database, 'Tijd Schrijver');
    const register = (n: number) =>
      database.query(
        `insert into office_time_entries (user_id, datum, minuten, soort)
         select $1, '2025-03-01', 60, 'casus' from generate_series(1, $2::int)`,
        [user, n],
      );
    await register(MIN_GROEP - 1);
    expect((await runWhatIf(database, input)).minuten.gesprek).toBe(70);
    await register(1);
    const r = await runWhatIf(database, input);
    expect(r.minuten.gesprek).toBe(60);
    expect(r.minuten.bron).toMatch(/gemeten.*30 registraties/);
    // 2 × (60 − 10) minutes.
    expect(r.urenVrij).toBe(1.7);
  });

  it('compares new meldingen after a letter and after a conversation, and no-show with reminders', async () => {
    const r = await measureEffects(database, {
      van: '2026-01-01',
      totEnMet: today,
      scope: null,
      today,
    });
    expect(r.uitkomsten).toEqual([
      expect.objectContaining({
        groep: 'kennisgevingsbrief',
        totaal: 1,
        binnen3Maanden: { aantal: 1, metNieuweMelding: 1, percentage: 100, teKlein: true },
      }),
      expect.objectContaining({
        groep: 'gesprek',
        totaal: 1,
        binnen6Maanden: { aantal: 1, metNieuweMelding: 0, percentage: 0, teKlein: true },
      }),
    ]);
    expect(r.herinneringen).toEqual([
      { herinnering: true, afspraken: 1, noShow: 0, percentage: 0, teKlein: true },
      { herinnering: false, afspraken: 1, noShow: 1, percentage: 100, teKlein: true },
    ]);
    const scoped = await measureEffects(database, {
      van: '2026-01-01',
      totEnMet: today,
      scope: ['0363'],
      today,
    });
    expect(scoped.uitkomsten.map((u) => u.totaal)).toEqual([0, 0]);
  });
});
