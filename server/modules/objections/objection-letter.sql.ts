// SPDX-License-Identifier: EUPL-1.2
/**
 * Makes the objection letters with the letters module: the ontvangstbevestiging of the open
 * objection (with the expected decision date) and the beslissing op bezwaar of the latest
 * decided one (outcome, reasons, beroep term). The particulars go in `{{reden}}`.
 */
import type { Database } from '../../db/connect.ts';
import { DomainFailure } from '../../lib/errors.ts';
import { createLetter, type CreateLetterResult } from '../letters/index.ts';
import { decisionText, receiptText, type Uitkomst } from './letter-text.ts';
import { seedObjectionTemplates } from './letter-templates.sql.ts';
import { caseObjections } from './queries.sql.ts';

export type ObjectionLetter = 'ontvangst' | 'beslissing';

const conflict = (message: string) =>
  new DomainFailure({ code: 'objections.no_objection', kind: 'conflict', message });

/** Makes and stores the objection letter `soort` of case `caseId`. */
export async function makeObjectionLetter(
  database: Database,
  input: { caseId: number; soort: ObjectionLetter; door: string; today: string },
): Promise<CreateLetterResult> {
  const objections = await caseObjections(database, input.caseId);
  let text: { sleutel: string; reden: string };
  if (input.soort === 'ontvangst') {
    const open = objections.find((o) => o.uitkomst === null);
    if (!open) throw conflict('In dit dossier is geen bezwaar in behandeling.');
    text = receiptText(open);
  } else {
    const decided = objections.find((o) => o.uitkomst !== null && o.uitkomst !== 'ingetrokken');
    if (!decided?.beslistOp) throw conflict('Er is nog geen beslissing op bezwaar in dit dossier.');
    text = decisionText(
      { ...decided, uitkomst: decided.uitkomst as Uitkomst, beslistOp: decided.beslistOp },
      input.today,
    );
  }
  await seedObjectionTemplates(database);
  return createLetter(database, {
    caseId: input.caseId,
    door: input.door,
    today: input.today,
    sleutel: text.sleutel,
    extra: { reden: text.reden },
  });
}
