// SPDX-License-Identifier: EUPL-1.2
/** Messages (e-mail, SMS) sent in one person's cases, for an inzage export. */
import type { Queryable } from '../../../db/connect.ts';
import type { InzageBericht } from '../inzage-types.ts';

type Db = Pick<Queryable, 'query'>;

/**
 * Messages in the person's cases, oldest first. Left out: the address (it may be a parent's) and
 * the text (it holds a working confirm/cancel link; the subject says what the message was).
 */
export function selectMessages(db: Db, id: number): Promise<InzageBericht[]> {
  return db.query<InzageBericht>(
    `select m.id, m.case_id as "zaakId", m.kanaal, m.onderwerp, m.status,
       to_char(m.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "aangemaaktOp",
       to_char(m.verzonden_op at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "verzondenOp"
     from outbox_messages m join cases c on c.id = m.case_id
     where c.person_id = $1 order by m.created_at, m.id`,
    [id],
  );
}
