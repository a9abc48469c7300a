// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { verifyAudit } from '../audit/index.ts';
import { applyRetention } from './apply-retention.sql.ts';
import {
  insertCase,
  insertParent,
  insertPerson,
  insertRejection,
  insertSchool,
} from './test-data.sql.ts';

describe(`applyRetention with a fake today (${testEngine()})`, () => {
  let database: Database;
  const ids: Record<string, number> = {};
  const remaining = async () => {
    const rows = await database.query<{ id: number }>('select id from persons order by id');
    const present = new Set(rows.map((r) => r.id));
    return Object.keys(ids)
      .filter((k) => present.has(ids[k]!))
      .sort();
  };
  const countOf = async (table: string) =>
    (await database.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

  beforeAll(async () => {
    database = await createTestDatabase();
    ids.oud = await insertPerson(database, { geboortedatum: '2000-01-01' });
    ids.jong = await insertPerson(database, { geboortedatum: '2010-01-01' });
    ids.blokkade = await insertPerson(database, { geboortedatum: '1995-01-01' });
    ids.open = await insertPerson(database, { geboortedatum: '1995-01-01' });
    ids.pv = await insertPerson(database, { geboortedatum: '2000-01-01' });
    ids.ouderVanJong = await insertPerson(database, { geboortedatum: '1980-01-01' });
    ids.ouderVanOud = await insertPerson(database, { geboortedatum: '1975-01-01' });
    await insertParent(database, ids.jong, ids.ouderVanJong);
    await insertParent(database, ids.oud, ids.ouderVanOud);
    await insertCase(database, ids.blokkade, { geslotenOp: '2012-01-01', blokkade: true });
    await insertCase(database, ids.open, { geslotenOp: null });
    await insertCase(database, ids.pv, { geslotenOp: '2026-01-01', afdoening: 'proces_verbaal' });
    const zaak = await insertCase(database, ids.oud, { geslotenOp: '2020-01-01' });
    await database.query(
      `insert into case_events (case_id, soort, datum) values ($1, 'notitie', '2019-06-01')`,
      [zaak],
    );
    const school = await insertSchool(database, '12AB', 'De Kring');
    await database.query(
      `insert into absence_reports (meldingnummer, person_id, school_id, verzuimsoort, verzuim_van, actie_gewenst, gemeld_op)
       values ('M-1', $1, $2, 'relatief', '2015-01-05', true, '2015-01-30')`,
      [ids.oud, school],
    );
    await database.query(
      `insert into residence_periods (person_id, gemeente_code, peildatum) values ($1, '0546', '2020-01-01')`,
      [ids.oud],
    );
    await insertRejection(database, '2030-01-01', { bsn: '111222333' });
    await insertRejection(database, '2030-05-01', { bsn: '123456782' });
  });
  afterAll(() => database.close());

  it('with droog reports what would go and changes nothing', async () => {
    const result = await applyRetention(database, '2030-06-01', { droog: true });
    expect(result).toMatchObject({
      datum: '2030-06-01',
      droog: true,
      personenBeoordeeld: 7,
      personenVerwijderd: 2,
      verwijderdPerRegel: { doorstroompunt: 1, ouder: 1 },
      bewaardZonderEinddatum: { juridische_blokkade: 1, open_zaak: 1 },
      importAfwijzingenVerwijderd: 1,
      importAfwijzingenVoor: '2030-03-03',
    });
    expect(result.personen.map((p) => p.id)).toEqual([ids.oud, ids.ouderVanOud]);
    expect(await remaining()).toHaveLength(7);
    expect(await countOf('import_rejections')).toBe(2);
  });

  it('deletes persons past their retention with all their data, and old refused rows', async () => {
    const result = await applyRetention(database, '2030-06-01');
    expect(result).toMatchObject({
      droog: false,
      personenVerwijderd: 2,
      importAfwijzingenVerwijderd: 1,
    });
    expect(await remaining()).toEqual(['blokkade', 'jong', 'open', 'ouderVanJong', 'pv']);
    expect(await countOf('cases where person_id = ' + ids.oud)).toBe(0);
    expect(await countOf('case_events')).toBe(0);
    expect(await countOf('absence_reports')).toBe(0);
    expect(await countOf('residence_periods')).toBe(0);
    expect(await countOf('import_rejections')).toBe(1);
  });

  it('keeps the proces-verbaal until five years after closure, then deletes it', async () => {
    expect((await applyRetention(database, '2031-01-01')).personenVerwijderd).toBe(0);
    const later = await applyRetention(database, '2031-01-02');
    expect(later.personen).toEqual([
      { id: ids.pv, regel: 'proces_verbaal', bewarenTot: '2031-01-01' },
    ]);
    expect(await remaining()).toEqual(['blokkade', 'jong', 'open', 'ouderVanJong']);
  });

  it('never deletes a legal hold or open case, and keeps a parent while the child stays', async () => {
    await applyRetention(database, '2060-01-01');
    expect(await remaining()).toEqual(['blokkade', 'open']);
  });

  it('records one audit entry per run with counts only, and the chain stays intact', async () => {
    const entries = await database.query<{
      actor: string;
      actie: string;
      details: Record<string, unknown>;
    }>(`select actor, actie, details from audit_events where actie like 'privacy.%' order by id`);
    expect(entries.map((e) => e.actie)).toEqual([
      'privacy.retention_simulated',
      'privacy.retention_applied',
      'privacy.retention_applied',
      'privacy.retention_applied',
      'privacy.retention_applied',
    ]);
    expect(entries.every((e) => e.actor === 'systeem')).toBe(true);
    expect(entries[1]!.details).toEqual({
      datum: '2030-06-01',
      personenBeoordeeld: 7,
      personenVerwijderd: 2,
      verwijderdPerRegel: { doorstroompunt: 1, ouder: 1 },
      bewaardZonderEinddatum: { juridische_blokkade: 1, open_zaak: 1 },
      importAfwijzingenVerwijderd: 1,
    });
    expect((await verifyAudit(database)).intact).toBe(true);
  });
});
