// SPDX-License-Identifier: EUPL-1.2
/** The inzage sections of the registrations later modules added (see `inzage-types-work.ts`). */
import type { Queryable } from '../../db/connect.ts';
import type { Inzage } from './inzage-types.ts';
import {
  selectContactAttempts,
  selectFirstContacts,
  selectProVsoFollowUps,
  selectTrajectories,
  selectVsvRegistrations,
} from './queries/doorstroompunt.sql.ts';
import { selectFormSubmissions } from './queries/forms.sql.ts';
import { selectMessages } from './queries/messages.sql.ts';
import {
  selectAdviceQuestions,
  selectMeetings,
  selectTimeEntries,
  selectTransferReviews,
} from './queries/office.sql.ts';
import {
  selectExemptionRequests,
  selectLeaveRequests,
  selectObjections,
} from './queries/requests.sql.ts';
import { selectTasks, selectThuiszitPeriods } from './queries/thuiszitters.sql.ts';

/** The sections of `Inzage` this file fills. */
export type InzageWorkSections = Pick<
  Inzage,
  | 'vrijstellingsaanvragen'
  | 'verlofaanvragen'
  | 'bezwaren'
  | 'thuiszitperiodes'
  | 'taken'
  | 'vsvRegistraties'
  | 'contactpogingen'
  | 'eersteContacten'
  | 'trajecten'
  | 'proVsoNazorg'
  | 'formulieren'
  | 'overleggen'
  | 'adviesvragen'
  | 'overstapgesprekken'
  | 'bestedeTijd'
  | 'berichten'
>;

/** Reads every later-module section for person `id`; each is present, possibly empty. */
export async function collectWorkSections(
  db: Pick<Queryable, 'query'>,
  id: number,
): Promise<InzageWorkSections> {
  const [vrijstellingsaanvragen, verlofaanvragen, bezwaren, thuiszitperiodes, taken] =
    await Promise.all([
      selectExemptionRequests(db, id),
      selectLeaveRequests(db, id),
      selectObjections(db, id),
      selectThuiszitPeriods(db, id),
      selectTasks(db, id),
    ]);
  const [vsvRegistraties, contactpogingen, eersteContacten, trajecten, proVsoNazorg] =
    await Promise.all([
      selectVsvRegistrations(db, id),
      selectContactAttempts(db, id),
      selectFirstContacts(db, id),
      selectTrajectories(db, id),
      selectProVsoFollowUps(db, id),
    ]);
  const [formulieren, overleggen, adviesvragen, overstapgesprekken, bestedeTijd, berichten] =
    await Promise.all([
      selectFormSubmissions(db, id),
      selectMeetings(db, id),
      selectAdviceQuestions(db, id),
      selectTransferReviews(db, id),
      selectTimeEntries(db, id),
      selectMessages(db, id),
    ]);
  return {
    vrijstellingsaanvragen,
    verlofaanvragen,
    bezwaren,
    thuiszitperiodes,
    taken,
    vsvRegistraties,
    contactpogingen,
    eersteContacten,
    trajecten,
    proVsoNazorg,
    formulieren,
    overleggen,
    adviesvragen,
    overstapgesprekken,
    bestedeTijd,
    berichten,
  };
}
