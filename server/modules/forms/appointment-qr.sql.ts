// SPDX-License-Identifier: EUPL-1.2
/**
 * The QR code on an invitation letter (seed 002: QR codes on letters work). The letter is made
 * after planning and only the hash of the e-mailed link is stored, so the letter gets its own
 * token: stored as a hash in `form_tokens` (`afspraak`), answered by the appointment link page,
 * valid until the appointment starts.
 */
import type { Queryable } from '../../db/connect.ts';
import { newFormToken } from './form-token.ts';

/** A new link for the next open appointment of `caseId`, or undefined when there is none. */
export async function invitationLink(
  db: Queryable,
  caseId: number,
  publiekeUrl: string,
): Promise<string | undefined> {
  const [next] = await db.query<{ id: number; tijdstip: string }>(
    `select id, tijdstip::text as tijdstip from appointments
      where case_id = $1 and status in ('gepland', 'bevestigd') and tijdstip > now()
      order by tijdstip limit 1`,
    [caseId],
  );
  if (!next) return undefined;
  const { token, hash } = newFormToken();
  await db.query(
    `insert into form_tokens (token_hash, formulier, case_id, appointment_id, verloopt_op)
     values ($1, 'afspraak', $2, $3, $4)`,
    [hash, caseId, next.id, next.tijdstip],
  );
  return `${publiekeUrl.replace(/\/+$/, '')}/afspraak/${token}`;
}
