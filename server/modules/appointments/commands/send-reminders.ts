// SPDX-License-Identifier: EUPL-1.2
import type { Database } from '../../../db/connect.ts';
import { recordAudit } from '../../audit/index.ts';
import { enqueueMessage } from '../../outbox/index.ts';
import {
  HERINNERING_UREN_VOORAF,
  localDate,
  reminderDue,
  type AfspraakStatus,
} from '../appointment.ts';
import { reminderMessages, type AppointmentText } from '../messages.ts';
import { addCaseEvent } from './case-records.ts';

interface Candidate {
  id: number;
  case_id: number;
  tijdstip: Date | string;
  duur_minuten: number;
  locatie: string | null;
  status: AfspraakStatus;
  created_at: Date | string;
  contact: AppointmentText['contact'] | null;
}

const iso = (v: Date | string) => new Date(v).toISOString();

/**
 * The reminder job: for every open appointment that starts within 24 hours and has had no reminder,
 * queues a reminder per contact channel of the invitation and sets `herinnering_verstuurd_op`, so it
 * goes out once. Skipped while the invitation is less than 12 hours old. Run it with the outbox job.
 * @returns how many appointments got a reminder.
 */
export async function sendReminders(database: Database, now: Date): Promise<number> {
  const until = new Date(now.getTime() + HERINNERING_UREN_VOORAF * 3_600_000);
  // The contact details are those given when the appointment was planned (its case event).
  const candidates = await database.query<Candidate>(
    `select a.id, a.case_id, a.tijdstip, a.duur_minuten, a.locatie, a.status, a.created_at,
            (select e.gegevens->'contact' from case_events e
              where e.case_id = a.case_id and e.soort = 'afspraak_gepland'
                and (e.gegevens->>'afspraakId')::int = a.id
              order by e.id desc limit 1) as contact
       from appointments a
      where a.status in ('gepland', 'bevestigd') and a.herinnering_verstuurd_op is null
        and a.tijdstip > $1 and a.tijdstip <= $2
      order by a.tijdstip, a.id`,
    [now.toISOString(), until.toISOString()],
  );
  let sent = 0;
  for (const c of candidates) {
    const due = reminderDue(
      {
        status: c.status,
        tijdstip: iso(c.tijdstip),
        aangemaaktOp: iso(c.created_at),
        herinneringVerstuurdOp: null,
      },
      now,
    );
    const messages = reminderMessages(
      {
        tijdstip: iso(c.tijdstip),
        duurMinuten: c.duur_minuten,
        locatie: c.locatie,
        contact: c.contact ?? {},
      },
      now,
    );
    if (!due || messages.length === 0) continue;
    if (await remindOne(database, c, messages, now)) sent++;
  }
  return sent;
}

async function remindOne(
  database: Database,
  c: Candidate,
  messages: ReturnType<typeof reminderMessages>,
  now: Date,
): Promise<boolean> {
  return database.transaction(async (tx) => {
    // Claims the reminder: a second run at the same time finds it already set and sends nothing.
    const claimed = await tx.query(
      `update appointments set herinnering_verstuurd_op = $2
        where id = $1 and herinnering_verstuurd_op is null and status in ('gepland', 'bevestigd') returning id`,
      [c.id, now.toISOString()],
    );
    if (claimed.length === 0) return false;
    for (const message of messages) await enqueueMessage(tx, { ...message, caseId: c.case_id });
    await addCaseEvent(tx, {
      caseId: c.case_id,
      soort: 'afspraak_herinnerd',
      datum: localDate(now),
      gegevens: { afspraakId: c.id, kanalen: messages.map((m) => m.kanaal) },
      userId: null,
    });
    await recordAudit(tx, {
      actor: 'systeem',
      actie: 'appointments.reminder_queued',
      onderwerpSoort: 'case',
      onderwerpId: String(c.case_id),
      doel: 'herinnering voor een afspraak',
      details: { afspraakId: c.id, kanalen: messages.map((m) => m.kanaal) },
    });
    return true;
  });
}
