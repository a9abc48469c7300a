// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { isValidAddress, normaliseMobile, type Kanaal } from './message.ts';

/** A message to put in the outbox. */
export interface NewMessage {
  kanaal: Kanaal;
  aan: string;
  onderwerp?: string | undefined;
  inhoud: string;
  caseId?: number | undefined;
  /** Not before this moment (ISO timestamp); default: as soon as the next delivery run. */
  verzendenVanaf?: string | undefined;
}

/**
 * Puts a message in the outbox (status `wachtend`) and returns its id. Pass the open transaction
 * of the change that causes the message, so the message exists only if the change commits.
 * Throws `outbox.invalid_address` (invalid) for an address the channel cannot use.
 */
export async function enqueueMessage(db: Queryable, message: NewMessage): Promise<number> {
  if (!isValidAddress(message.kanaal, message.aan)) {
    throw new DomainFailure({
      code: 'outbox.invalid_address',
      kind: 'invalid',
      message:
        message.kanaal === 'email'
          ? 'Het e-mailadres is ongeldig.'
          : 'Het telefoonnummer is geen Nederlands mobiel nummer (06…).',
      details: { kanaal: message.kanaal },
    });
  }
  const aan = message.kanaal === 'sms' ? normaliseMobile(message.aan)! : message.aan.trim();
  const rows = await db.query<{ id: number }>(
    `insert into outbox_messages (kanaal, aan, onderwerp, inhoud, case_id, verzenden_vanaf)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [
      message.kanaal,
      aan,
      message.onderwerp ?? null,
      message.inhoud,
      message.caseId ?? null,
      message.verzendenVanaf ?? null,
    ],
  );
  return rows[0]!.id;
}
