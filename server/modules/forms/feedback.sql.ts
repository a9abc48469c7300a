// SPDX-License-Identifier: EUPL-1.2
/**
 * Feedback after a conversation: staff make a single-use link for a case; the young person or
 * parent answers without signing in. The answer lands in the case with a task for its owner.
 */
import type { Database, Queryable } from '../../db/connect.ts';
import { recordAudit } from '../audit/index.ts';
import { currentDefinition } from './definitions/index.ts';
import { tokenInvalid } from './errors.ts';
import type { Antwoorden } from './fields.ts';
import {
  expiryOf,
  hashFormToken,
  looksLikeFormToken,
  newFormToken,
  newReference,
  tokenUsable,
} from './form-token.ts';
import {
  auditSubmission,
  checkedAnswers,
  insertSubmission,
  type Receipt,
  type SubmitOptions,
} from './submit.sql.ts';

const definition = currentDefinition('feedback');

/** Makes a feedback link token for `caseId`; returns the token (only its hash is stored). */
export async function createFeedbackToken(
  tx: Queryable,
  caseId: number,
  now: Date,
  actor: string,
): Promise<{ token: string; verlooptOp: string }> {
  const { token, hash } = newFormToken();
  const verlooptOp = expiryOf(now);
  await tx.query(
    `insert into form_tokens (token_hash, formulier, case_id, verloopt_op) values ($1, 'feedback', $2, $3)`,
    [hash, caseId, verlooptOp],
  );
  await recordAudit(tx, {
    actor,
    actie: 'forms.feedback_link_created',
    onderwerpSoort: 'case',
    onderwerpId: String(caseId),
    doel: 'feedback na gesprek',
  });
  return { token, verlooptOp };
}

interface TokenRow {
  id: number;
  caseId: number;
  personId: number;
  toegewezenAan: number | null;
  verlooptOp: string;
  gebruiktOp: string | null;
}

async function findToken(
  db: Queryable,
  token: string,
  now: Date,
  lock: boolean,
): Promise<TokenRow> {
  if (!looksLikeFormToken(token)) throw tokenInvalid();
  const [row] = await db.query<TokenRow>(
    `select t.id, t.case_id as "caseId", c.person_id as "personId", c.toegewezen_aan as "toegewezenAan",
            t.verloopt_op::text as "verlooptOp", t.gebruikt_op::text as "gebruiktOp"
       from form_tokens t join cases c on c.id = t.case_id
      where t.token_hash = $1 and t.formulier = 'feedback'${lock ? ' for update of t' : ''}`,
    [hashFormToken(token)],
  );
  if (!row || !tokenUsable(row, now)) throw tokenInvalid();
  return row;
}

/** Whether the link still works (the page says so before anyone fills it in). */
export async function checkFeedbackToken(db: Queryable, token: string, now: Date): Promise<void> {
  await findToken(db, token, now, false);
}

/** Stores the feedback, uses up the token, and gives the case owner a task to read it. */
export async function submitFeedback(
  database: Database,
  token: string,
  antwoorden: Antwoorden,
  options: SubmitOptions,
): Promise<Receipt> {
  const checked = await checkedAnswers(definition, antwoorden, [], options);
  return database.transaction(async (tx) => {
    const row = await findToken(tx, token, options.now, true);
    await tx.query('update form_tokens set gebruikt_op = $2 where id = $1', [
      row.id,
      options.now.toISOString(),
    ]);
    const referentie = newReference(definition.code);
    const [task] = await tx.query<{ id: number }>(
      `insert into tasks (case_id, soort, omschrijving, vervalt_op, toegewezen_aan)
       values ($1, 'feedback_lezen', $2, ($3::date + 5), $4) returning id`,
      [
        row.caseId,
        `Feedback na het gesprek ontvangen (kenmerk ${referentie}): lees het in het dossier.`,
        options.today,
        row.toegewezenAan,
      ],
    );
    const work = { caseId: row.caseId, taskId: task!.id };
    const id = await insertSubmission(tx, {
      definition,
      referentie,
      antwoorden: checked,
      personId: row.personId,
      work,
      door: 'formulier',
      now: options.now,
    });
    await auditSubmission(tx, 'feedbacklink', definition, id, row.personId, work);
    return { referentie, id };
  });
}
