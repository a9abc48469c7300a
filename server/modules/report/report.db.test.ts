// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { createTestDatabase } from '../../test/test-database.ts';
import { computeYear } from './compute.sql.ts';
import { schoolYearSpan, type Indicator } from './indicator.ts';
import { buildReport, jaarverslagJson } from './report.sql.ts';
import { publishReport } from './snapshots.sql.ts';
import { loadReportFixture, type ReportFixture } from './test-data.sql.ts';

const span = schoolYearSpan('2023-2024')!;
let database: Database;
let fixture: ReportFixture;

beforeAll(async () => {
  database = await createTestDatabase();
  fixture = await loadReportFixture(database);
});
afterAll(async () => database?.close());

const rowsOf = async (id: string): Promise<Indicator['rijen']> => {
  const { indicatoren } = await computeYear(database, span);
  return indicatoren.find((i) => i.id === id)!.rijen;
};

const saveSetting = (sleutel: string, waarde: unknown) =>
  database.query(
    `insert into settings (sleutel, waarde, geldig_vanaf, reden, gewijzigd_door) values ($1, $2::jsonb, '2023-08-01', 'test', 'test')
     on conflict (sleutel, geldig_vanaf) do update set waarde = excluded.waarde`,
    [sleutel, JSON.stringify(waarde)],
  );

describe('report figures (hand-computed on the fixture)', () => {
  it('C03 counts meldingen of the year by gemeente on the day and verzuimsoort; outside the region and last year drop out', async () => {
    expect(await rowsOf('C03')).toEqual([
      { gemeente: '0546', verzuimsoort: '16_uur', aantal: 2 },
      { gemeente: '0546', verzuimsoort: 'beginnend', aantal: 1 },
      { gemeente: '0546', verzuimsoort: 'luxe', aantal: 1 },
      { gemeente: '0547', verzuimsoort: '16_uur', aantal: 1 },
      { gemeente: '0547', verzuimsoort: '18_plus', aantal: 1 },
    ]);
  });

  it('C04 counts only 18+ meldingen, by sector', async () => {
    expect(await rowsOf('C04')).toEqual([{ gemeente: '0547', sector: 'MBO', aantal: 1 }]);
  });

  it('C05 gives every melding one afdoening, an empty one counting as nog in behandeling', async () => {
    expect(await rowsOf('C05')).toEqual([
      { gemeente: '0546', afdoening: 'afspraken_gemaakt', sector: 'VO', aantal: 1 },
      { gemeente: '0546', afdoening: 'kennisgeving', sector: 'VO', aantal: 1 },
      { gemeente: '0546', afdoening: 'nog_in_behandeling', sector: 'VO', aantal: 1 },
      { gemeente: '0546', afdoening: 'waarschuwing_gegeven', sector: 'VO', aantal: 1 },
      { gemeente: '0547', afdoening: 'geen_actie_school', sector: 'MBO', aantal: 1 },
      { gemeente: '0547', afdoening: 'halt', sector: 'VO', aantal: 1 },
    ]);
  });

  it('C05 in the unit personen counts a person once per afdoening', async () => {
    await database.query(
      `update absence_reports set afdoening = 'waarschuwing_gegeven' where meldingnummer = 'M2'`,
    );
    await saveSetting('rapport.telEenheid', 'personen');
    try {
      const c05 = await rowsOf('C05');
      expect(c05.find((r) => r.afdoening === 'waarschuwing_gegeven')).toEqual({
        gemeente: '0546',
        afdoening: 'waarschuwing_gegeven',
        sector: 'VO',
        aantal: 1,
      });
    } finally {
      await database.query(
        `update absence_reports set afdoening = null where meldingnummer = 'M2'`,
      );
      await database.query(`delete from settings where sleutel = 'rapport.telEenheid'`);
    }
  });

  it('C06–C08 count interventions on their own date by the gemeente of that day', async () => {
    expect(await rowsOf('C06')).toEqual([{ gemeente: '0546', aantal: 1 }]);
    expect(await rowsOf('C07')).toEqual([{ gemeente: '0547', aantal: 1 }]);
    expect(await rowsOf('C08')).toEqual([
      { gemeente: '0546', afdoening: 'pv_absoluut', aantal: 1 },
      { gemeente: '0546', afdoening: 'pv_luxe', aantal: 1 },
    ]);
  });

  it('the Halt and PV settings change what counts, and the definition says so', async () => {
    await saveSetting('rapport.haltTelling', 'afgerond');
    await saveSetting('rapport.pvTelling', 'naar_om');
    try {
      const { indicatoren } = await computeYear(database, span);
      const c07 = indicatoren.find((i) => i.id === 'C07')!;
      expect(c07.rijen).toEqual([]);
      expect(c07.definitie).toContain('afgeronde Halt-trajecten');
      expect(indicatoren.find((i) => i.id === 'C08')!.rijen).toEqual([
        { gemeente: '0546', afdoening: 'pv_luxe', aantal: 1 },
      ]);
    } finally {
      await database.query(`delete from settings where sleutel like 'rapport.%'`);
    }
  });

  it('C09, C11, C21, C22 count cases', async () => {
    expect(await rowsOf('C09')).toEqual([
      { gemeente: '0546', zaaksoort: 'relatief_verzuim', aantal: 2 },
      { gemeente: '0547', zaaksoort: 'absoluut_verzuim', aantal: 1 },
    ]);
    expect(await rowsOf('C11')).toEqual([
      { gemeente: '0546', afdoening: 'inschrijving_school', aantal: 1 },
      { gemeente: '0547', afdoening: 'nog_in_behandeling', aantal: 1 },
    ]);
    expect(await rowsOf('C21')).toEqual([
      { gemeente: '0546', soort: 'melding_beginnend_verzuim', aantal: 1 },
      { gemeente: '0546', soort: 'preventief_traject', aantal: 1 },
    ]);
    expect(await rowsOf('C22')).toEqual([
      { gemeente: '0546', zaaksoort: 'absoluut_verzuim', aantal: 1 },
      { gemeente: '0546', zaaksoort: 'relatief_verzuim', aantal: 2 },
      { gemeente: '0547', zaaksoort: 'absoluut_verzuim', aantal: 1 },
      { gemeente: '0547', zaaksoort: 'relatief_verzuim', aantal: 1 },
    ]);
  });

  it('C13 counts decided exemptions; C17 shows the imported vsv percentage', async () => {
    expect(await rowsOf('C13')).toEqual([
      { gemeente: '0546', artikel: '3b', besluit: 'afgewezen', herhalingsverzoek: 'ja', aantal: 1 },
      {
        gemeente: '0546',
        artikel: '5a',
        besluit: 'toegekend',
        herhalingsverzoek: 'nee',
        aantal: 1,
      },
    ]);
    expect(await rowsOf('C17')).toEqual([
      { gemeente: '0546', sector: 'totaal', status: 'voorlopig', aantal: 241 },
    ]);
  });

  it('an indicator without data says so instead of 0, and the statutory minimum is always there', async () => {
    const json = await jaarverslagJson(
      database,
      schoolYearSpan('2019-2020')!,
      '2024-09-15T10:00:00Z',
    );
    const ids = json.indicatoren.map((i) => i.id);
    for (const id of ['C02', 'C08', 'C10', 'C12']) expect(ids).toContain(id);
    expect(json.indicatoren.find((i) => i.id === 'C17')!.geenGegevens).toMatch(/geen vsv-cijfers/);
  });

  it('--gemeente keeps only that gemeente', async () => {
    const json = await jaarverslagJson(database, span, '2024-09-15T10:00:00Z', '0547');
    const rows = json.indicatoren.flatMap((i) => i.rijen);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.gemeente === '0547')).toBe(true);
  });
});

