// SPDX-License-Identifier: EUPL-1.2
/** Office work about one person: meetings on their cases, advice questions, transfer reviews, time. */
import type { Queryable } from '../../../db/connect.ts';
import type {
  InzageAdviesvraag,
  InzageBestedeTijd,
  InzageOverleg,
  InzageOverstapgesprek,
} from '../inzage-types.ts';

type Db = Pick<Queryable, 'query'>;

/** Meetings about one of the person's cases; the other attendees are counted, never named. */
export function selectMeetings(db: Db, id: number): Promise<InzageOverleg[]> {
  return db.query<InzageOverleg>(
    `select m.id, m.case_id as "zaakId", m.soort, m.titel, m.datum, m.juridische_toets as "juridischeToets",
       m.besluit, m.deelgenomen, jsonb_array_length(m.deelnemer_ids)::int as "aantalDeelnemers", m.acties
     from office_meetings m join cases c on c.id = m.case_id
     where c.person_id = $1 order by m.datum, m.id`,
    [id],
  );
}

/** Advice questions registered with the person. */
export function selectAdviceQuestions(db: Db, id: number): Promise<InzageAdviesvraag[]> {
  return db.query<InzageAdviesvraag>(
    `select id, datum, van, onderwerp from office_advice_questions where person_id = $1 order by datum, id`,
    [id],
  );
}

/** Overstaptafel reviews (VO → MBO) of the person. */
export function selectTransferReviews(db: Db, id: number): Promise<InzageOverstapgesprek[]> {
  return db.query<InzageOverstapgesprek>(
    `select id, schooljaar, moment, datum, afspraken, resultaat
     from office_transfer_reviews where person_id = $1 order by datum, id`,
    [id],
  );
}

/** Time booked on the person's cases. */
export function selectTimeEntries(db: Db, id: number): Promise<InzageBestedeTijd[]> {
  return db.query<InzageBestedeTijd>(
    `select t.id, t.case_id as "zaakId", t.datum, t.soort, t.minuten, t.notitie
     from office_time_entries t join cases c on c.id = t.case_id
     where c.person_id = $1 order by t.datum, t.id`,
    [id],
  );
}
