// SPDX-License-Identifier: EUPL-1.2
/**
 * Puts a matched submission into the work through the owning module: a leave request
 * (`openLeaveRequest`), an exemption request (`openExemptionRequest`) or a Doorstroompunt help
 * request (`openHelpRequest`). Each opens a case of its werkproces with its owner; a task makes
 * sure it shows in a worklist.
 */
import type { Queryable } from '../../db/connect.ts';
import { openHelpRequest } from '../doorstroompunt/open-help-request.sql.ts';
import { openExemptionRequest } from '../exemptions/open-request.sql.ts';
import { openLeaveRequest } from '../leave/open-request.sql.ts';
import { addDays } from '../rules/index.ts';
import type { Formulier } from './definitions/index.ts';
import type { Antwoorden } from './fields.ts';

export interface WorkInput {
  formulier: Formulier;
  personId: number;
  antwoorden: Antwoorden;
  referentie: string;
  actor: string;
  today: string;
}

export interface WorkResult {
  caseId: number;
  taskId: number | null;
}

/** Opens (or joins) the case of the submission's werkproces; returns the case and its newest open task. */
export async function putIntoWork(tx: Queryable, input: WorkInput): Promise<WorkResult> {
  const { caseId } = await openCase(tx, input);
  await tx.query(
    `insert into case_events (case_id, soort, datum, gegevens) values ($1, 'formulier_ontvangen', $2, $3)`,
    [
      caseId,
      input.today,
      JSON.stringify({ formulier: input.formulier, referentie: input.referentie }),
    ],
  );
  if (input.formulier === 'verlof') {
    // The leave module leaves the first step to the worklist; a form from outside gets a task.
    await tx.query(
      `insert into tasks (case_id, soort, omschrijving, vervalt_op, toegewezen_aan)
       select id, 'formulier_beoordelen', $2, $3, toegewezen_aan from cases where id = $1`,
      [
        caseId,
        `Verlofaanvraag via het webformulier (kenmerk ${input.referentie}): beoordelen en de school horen.`,
        addDays(input.today, 5),
      ],
    );
  }
  const [task] = await tx.query<{ id: number }>(
    'select id from tasks where case_id = $1 and gedaan_op is null order by id desc limit 1',
    [caseId],
  );
  return { caseId, taskId: task?.id ?? null };
}

function openCase(tx: Queryable, input: WorkInput): Promise<{ caseId: number }> {
  const a = input.antwoorden;
  switch (input.formulier) {
    case 'verlof':
      return openLeaveRequest(tx, {
        personId: input.personId,
        van: a.van!,
        totEnMet: a.totEnMet!,
        reden: `${a.reden ?? ''} (school: ${a.school ?? 'onbekend'})`,
        bron: 'formulier',
        actor: input.actor,
        today: input.today,
      });
    case 'vrijstelling':
      return openExemptionRequest(tx, {
        personId: input.personId,
        artikel: a.artikel!,
        datumAanvraag: input.today,
        herhalingsverzoek: a.herhalingsverzoek === 'ja',
        ...(a.toelichting ? { toelichting: a.toelichting } : {}),
        bron: 'formulier',
        actor: input.actor,
      });
    case 'hulpvraag':
      return openHelpRequest(tx, {
        personId: input.personId,
        vraag: a.vraag!,
        contact: {
          ...(a.email ? { email: a.email } : {}),
          ...(a.telefoon ? { telefoon: a.telefoon } : {}),
        },
        actor: input.actor,
        today: input.today,
      });
    default:
      throw new Error(`formulier ${input.formulier} opent geen zaak`);
  }
}
