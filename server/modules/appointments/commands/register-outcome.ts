// SPDX-License-Identifier: EUPL-1.2
import type { Database } from '../../../db/connect.ts';
import { DomainFailure } from '../../../lib/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { localDate, nextWorkingDay, outcomeRefusal, type Uitkomst } from '../appointment.ts';
import { dutchMoment } from '../messages.ts';
import { findAppointmentInScope, type Scope } from '../queries/case-access.ts';
import { addCaseEvent, addTask, type Door } from './case-records.ts';

export interface OutcomeInput {
  afspraakId: number;
  status: Uitkomst;
  /** Why (a no-show reason, a cancellation reason), for the case and for effect measurement. */
  reden?: string | undefined;
  door: Door;
}

/**
 * Registers how an appointment ended (gehouden, no_show, geannuleerd) with a case event
 * `afspraak_<status>`. A no-show also creates the follow-up task `no_show_opvolgen` for the case
 * owner (else the consultant), due the next working day (seed 003 proposal 3, domain.md W9 9.7).
 */
export async function registerOutcome(
  database: Database,
  input: OutcomeInput,
  options: { now: Date; scope?: Scope },
): Promise<{ status: Uitkomst; taakId: number | null }> {
  return database.transaction(async (tx) => {
    const afspraak = await findAppointmentInScope(tx, input.afspraakId, options.scope ?? null);
    const refusal = outcomeRefusal(afspraak.status, input.status, afspraak.tijdstip, options.now);
    if (refusal) throw new DomainFailure(refusal);
    await tx.query('update appointments set status = $2 where id = $1', [
      afspraak.id,
      input.status,
    ]);
    const today = localDate(options.now);
    await addCaseEvent(tx, {
      caseId: afspraak.caseId,
      soort: `afspraak_${input.status}`,
      datum: today,
      gegevens: { afspraakId: afspraak.id, ...(input.reden ? { reden: input.reden } : {}) },
      userId: input.door.id,
    });
    let taakId: number | null = null;
    if (input.status === 'no_show') {
      taakId = await addTask(tx, {
        caseId: afspraak.caseId,
        soort: 'no_show_opvolgen',
        omschrijving: `No-show bij de afspraak van ${dutchMoment(afspraak.tijdstip)}: bel of stuur een bericht, vraag naar de oorzaak en maak een nieuwe afspraak.`,
        vervaltOp: nextWorkingDay(today),
        toegewezenAan: afspraak.eigenaar ?? afspraak.consulentId,
      });
    }
    await recordAudit(tx, {
      actor: input.door.gebruikersnaam,
      actie: 'appointments.outcome_registered',
      onderwerpSoort: 'case',
      onderwerpId: String(afspraak.caseId),
      doel: 'casework',
      details: { afspraakId: afspraak.id, status: input.status, taakId },
    });
    return { status: input.status, taakId };
  });
}
