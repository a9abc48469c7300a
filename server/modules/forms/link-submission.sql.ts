// SPDX-License-Identifier: EUPL-1.2
/** Staff link an unmatched submission to a person by hand; it then goes into the work. */
import { mayLinkForm } from './unmatched-scope.ts';
import type { Database } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Actor } from '../auth/roles.ts';
import { isFormulier } from './definitions/index.ts';
import { submissionNotFound } from './errors.ts';
import type { Antwoorden } from './fields.ts';
import { putIntoWork } from './into-work.sql.ts';
import { fileMelding } from './school-report.sql.ts';

/** Links submission `id` to person `personId` and opens its case or melding; returns the case id. */
export async function linkSubmission(
  database: Database,
  id: number,
  personId: number,
  actor: Actor,
  options: { today: string; now: Date },
): Promise<number> {
  const [s] = await database.query<{
    formulier: string;
    referentie: string;
    antwoorden: Antwoorden;
    status: string;
  }>('select formulier, referentie, antwoorden, status from form_submissions where id = $1', [id]);
  if (!s || !isFormulier(s.formulier) || !mayLinkForm(actor, s.formulier)) {
    throw submissionNotFound();
  }
  if (s.status !== 'niet_gekoppeld') {
    throw new DomainFailure({
      code: 'forms.already_linked',
      kind: 'conflict',
      message: 'Deze inzending is al gekoppeld.',
    });
  }
  const [person] = await database.query<{ bsn: string | null; geboortedatum: string }>(
    `select bsn, to_char(geboortedatum, 'YYYY-MM-DD') as geboortedatum from persons where id = $1`,
    [personId],
  );
  if (!person) {
    throw new DomainFailure({
      code: 'forms.person_not_found',
      kind: 'invalid',
      message: 'Deze persoon bestaat niet.',
    });
  }
  const melding =
    s.formulier === 'beginnend-verzuim'
      ? await fileMelding(
          database,
          { ...s.antwoorden, bsn: person.bsn ?? '', geboortedatum: person.geboortedatum },
          s.referentie,
          actor.gebruikersnaam,
          options.today,
        )
      : null;
  return database.transaction(async (tx) => {
    const work =
      melding !== null
        ? { caseId: melding, taskId: null }
        : await putIntoWork(tx, {
            formulier: s.formulier as never,
            personId,
            antwoorden: s.antwoorden,
            referentie: s.referentie,
            actor: actor.gebruikersnaam,
            today: options.today,
          });
    await tx.query(
      `update form_submissions set person_id = $2, case_id = $3, task_id = $4, status = 'gekoppeld',
              gekoppeld_door = $5, gekoppeld_op = $6 where id = $1`,
      [id, personId, work.caseId, work.taskId, actor.id, options.now.toISOString()],
    );
    await recordAudit(tx, {
      actor: actor.gebruikersnaam,
      actie: 'forms.linked',
      onderwerpSoort: 'person',
      onderwerpId: String(personId),
      doel: 'formulier koppelen',
      details: { inzendingId: id, zaakId: work.caseId },
    });
    return work.caseId;
  });
}
