// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { planAppointment } from './commands/plan-appointment.ts';
import { registerOutcome } from './commands/register-outcome.ts';
import { respondViaLink, viewByLink } from './commands/respond-via-link.ts';
import { sendReminders } from './commands/send-reminders.ts';
import { noShowRates } from './queries/no-show-rates.ts';
import { makeCase, makeUser } from './test-data.sql.ts';

const door = { id: null, gebruikersnaam: 'cli' };
const publiekeUrl = 'https://aanwezig.example.nl';
const t = (iso: string) => new Date(iso);

describe(`appointments (${testEngine()})`, () => {
  let database: Database;
  let owner: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    owner = await makeUser(database);
  });
  afterAll(async () => {
    await database.close();
  });

  const messagesOf = (caseId: number) =>
    database.query<{ kanaal: string; aan: string; onderwerp: string | null; inhoud: string }>(
      'select kanaal, aan, onderwerp, inhoud from outbox_messages where case_id = $1 order by id',
      [caseId],
    );
  const eventsOf = async (caseId: number) =>
    (
      await database.query<{ soort: string }>(
        'select soort from case_events where case_id = $1 order by id',
        [caseId],
      )
    ).map((e) => e.soort);

  it('plans, reminds once, registers a no-show and creates the follow-up task', async () => {
    const caseId = await makeCase(database, { toegewezenAan: owner, team: 'VO-kort' });
    const planned = await planAppointment(
      database,
      {
        caseId,
        tijdstip: '2025-03-14T10:00:00+01:00', // a Friday
        duurMinuten: 45,
        locatie: 'Stadskantoor',
        contact: { email: 'ouder@example.nl', telefoon: '06 12345678' },
        door,
      },
      { now: t('2025-03-03T10:00:00Z'), publiekeUrl },
    );
    expect(planned.link).toMatch(/^https:\/\/aanwezig\.example\.nl\/afspraak\/[A-Za-z0-9_-]{43}$/);
    const token = planned.link.split('/').at(-1)!;
    const [row] = await database.query<{ link_token_hash: string; consulent_id: number }>(
      'select link_token_hash, consulent_id from appointments where id = $1',
      [planned.id],
    );
    expect(row!.link_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.link_token_hash).not.toContain(token);
    expect(row!.consulent_id).toBe(owner);
    const invitations = await messagesOf(caseId);
    expect(invitations.map((m) => [m.kanaal, m.aan])).toEqual([
      ['email', 'ouder@example.nl'],
      ['sms', '+31612345678'],
    ]);
    expect(invitations[0]!.inhoud).toContain(planned.link);
    expect(invitations[0]!.onderwerp).toBe(
      'Uitnodiging voor een gesprek op vrijdag 14 maart 2025 om 10:00',
    );

    // Two days before: nothing; 20 hours before: the reminder, once, however often the job runs.
    expect(await sendReminders(database, t('2025-03-12T09:00:00Z'))).toBe(0);
    expect(await sendReminders(database, t('2025-03-13T13:00:00Z'))).toBe(1);
    expect(await sendReminders(database, t('2025-03-13T14:00:00Z'))).toBe(0);
    const all = await messagesOf(caseId);
    expect(all).toHaveLength(4);
    expect(all[2]!.onderwerp).toBe('Herinnering: uw afspraak morgen om 10:00');

    expect(await viewByLink(database, token)).toEqual({
      datum: '2025-03-14',
      tijd: '10:00',
      duurMinuten: 45,
      locatie: 'Stadskantoor',
      status: 'gepland',
    });
    await respondViaLink(database, token, 'bevestigen', t('2025-03-13T15:00:00Z'));

    await expect(
      registerOutcome(
        database,
        { afspraakId: planned.id, status: 'no_show', door },
        { now: t('2025-03-14T08:00:00Z') },
      ),
    ).rejects.toMatchObject({ error: { code: 'appointments.not_started' } });
    const outcome = await registerOutcome(
      database,
      { afspraakId: planned.id, status: 'no_show', reden: 'niet gekomen, niet afgemeld', door },
      { now: t('2025-03-14T10:00:00Z') },
    );
    const [task] = await database.query<{
      id: number;
      soort: string;
      vervalt_op: string;
      toegewezen_aan: number;
    }>('select id, soort, vervalt_op, toegewezen_aan from tasks where case_id = $1', [caseId]);
    expect(task).toEqual({
      id: outcome.taakId,
      soort: 'no_show_opvolgen',
      vervalt_op: '2025-03-17', // Friday → Monday
      toegewezen_aan: owner,
    });
    expect(await eventsOf(caseId)).toEqual([
      'afspraak_gepland',
      'afspraak_herinnerd',
      'afspraak_bevestigd',
      'afspraak_no_show',
    ]);
    await expect(
      registerOutcome(
        database,
        { afspraakId: planned.id, status: 'gehouden', door },
        { now: t('2025-03-14T11:00:00Z') },
      ),
    ).rejects.toMatchObject({ error: { code: 'appointments.already_closed' } });
    const audit = await database.query<{ actie: string; details: unknown }>(
      `select actie, details from audit_events where actie like 'appointments.%' order by id`,
    );
    expect(audit.map((a) => a.actie)).toEqual([
      'appointments.planned',
      'appointments.reminder_queued',
      'appointments.confirmed_by_link',
      'appointments.outcome_registered',
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/ouder@example|612345678|Stadskantoor/);
  });

  it('cancels through the link: a task for the consultant, no reminder, the link then closed', async () => {
    const caseId = await makeCase(database, { toegewezenAan: owner });
    const { id, link } = await planAppointment(
      database,
      {
        caseId,
        tijdstip: '2025-04-01T07:00:00Z',
        duurMinuten: 30,
        locatie: 'Wijkcentrum',
        contact: { telefoon: '0612345678' },
        door,
      },
      { now: t('2025-03-20T10:00:00Z'), publiekeUrl },
    );
    const token = link.split('/').at(-1)!;
    expect(
      (await respondViaLink(database, token, 'annuleren', t('2025-03-25T10:00:00Z'))).status,
    ).toBe('geannuleerd');
    expect(await sendReminders(database, t('2025-03-31T12:00:00Z'))).toBe(0);
    await expect(
      respondViaLink(database, token, 'bevestigen', t('2025-03-25T11:00:00Z')),
    ).rejects.toMatchObject({
      error: { code: 'appointments.link_closed' },
    });
    const tasks = await database.query<{ soort: string; vervalt_op: string }>(
      'select soort, vervalt_op from tasks where case_id = $1',
      [caseId],
    );
    expect(tasks).toEqual([{ soort: 'afspraak_afgezegd', vervalt_op: '2025-03-26' }]);
    const [row] = await database.query<{ status: string }>(
      'select status from appointments where id = $1',
      [id],
    );
    expect(row!.status).toBe('geannuleerd');
  });

  it('refuses a wrong token, a time in the past, a closed case and an unknown consultant', async () => {
    await expect(viewByLink(database, 'A'.repeat(43))).rejects.toMatchObject({
      error: { code: 'appointments.link_not_found' },
    });
    await expect(viewByLink(database, 'kort')).rejects.toMatchObject({
      error: { kind: 'not_found' },
    });
    const caseId = await makeCase(database);
    const base = { caseId, duurMinuten: 45, locatie: 'X', contact: {}, door };
    const now = t('2025-03-01T10:00:00Z');
    await expect(
      planAppointment(
        database,
        { ...base, tijdstip: '2025-02-01T10:00:00Z' },
        { now, publiekeUrl },
      ),
    ).rejects.toMatchObject({ error: { code: 'appointments.in_past' } });
    await expect(
      planAppointment(
        database,
        { ...base, tijdstip: '2025-03-05T10:00:00Z', consulentId: 999_999 },
        { now, publiekeUrl },
      ),
    ).rejects.toMatchObject({ error: { code: 'appointments.unknown_consultant' } });
    const closed = await makeCase(database, { gesloten: true });
    await expect(
      planAppointment(
        database,
        { ...base, caseId: closed, tijdstip: '2025-03-05T10:00:00Z' },
        { now, publiekeUrl },
      ),
    ).rejects.toMatchObject({ error: { code: 'appointments.case_closed' } });
    await expect(
      planAppointment(
        database,
        { ...base, tijdstip: '2025-03-05T10:00:00Z' },
        { now, publiekeUrl, scope: ['0999'] },
      ),
    ).rejects.toMatchObject({ error: { code: 'cases.not_found' } });
    // Nothing of the refused attempts was kept.
    expect(await database.query('select 1 from appointments where case_id = $1', [caseId])).toEqual(
      [],
    );
  });

  it('counts no-show rates per team and Dutch month', async () => {
    const team = 'PO-rate';
    const plan = async (caseId: number, tijdstip: string) =>
      (
        await planAppointment(
          database,
          { caseId, tijdstip, duurMinuten: 45, locatie: 'X', contact: {}, door },
          { now: t('2025-01-01T00:00:00Z'), publiekeUrl },
        )
      ).id;
    const caseId = await makeCase(database, { team, gemeenteCode: '0546' });
    const outcomes: [string, 'gehouden' | 'no_show'][] = [
      ['2025-05-05T09:00:00Z', 'gehouden'],
      ['2025-05-06T09:00:00Z', 'no_show'],
      ['2025-05-07T09:00:00Z', 'gehouden'],
      ['2025-05-31T22:30:00Z', 'no_show'], // 1 June, 00:30 Dutch time
    ];
    for (const [tijdstip, status] of outcomes) {
      const id = await plan(caseId, tijdstip);
      await registerOutcome(
        database,
        { afspraakId: id, status, door },
        { now: t('2025-07-01T00:00:00Z') },
      );
    }
    await plan(caseId, '2025-05-08T09:00:00Z'); // still planned: not counted
    const rows = (await noShowRates(database, { scope: null })).filter((r) => r.team === team);
    expect(rows).toEqual([
      { team, maand: '2025-05', gehouden: 2, noShow: 1, percentage: 33.3 },
      { team, maand: '2025-06', gehouden: 0, noShow: 1, percentage: 100 },
    ]);
    expect(
      (await noShowRates(database, { scope: ['0363'] })).filter((r) => r.team === team),
    ).toEqual([]);
    expect(
      (await noShowRates(database, { scope: ['0546'], van: '2025-06' })).map((r) => r.maand),
    ).toEqual(['2025-06']);
  });
});
