// SPDX-License-Identifier: EUPL-1.2
import type { Database } from '../../../db/connect.ts';
import { DomainFailure } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { enqueueMessage } from '../../outbox/index.ts';
import { localDate } from '../appointment.ts';
import { linkUrl, newLinkToken } from '../link-token.ts';
import { invitationMessages } from '../messages.ts';
import { findCaseInScope, type Scope } from '../queries/case-access.ts';
import { addCaseEvent, type Door } from './case-records.ts';

export interface PlanAppointmentInput {
  caseId: number;
  /** ISO instant with offset, e.g. `2025-03-10T09:30:00+01:00`. */
  tijdstip: string;
  duurMinuten: number;
  locatie: string;
  /** Default: the case owner. */
  consulentId?: number | null | undefined;
  contact: { email?: string | undefined; telefoon?: string | undefined };
  door: Door;
}

export interface PlanOptions {
  now: Date;
  /** Base of the confirm/cancel link (AANWEZIG_PUBLIEKE_URL). */
  publiekeUrl: string;
  /** Gemeente scope of the actor; null = the whole region. */
  scope?: Scope;
}

/**
 * Plans an appointment in one transaction: the row (with only the SHA-256 of the link token), a
 * case event `afspraak_gepland` (holding the contact details the reminder will use), the invitation
 * in the outbox per contact channel, and an audit entry. Returns the id and the link, which the
 * officer may also pass on by phone or letter.
 */
export async function planAppointment(
  database: Database,
  input: PlanAppointmentInput,
  options: PlanOptions,
): Promise<{ id: number; link: string; berichten: number }> {
  if (Date.parse(input.tijdstip) <= options.now.getTime()) {
    throw new DomainFailure({
      code: 'appointments.in_past',
      kind: 'invalid',
      message: 'Het tijdstip van de afspraak ligt in het verleden.',
      details: { fields: [{ path: 'tijdstip', message: 'kies een moment in de toekomst' }] },
    });
  }
  const { token, hash } = newLinkToken();
  const link = linkUrl(options.publiekeUrl, token);
  return database.transaction(async (tx) => {
    const kase = await findCaseInScope(tx, input.caseId, options.scope ?? null);
    if (kase.gesloten) {
      throw new DomainFailure({
        code: 'appointments.case_closed',
        kind: 'conflict',
        message: 'Dit dossier is gesloten; er kan geen afspraak meer worden gepland.',
      });
    }
    const consulentId = input.consulentId ?? kase.toegewezenAan;
    if (consulentId !== null) await assertActiveUser(tx, consulentId);
    const rows = await tx.query<{ id: number }>(
      `insert into appointments (case_id, tijdstip, duur_minuten, locatie, consulent_id, status, link_token_hash, created_at)
       values ($1, $2, $3, $4, $5, 'gepland', $6, $7) returning id`,
      [
        kase.id,
        input.tijdstip,
        input.duurMinuten,
        input.locatie,
        consulentId,
        hash,
        options.now.toISOString(),
      ],
    );
    const id = rows[0]!.id;
    const tijdstip = new Date(input.tijdstip).toISOString();
    const afspraak = {
      tijdstip,
      duurMinuten: input.duurMinuten,
      locatie: input.locatie,
      contact: input.contact,
    };
    const messages = invitationMessages(afspraak, link);
    for (const message of messages) await enqueueMessage(tx, { ...message, caseId: kase.id });
    await addCaseEvent(tx, {
      caseId: kase.id,
      soort: 'afspraak_gepland',
      datum: localDate(options.now),
      gegevens: {
        afspraakId: id,
        tijdstip,
        locatie: input.locatie,
        consulentId,
        contact: input.contact,
      },
      userId: input.door.id,
    });
    await recordAudit(tx, {
      actor: input.door.gebruikersnaam,
      actie: 'appointments.planned',
      onderwerpSoort: 'case',
      onderwerpId: String(kase.id),
      doel: 'casework',
      details: { afspraakId: id, kanalen: messages.map((m) => m.kanaal) },
    });
    return { id, link, berichten: messages.length };
  });
}

async function assertActiveUser(tx: Parameters<typeof findCaseInScope>[0], userId: number) {
  const rows = await tx.query('select 1 from users where id = $1 and actief', [userId]);
  if (rows.length === 0) {
    throw new DomainFailure({
      code: 'appointments.unknown_consultant',
      kind: 'invalid',
      message: 'De gekozen consulent bestaat niet of is niet actief.',
      details: { fields: [{ path: 'consulentId', message: 'onbekende consulent' }] },
    });
  }
}
