// SPDX-License-Identifier: EUPL-1.2
/** The steps after a meeting request (W11): legal check, decision, attendance with minutes. */
import type { Queryable } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { adviseAttendance } from './attendance.ts';
import type { Attendance, LegalCheck } from '../../../shared/office-kinds.ts';
import { findMeeting, ringsOn, type Meeting } from './meetings.sql.ts';

const mustExist = (meeting: Meeting | undefined): Meeting => {
  if (!meeting) {
    throw new DomainFailure({
      code: 'office.meeting_not_found',
      kind: 'not_found',
      message: 'Dit overleg bestaat niet.',
    });
  }
  return meeting;
};

/**
 * The privacy officer records the legal check (R70); the advice is recomputed with it under
 * today's mode, so "niet toegestaan" turns any advice into a decline.
 */
export async function confirmLegalCheck(
  db: Queryable,
  id: number,
  check: { uitkomst: Exclude<LegalCheck, 'open'>; grondslag: string | null },
  door: string,
  today: string,
): Promise<Meeting> {
  const meeting = mustExist(await findMeeting(db, id));
  const { modus, ringen } = await ringsOn(db, today);
  const advice = adviseAttendance({ ...meeting, juridischeToets: check.uitkomst }, ringen);
  await db.query(
    `update office_meetings set juridische_toets = $2, grondslag = coalesce($3, grondslag),
       toets_door = $4, toets_op = $5, advies = $6, advies_reden = $7, ring = $8, modus = $9
     where id = $1`,
    [
      id,
      check.uitkomst,
      check.grondslag,
      door,
      today,
      advice.advies,
      advice.reden,
      advice.ring,
      modus,
    ],
  );
  return (await findMeeting(db, id))!;
}

/** Staff record how the office takes part (or not), with a reason when it departs from the advice. */
export async function decideMeeting(
  db: Queryable,
  id: number,
  decision: { besluit: Attendance; reden: string | null },
  door: string,
): Promise<Meeting> {
  const meeting = mustExist(await findMeeting(db, id));
  if (decision.besluit !== 'afgewezen' && meeting.juridischeToets !== 'akkoord') {
    throw new DomainFailure({
      code: 'office.legal_check_missing',
      kind: 'conflict',
      message:
        meeting.juridischeToets === 'open'
          ? 'De privacy officer moet eerst de grondslag en de gegevensdeling bevestigen.'
          : 'Deelname is niet toegestaan: er is geen wettelijke grondslag.',
    });
  }
  if (decision.besluit !== meeting.advies && !decision.reden) {
    throw new DomainFailure({
      code: 'office.reason_required',
      kind: 'invalid',
      message: 'Geef een reden als u afwijkt van het advies.',
    });
  }
  await db.query(
    `update office_meetings set besluit = $2, besluit_reden = $3, besluit_door = $4 where id = $1`,
    [id, decision.besluit, decision.reden ?? meeting.adviesReden, door],
  );
  return (await findMeeting(db, id))!;
}

/** After the meeting: who attended, minutes spent and the concrete actions or decisions (W11.6). */
export async function recordAttendance(
  db: Queryable,
  id: number,
  attendance: { deelnemerIds: number[]; minuten: number | null; acties: string | null },
): Promise<Meeting> {
  const meeting = mustExist(await findMeeting(db, id));
  if (!meeting.besluit || meeting.besluit === 'afgewezen') {
    throw new DomainFailure({
      code: 'office.not_attending',
      kind: 'conflict',
      message: 'Leg eerst vast dat het bureau deelneemt.',
    });
  }
  const [known] = await db.query<{ n: number }>(
    'select count(*)::int as n from users where id = any($1::int[])',
    [attendance.deelnemerIds],
  );
  if (known!.n !== new Set(attendance.deelnemerIds).size) {
    throw new DomainFailure({
      code: 'office.unknown_user',
      kind: 'invalid',
      message: 'Een van de deelnemers is geen medewerker.',
    });
  }
  await db.query(
    `update office_meetings set deelgenomen = true, deelnemer_ids = $2, minuten = $3, acties = $4 where id = $1`,
    [id, JSON.stringify(attendance.deelnemerIds), attendance.minuten, attendance.acties],
  );
  return (await findMeeting(db, id))!;
}
