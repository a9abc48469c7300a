// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { createTestDatabase, testEngine } from '../../test/test-database.ts';
import { deliverOutbox } from './deliver-outbox.sql.ts';
import { enqueueMessage } from './enqueue-message.sql.ts';
import { TransportError } from './message.ts';
import {
  developmentTransport,
  type OutgoingMessage,
  type Transport,
  type Transports,
} from './transports/transport.ts';

const recording = (fail = false) => {
  const sent: OutgoingMessage[] = [];
  const transport: Transport = {
    modus: 'echt',
    send: async (m) => {
      if (fail) throw new TransportError('sms-dienst weigerde het bericht (HTTP 503)');
      sent.push(m);
    },
  };
  return { sent, transport };
};

const minutesAfter = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000);

describe(`outbox (${testEngine()})`, () => {
  let database: Database;
  const t0 = new Date('2025-03-10T08:00:00Z');
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });
  beforeEach(async () => {
    await database.query('delete from outbox_messages');
  });

  const statusOf = async (id: number) =>
    (
      await database.query<{ status: string; pogingen: number; fout: string | null }>(
        'select status, pogingen, fout from outbox_messages where id = $1',
        [id],
      )
    )[0]!;

  it('sends due messages once, and leaves messages for later until their moment', async () => {
    const now = await enqueueMessage(database, {
      kanaal: 'email',
      aan: 'ouder@example.nl',
      onderwerp: 'Uitnodiging',
      inhoud: 'Tekst',
    });
    const later = await enqueueMessage(database, {
      kanaal: 'sms',
      aan: '06 12345678',
      inhoud: 'Herinnering',
      verzendenVanaf: minutesAfter(t0, 60).toISOString(),
    });
    const email = recording();
    const sms = recording();
    const transports: Transports = { email: email.transport, sms: sms.transport };
    expect(await deliverOutbox(database, transports, t0)).toEqual({
      verzonden: 1,
      opnieuw: 0,
      mislukt: 0,
      verlopen: 0,
    });
    expect(email.sent.map((m) => [m.id, m.aan, m.onderwerp])).toEqual([
      [now, 'ouder@example.nl', 'Uitnodiging'],
    ]);
    expect((await deliverOutbox(database, transports, minutesAfter(t0, 1))).verzonden).toBe(0);
    await deliverOutbox(database, transports, minutesAfter(t0, 61));
    expect(sms.sent.map((m) => [m.id, m.aan])).toEqual([[later, '+31612345678']]);
    expect((await statusOf(later)).status).toBe('verzonden');
  });

  it('retries a failing transport with growing pauses and stops after five attempts', async () => {
    const id = await enqueueMessage(database, {
      kanaal: 'sms',
      aan: '0612345678',
      inhoud: 'Herinnering',
    });
    const failing = recording(true);
    const transports: Transports = { email: developmentTransport, sms: failing.transport };
    let now = t0;
    const results = [];
    for (let i = 0; i < 8; i++) {
      results.push(await deliverOutbox(database, transports, now));
      now = minutesAfter(now, 60);
    }
    expect(results.map((r) => r.opnieuw + r.mislukt)).toEqual([1, 1, 1, 1, 1, 0, 0, 0]);
    expect(results[4]!.mislukt).toBe(1);
    expect(await statusOf(id)).toEqual({
      status: 'mislukt',
      pogingen: 5,
      fout: 'sms-dienst weigerde het bericht (HTTP 503)',
    });
    // A failed attempt waits 2 minutes before the next one: one minute later nothing is tried.
    const second = await enqueueMessage(database, {
      kanaal: 'sms',
      aan: '0612345678',
      inhoud: 'x',
    });
    await deliverOutbox(database, transports, t0);
    await deliverOutbox(database, transports, minutesAfter(t0, 1));
    expect((await statusOf(second)).pogingen).toBe(1);
    await deliverOutbox(database, transports, minutesAfter(t0, 2));
    expect((await statusOf(second)).pogingen).toBe(2);
  });

  it('keeps messages of a channel in development mode, untouched', async () => {
    const id = await enqueueMessage(database, {
      kanaal: 'email',
      aan: 'ouder@example.nl',
      inhoud: 'Tekst',
    });
    const transports: Transports = { email: developmentTransport, sms: developmentTransport };
    expect(await deliverOutbox(database, transports, t0)).toEqual({
      verzonden: 0,
      opnieuw: 0,
      mislukt: 0,
      verlopen: 0,
    });
    expect(await statusOf(id)).toEqual({ status: 'wachtend', pogingen: 0, fout: null });
  });

  it('gives up a message that waited more than 48 hours, once a channel really sends', async () => {
    const old = await enqueueMessage(database, { kanaal: 'sms', aan: '0612345678', inhoud: 'x' });
    await database.query('update outbox_messages set created_at = $2 where id = $1', [
      old,
      '2025-03-08T07:59:00Z',
    ]);
    const fresh = await enqueueMessage(database, { kanaal: 'sms', aan: '0612345678', inhoud: 'y' });
    await database.query('update outbox_messages set created_at = $2 where id = $1', [
      fresh,
      '2025-03-09T08:00:00Z',
    ]);
    const sms = recording();
    const result = await deliverOutbox(
      database,
      { email: developmentTransport, sms: sms.transport },
      t0,
    );
    expect(result).toMatchObject({ verzonden: 1, verlopen: 1 });
    expect(sms.sent.map((m) => m.id)).toEqual([fresh]);
    expect(await statusOf(old)).toEqual({
      status: 'mislukt',
      pogingen: 0,
      fout: 'verlopen: niet binnen 48 uur verzonden',
    });
  });

  it('never sends a message twice when two runs overlap', async () => {
    for (let i = 0; i < 5; i++) {
      await enqueueMessage(database, { kanaal: 'email', aan: `o${i}@example.nl`, inhoud: 'x' });
    }
    const slow = recording();
    const transport: Transport = {
      modus: 'echt',
      send: async (m) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        await slow.transport.send(m);
      },
    };
    const transports: Transports = { email: transport, sms: developmentTransport };
    await Promise.all([
      deliverOutbox(database, transports, t0),
      deliverOutbox(database, transports, t0),
    ]);
    expect(slow.sent.map((m) => m.id).sort()).toEqual(
      [...new Set(slow.sent.map((m) => m.id))].sort(),
    );
    expect(slow.sent).toHaveLength(5);
  });

  it('refuses an address the channel cannot use, and audits runs without addresses', async () => {
    await expect(
      enqueueMessage(database, { kanaal: 'sms', aan: '010-1234567', inhoud: 'x' }),
    ).rejects.toMatchObject({ error: { code: 'outbox.invalid_address' } });
    await enqueueMessage(database, { kanaal: 'email', aan: 'ouder@example.nl', inhoud: 'x' });
    await deliverOutbox(database, { email: recording().transport, sms: developmentTransport }, t0);
    const audit = await database.query<{ details: unknown }>(
      `select details from audit_events where actie = 'outbox.delivered' order by id desc limit 1`,
    );
    expect(audit[0]!.details).toMatchObject({ verzonden: 1 });
    expect(JSON.stringify(audit)).not.toContain('ouder@example.nl');
  });
});
