// SPDX-License-Identifier: EUPL-1.2
/** The public link page: what the invitee may see, and their confirmation or cancellation. */
import type { Database, Queryable } from '../../../db/connect.ts';
import { DomainFailure } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import {
  applyChoice,
  localDate,
  localParts,
  nextWorkingDay,
  type AfspraakStatus,
  type Keuze,
} from '../appointment.ts';
import { hashLinkToken, looksLikeToken } from '../link-token.ts';
import { dutchMoment } from '../messages.ts';
import { addCaseEvent, addTask } from './case-records.ts';

/** All the link page shows: no name, no case, no reason. */
export interface LinkView {
  datum: string;
  tijd: string;
  duurMinuten: number;
  locatie: string | null;
  status: AfspraakStatus;
}

interface Row {
  id: number;
  case_id: number;
  tijdstip: Date | string;
  duur_minuten: number;
  locatie: string | null;
  status: AfspraakStatus;
  consulent_id: number | null;
  toegewezen_aan: number | null;
}

const notFound = () =>
  new DomainFailure({
    code: 'appointments.link_not_found',
    kind: 'not_found',
    message: 'Deze link is niet (meer) geldig. Neem contact met ons op als u vragen hebt.',
  });

async function findByToken(db: Queryable, token: string, lock: boolean): Promise<Row> {
  if (!looksLikeToken(token)) throw notFound();
  const rows = await db.query<Row>(
    `select a.id, a.case_id, a.tijdstip, a.duur_minuten, a.locatie, a.status, a.consulent_id, c.toegewezen_aan
       from appointments a join cases c on c.id = a.case_id
      where a.link_token_hash = $1
         -- or the token of the QR code on the invitation letter (forms module, form_tokens)
         or a.id = (select t.appointment_id from form_tokens t
                     where t.token_hash = $1 and t.formulier = 'afspraak')${lock ? ' for update of a' : ''}`,
    [hashLinkToken(token)],
  );
  if (!rows[0]) throw notFound();
  return rows[0];
}

const viewOf = (row: Row, status = row.status): LinkView => ({
  ...localParts(new Date(row.tijdstip).toISOString()),
  duurMinuten: row.duur_minuten,
  locatie: row.locatie,
  status,
});

/** Date, time, place and status of the appointment behind `token`; `appointments.link_not_found` otherwise. */
export async function viewByLink(db: Queryable, token: string): Promise<LinkView> {
  return viewOf(await findByToken(db, token, false));
}

/**
 * Applies the invitee's choice. Confirming twice changes nothing; cancelling records a case event
 * and gives the consultant a task to make a new appointment (next working day).
 */
export async function respondViaLink(
  database: Database,
  token: string,
  keuze: Keuze,
  now: Date,
  /** With `ander_moment`: when the invitee can come (free text, for the consultant's task). */
  voorkeur?: string,
): Promise<LinkView> {
  return database.transaction(async (tx) => {
    const row = await findByToken(tx, token, true);
    const tijdstip = new Date(row.tijdstip).toISOString();
    const outcome = applyChoice(row.status, keuze, tijdstip, now);
    if ('code' in outcome) throw new DomainFailure(outcome);
    if (!outcome.gewijzigd) return viewOf(row);
    await tx.query('update appointments set status = $2 where id = $1', [row.id, outcome.status]);
    const today = localDate(now);
    await addCaseEvent(tx, {
      caseId: row.case_id,
      soort: `afspraak_${outcome.status}`,
      datum: today,
      gegevens: { afspraakId: row.id, via: 'link' },
      userId: null,
    });
    if (outcome.status === 'geannuleerd') {
      await addTask(tx, {
        caseId: row.case_id,
        soort: keuze === 'ander_moment' ? 'afspraak_ander_moment' : 'afspraak_afgezegd',
        omschrijving:
          keuze === 'ander_moment'
            ? `Via de link is een ander moment gevraagd voor de afspraak van ${dutchMoment(tijdstip)}${voorkeur ? ` (kan wel: ${voorkeur})` : ''}: maak een nieuwe afspraak.`
            : `De afspraak van ${dutchMoment(tijdstip)} is afgezegd via de link: maak een nieuwe afspraak.`,
        vervaltOp: nextWorkingDay(today),
        toegewezenAan: row.consulent_id ?? row.toegewezen_aan,
      });
    }
    await recordAudit(tx, {
      actor: 'afspraaklink',
      actie:
        keuze === 'bevestigen'
          ? 'appointments.confirmed_by_link'
          : keuze === 'ander_moment'
            ? 'appointments.other_time_by_link'
            : 'appointments.cancelled_by_link',
      onderwerpSoort: 'case',
      onderwerpId: String(row.case_id),
      doel: 'afspraak bevestigen of afzeggen',
      details: { afspraakId: row.id },
    });
    return viewOf(row, outcome.status);
  });
}
