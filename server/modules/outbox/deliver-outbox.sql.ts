// SPDX-License-Identifier: EUPL-1.2
import type { Database, Queryable } from '../../db/connect.ts';
import { recordAudit } from '../audit/index.ts';
import {
  CLAIM_MINUTEN,
  KANALEN,
  VERLOOPT_NA_UREN,
  failureText,
  nextAttemptAt,
  statusAfterFailure,
  type Kanaal,
} from './message.ts';
import type { OutgoingMessage, Transports } from './transports/transport.ts';

/** What one delivery run did (counts and ids only: safe to log). */
export interface DeliveryResult {
  verzonden: number;
  /** Failed this time, will be tried again later. */
  opnieuw: number;
  /** Failed for the last time ({@link MAX_POGINGEN} attempts). */
  mislukt: number;
  /** Not sent within {@link VERLOOPT_NA_UREN} hours: given up without trying. */
  verlopen: number;
}

interface Claimed extends OutgoingMessage {
  pogingen: number;
}

/**
 * The delivery job: sends every due message (`wachtend`, `verzenden_vanaf` passed) whose channel has
 * a real transport, marks it `verzonden`, or counts a failed attempt and tries again later with a
 * growing pause; the fifth failure marks it `mislukt`. Channels in development mode are left alone.
 * Messages are claimed first (their `verzenden_vanaf` moves {@link CLAIM_MINUTEN} ahead), so two
 * runs never send the same message and a crash mid-run only delays it. A message older than
 * {@link VERLOOPT_NA_UREN} hours is given up unsent. Run it every minute.
 */
export async function deliverOutbox(
  db: Database | Queryable,
  transports: Transports,
  now: Date,
  options: { batch?: number } = {},
): Promise<DeliveryResult> {
  const result: DeliveryResult = { verzonden: 0, opnieuw: 0, mislukt: 0, verlopen: 0 };
  const kanalen = KANALEN.filter((k: Kanaal) => transports[k].modus === 'echt');
  if (kanalen.length === 0) return result;
  result.verlopen = await expireOld(db, kanalen, now);
  const claimed = await claimDue(db, kanalen, now, options.batch ?? 50);
  const ids: number[] = [];
  for (const message of claimed) {
    ids.push(message.id);
    try {
      await transports[message.kanaal].send(message);
      await db.query(
        `update outbox_messages set status = 'verzonden', verzonden_op = $2, fout = null where id = $1`,
        [message.id, now.toISOString()],
      );
      result.verzonden++;
    } catch (error) {
      const pogingen = message.pogingen + 1;
      const status = statusAfterFailure(pogingen);
      await db.query(
        `update outbox_messages set pogingen = $2, status = $3, fout = $4, verzenden_vanaf = $5 where id = $1`,
        [
          message.id,
          pogingen,
          status,
          failureText(error),
          nextAttemptAt(now, pogingen).toISOString(),
        ],
      );
      result[status === 'mislukt' ? 'mislukt' : 'opnieuw']++;
    }
  }
  if (ids.length > 0 || result.verlopen > 0) {
    await recordAudit(db, {
      actor: 'systeem',
      actie: 'outbox.delivered',
      onderwerpSoort: 'outbox_message',
      doel: 'berichten verzenden (uitnodigingen, herinneringen)',
      details: { ...result, berichten: ids },
    });
  }
  return result;
}

async function claimDue(
  db: Queryable,
  kanalen: Kanaal[],
  now: Date,
  batch: number,
): Promise<Claimed[]> {
  const claimUntil = new Date(now.getTime() + CLAIM_MINUTEN * 60_000);
  const rows = await db.query<Claimed>(
    `update outbox_messages set verzenden_vanaf = $3
     where id in (
       select id from outbox_messages
       where status = 'wachtend' and kanaal = any($1::text[])
         and (verzenden_vanaf is null or verzenden_vanaf <= $2)
       order by id
       limit $4
       for update skip locked)
     returning id, kanaal, aan, onderwerp, inhoud, pogingen`,
    [kanalen, now.toISOString(), claimUntil.toISOString(), batch],
  );
  return rows.sort((a, b) => a.id - b.id);
}

async function expireOld(db: Queryable, kanalen: Kanaal[], now: Date): Promise<number> {
  const rows = await db.query(
    `update outbox_messages set status = 'mislukt', fout = $3
      where status = 'wachtend' and kanaal = any($1::text[]) and created_at < $2 returning id`,
    [
      kanalen,
      new Date(now.getTime() - VERLOOPT_NA_UREN * 3_600_000).toISOString(),
      `verlopen: niet binnen ${VERLOOPT_NA_UREN} uur verzonden`,
    ],
  );
  return rows.length;
}