describe('checks on consistent data', () => {
  it('pass (or are skipped), and publishing freezes the figures', async () => {
    const report = await buildReport(database, span, '2024-09-15T10:00:00Z');
    const failed = report.controles.filter((c) => c.uitkomst === 'mislukt');
    expect(failed).toEqual([]);
    const snapshot = await publishReport(database, {
      schooljaar: span.schooljaar,
      indicatoren: report.indicatoren,
      controles: report.controles,
      door: 'beleid',
      op: '2024-09-15T10:00:00Z',
    });
    expect(snapshot.versie).toBe(1);
    // A later change: the recomputation is labelled and differs from the frozen figures.
    await database.query(`delete from absence_reports where meldingnummer = 'M8'`);
    const later = await buildReport(database, span, '2024-10-01T10:00:00Z');
    expect(later.herberekend).toBe(true);
    expect(later.afwijkendVanPublicatie).toContain('C03');
    const next = await buildReport(database, schoolYearSpan('2024-2025')!, '2025-09-01T10:00:00Z');
    const last = next.vergelijking.find((y) => y.schooljaar === '2023-2024')!;
    expect(last.bron).toBe('bevroren');
    expect(last.indicatoren.find((i) => i.id === 'C03')!.rijen).toContainEqual({
      gemeente: '0546',
      verzuimsoort: 'beginnend',
      aantal: 1,
    });
    expect(fixture.cases.z6).toBeGreaterThan(0);
  });
});

describe('checks on deliberately inconsistent data', () => {
  it('a Halt referral of an 11-year-old, an unknown afdoening and a wrong vsv percentage fail, and publishing is refused', async () => {
    await database.query(
      `insert into case_events (case_id, soort, datum, gegevens) values ($1, 'halt_verwijzing', '2024-05-10', '{"datum":"2024-05-10"}')`,
      [fixture.cases.z3],
    );
    await database.query(
      `update absence_reports set afdoening = 'iets_anders' where meldingnummer = 'M1'`,
    );
    await database.query(`update vsv_percentages set percentage = 2.5`);
    const report = await buildReport(database, span, '2024-09-15T10:00:00Z');
    const outcome = (id: string) => report.controles.find((c) => c.id === id)!;
    expect(outcome('halt_leeftijd').uitkomst).toBe('mislukt');
    expect(outcome('halt_leeftijd').details).toEqual([
      `zaak ${fixture.cases.z3}: Halt-verwijzing buiten 12–17 jaar`,
    ]);
    expect(outcome('afdoening_volledig').uitkomst).toBe('mislukt');
    expect(outcome('percentages').uitkomst).toBe('mislukt');
    const publish = (overschrijving?: { door: string; reden: string }) =>
      publishReport(database, {
        schooljaar: span.schooljaar,
        indicatoren: report.indicatoren,
        controles: report.controles,
        door: 'beleid',
        op: '2024-09-16T10:00:00Z',
        ...(overschrijving ? { overschrijving } : {}),
      });
    await expect(publish()).rejects.toThrow(/Niet gepubliceerd/);
    const forced = await publish({
      door: 'J. de Vries',
      reden: 'vsv-cijfer van DUO wordt nog gecorrigeerd',
    });
    expect(forced.versie).toBe(2);
    expect(forced.overschrevenDoor).toBe('J. de Vries');
  });
});
