// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Database } from '../../db/connect.ts';
import { signedIn, type SignedInClient } from '../../test/sign-in.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { makeAppointment, makeCase, makeConsultant, makeTask } from './test-data.sql.ts';

const today = '2026-11-23';

describe(`dashboard API (${testEngine()})`, () => {
  let database: Database;
  let app: FastifyInstance;
  let teamleider: SignedInClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp({ database, today: () => today }, { webDir: '/nonexistent' });
    teamleider = await signedIn(app, database, 'teamleider');
    const anna = await makeConsultant(database, 'Anna Aal');
    const bram = await makeConsultant(database, 'Bram Bos');
    // Closed in the period after 10, 20 and 60 days.
    await makeCase(database, {
      geopendOp: '2026-02-01',
      geslotenOp: '2026-02-11',
      consulent: anna,
    });
    await makeCase(database, {
      geopendOp: '2026-03-01',
      geslotenOp: '2026-03-21',
      consulent: bram,
    });
    const closed = await makeCase(database, {
      geopendOp: '2026-04-01',
      geslotenOp: '2026-05-31',
      consulent: bram,
      gemeente: '0363',
    });
    await makeAppointment(database, closed.caseId, '2026-04-10', 'no_show', false);
    await makeAppointment(database, closed.caseId, '2026-04-20', 'gehouden', true);
    // Open: three for Anna, one for Bram, one without a consultant.
    const late = await makeCase(database, { geopendOp: '2026-10-01', consulent: anna });
    await makeTask(database, late.caseId, '2026-11-20');
    const thisWeek = await makeCase(database, { geopendOp: '2026-11-02', consulent: anna });
    await makeTask(database, thisWeek.caseId, '2026-11-27');
    await makeCase(database, { geopendOp: '2026-11-10', consulent: anna });
    await makeCase(database, { geopendOp: '2026-11-12', consulent: bram, gemeente: '0363' });
    await makeCase(database, { geopendOp: '2026-11-15' });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('gives the teamleider the figures, and the cases behind a number in the same count', async () => {
    const res = await teamleider.inject({
      url: '/api/dashboard?van=2026-01-01&totEnMet=2026-11-30',
    });
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.doorklikken).toBe(true);
    expect(d.totalen).toEqual({ open: 5, geopend: 8, gesloten: 3, meldingen: 8 });
    expect(d.doorlooptijd).toEqual({ mediaanDagen: 20, p90Dagen: 60, gesloten: 3 });
    expect(d.termijnen).toMatchObject({ takenTeLaat: 1, takenDezeWeek: 1 });
    expect(d.noShow).toEqual({ afspraken: 2, noShow: 1, gehouden: 1, percentage: 50 });
    const vo = d.caseload.find((c: { team: string }) => c.team === 'VO');
    expect(vo.balans.gemiddelde).toBe(2);

    const list = await teamleider.inject({
      url: '/api/dashboard/zaken?cijfer=open&van=2026-01-01&totEnMet=2026-11-30',
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().aantal).toBe(5);
    expect(list.json().zaken[0]).toEqual(
      expect.objectContaining({
        soort: 'relatief_verzuim',
        consulent: 'Anna Aal',
        gemeente: '0546',
      }),
    );
    expect(Object.keys(list.json().zaken[0])).not.toContain('naam');
    const closedList = await teamleider.inject({
      url: '/api/dashboard/zaken?cijfer=gesloten&van=2026-01-01&totEnMet=2026-11-30',
    });
    expect(closedList.json().zaken.map((z: { dagen: number }) => z.dagen)).toEqual([10, 20, 60]);
    const anna = d.groepen.consulent.find((r: { label: string }) => r.label === 'Anna Aal');
    const annaList = await teamleider.inject({
      url: `/api/dashboard/zaken?cijfer=open&dimensie=consulent&waarde=${anna.waarde}&van=2026-01-01&totEnMet=2026-11-30`,
    });
    expect(annaList.json().aantal).toBe(anna.open);
    expect(anna.open).toBe(3);
    const [audit] = await database.query<{ details: unknown }>(
      `select details from audit_events where actie = 'dashboard.cases_listed' order by id limit 1`,
    );
    expect(audit!.details).toEqual({ cijfer: 'open', aantal: 5 });
  });

  it('keeps a teamleider scoped to one gemeente to its cases, in figures and lists', async () => {
    const scoped = await signedIn(app, database, 'teamleider', { gemeenten: ['0363'] });
    const d = (
      await scoped.inject({ url: '/api/dashboard?van=2026-01-01&totEnMet=2026-11-30' })
    ).json();
    expect(d.totalen).toMatchObject({ open: 1, gesloten: 1 });
    const list = await scoped.inject({
      url: '/api/dashboard/zaken?cijfer=gesloten&van=2026-01-01',
    });
    expect(list.json().zaken.map((z: { gemeente: string }) => z.gemeente)).toEqual(['0363']);
  });

  it('shows aggregates only to the beleidsmedewerker: no links, no case lists', async () => {
    const beleid = await signedIn(app, database, 'beleidsmedewerker');
    const d = await beleid.inject({ url: '/api/dashboard' });
    expect(d.statusCode).toBe(200);
    expect(d.json().doorklikken).toBe(false);
    expect((await beleid.inject({ url: '/api/dashboard/zaken?cijfer=open' })).statusCode).toBe(403);
    const consulent = await signedIn(app, database, 'leerplichtconsulent');
    expect((await consulent.inject({ url: '/api/dashboard' })).statusCode).toBe(403);
  });

  it('refuses a period that ends before it starts', async () => {
    const res = await teamleider.inject({
      url: '/api/dashboard?van=2026-05-01&totEnMet=2026-04-01',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('dashboard.invalid_period');
    const impossible = await teamleider.inject({ url: '/api/dashboard?van=2026-02-31' });
    expect(impossible.statusCode).toBe(422);
  });
});
