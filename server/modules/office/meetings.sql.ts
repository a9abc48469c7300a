// SPDX-License-Identifier: EUPL-1.2
/** Meetings (MDOs): requests with their advice, the legal check, the decision and attendance. */
import type { Queryable } from '../../db/connect.ts';
import { listPolicyModes, modeOn } from '../casework/policy-mode.sql.ts';
import { adviseAttendance, ALL_RINGS, type MeetingRequest } from './attendance.ts';
import type { Attendance, LegalCheck, MeetingType } from '../../../shared/office-kinds.ts';

export interface NewMeeting extends Omit<MeetingRequest, 'juridischeToets'> {
  soort: MeetingType;
  titel: string;
  datum: string;
  caseId: number | null;
  grondslag: string | null;
  gemeenteCode: string | null;
  schoolId: number | null;
}

export interface Meeting extends NewMeeting {
  id: number;
  juridischeToets: LegalCheck;
  toetsDoor: string | null;
  toetsOp: string | null;
  advies: Attendance;
  adviesReden: string;
  ring: number;
  modus: string;
  besluit: Attendance | null;
  besluitReden: string | null;
  besluitDoor: string | null;
  deelnemerIds: number[];
  deelnemers: string[];
  deelgenomen: boolean;
  minuten: number | null;
  acties: string | null;
  aangevraagdDoor: string;
}

const COLUMNS = `m.id, m.soort, m.titel, to_char(m.datum, 'YYYY-MM-DD') as datum, m.categorie,
  m.direct_betrokken as "directBetrokken", m.case_id as "caseId",
  m.concrete_aanleiding as "concreteAanleiding", m.schriftelijk_volstaat as "schriftelijkVolstaat",
  m.grondslag, m.gemeente_code as "gemeenteCode", m.school_id as "schoolId",
  m.juridische_toets as "juridischeToets", m.toets_door as "toetsDoor",
  to_char(m.toets_op, 'YYYY-MM-DD') as "toetsOp", m.advies, m.advies_reden as "adviesReden",
  m.ring, m.modus, m.besluit, m.besluit_reden as "besluitReden", m.besluit_door as "besluitDoor",
  m.deelnemer_ids as "deelnemerIds",
  coalesce((select json_agg(u.naam order by u.naam) from users u
             where m.deelnemer_ids @> to_jsonb(u.id)), '[]'::json) as deelnemers,
  m.deelgenomen, m.minuten, m.acties, m.aangevraagd_door as "aangevraagdDoor"`;

/** The rings and the mode's name in force on a day (no mode: normal, all rings). */
export async function ringsOn(
  db: Queryable,
  day: string,
): Promise<{ modus: string; ringen: readonly number[] }> {
  const mode = modeOn(await listPolicyModes(db), day);
  return mode
    ? { modus: mode.modus, ringen: mode.ringen }
    : { modus: 'normaal', ringen: ALL_RINGS };
}

/** Registers a request to join and answers it from the criteria under today's mode. */
export async function createMeeting(
  db: Queryable,
  meeting: NewMeeting,
  door: { gebruikersnaam: string; id: number | null },
  today: string,
): Promise<Meeting> {
  const { modus, ringen } = await ringsOn(db, today);
  const advice = adviseAttendance({ ...meeting, juridischeToets: 'open' }, ringen);
  const [row] = await db.query<{ id: number }>(
    `insert into office_meetings (soort, titel, datum, categorie, direct_betrokken, case_id,
       concrete_aanleiding, schriftelijk_volstaat, grondslag, gemeente_code, school_id,
       advies, advies_reden, ring, modus, aangevraagd_door, user_id)
     values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17) returning id`,
    [
      meeting.soort,
      meeting.titel,
      meeting.datum,
      meeting.categorie,
      meeting.directBetrokken,
      meeting.caseId,
      meeting.concreteAanleiding,
      meeting.schriftelijkVolstaat,
      meeting.grondslag,
      meeting.gemeenteCode,
      meeting.schoolId,
      advice.advies,
      advice.reden,
      advice.ring,
      modus,
      door.gebruikersnaam,
      door.id,
    ],
  );
  return (await findMeeting(db, row!.id))!;
}

/** One meeting, or undefined. */
export async function findMeeting(db: Queryable, id: number): Promise<Meeting | undefined> {
  const [row] = await db.query<Meeting>(
    `select ${COLUMNS} from office_meetings m where m.id = $1`,
    [id],
  );
  return row;
}

/** Meetings in a period; open requests (no decision) first, then by date. */
export async function listMeetings(db: Queryable, span: { van: string; totEnMet: string }) {
  return db.query<Meeting>(
    `select ${COLUMNS} from office_meetings m where m.datum between $1 and $2
      order by (m.besluit is null) desc, m.datum, m.id`,
    [span.van, span.totEnMet],
  );
}

/** Requests declined (by decision, or advised against and not yet decided otherwise). */
export async function listDeclined(db: Queryable, span: { van: string; totEnMet: string }) {
  return db.query<Meeting>(
    `select ${COLUMNS} from office_meetings m
      where m.datum between $1 and $2 and coalesce(m.besluit, m.advies) = 'afgewezen'
      order by m.datum desc, m.id`,
    [span.van, span.totEnMet],
  );
}
