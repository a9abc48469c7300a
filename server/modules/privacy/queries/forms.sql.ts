// SPDX-License-Identifier: EUPL-1.2
/** Web form submissions about one person, for an inzage export (uploads listed, not their bytes). */
import type { Queryable } from '../../../db/connect.ts';
import type { InzageFormulier } from '../inzage-types.ts';

type Db = Pick<Queryable, 'query'>;

/** Forms filled in by someone else (a parent, the school): their own name and contact stay out. */
const BY_OTHERS = new Set(['verlof', 'vrijstelling', 'beginnend-verzuim']);
const SUBMITTER_FIELD = /naam|email|telefoon/i;

/** The answers that are the person's data: on others' forms without the submitter's name or contact. */
export function ownAnswers(formulier: string, antwoorden: unknown): Record<string, unknown> {
  if (typeof antwoorden !== 'object' || antwoorden === null) return {};
  const entries = Object.entries(antwoorden);
  return Object.fromEntries(
    BY_OTHERS.has(formulier) ? entries.filter(([k]) => !SUBMITTER_FIELD.test(k)) : entries,
  );
}

/** Submissions linked to the person or one of their cases, oldest first, with their uploads. */
export async function selectFormSubmissions(db: Db, id: number): Promise<InzageFormulier[]> {
  const where = `(f.person_id = $1 or f.case_id in (select c.id from cases c where c.person_id = $1))`;
  const rows = await db.query<Omit<InzageFormulier, 'bijlagen'>>(
    `select f.id, f.case_id as "zaakId", f.referentie, f.formulier, f.versie, f.status, f.door,
       to_char(f.ingediend_op at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "ingediendOp",
       to_char(f.gekoppeld_op at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "gekoppeldOp",
       f.antwoorden
     from form_submissions f where ${where} order by f.ingediend_op, f.id`,
    [id],
  );
  const uploads = await db.query<InzageFormulier['bijlagen'][number] & { submissionId: number }>(
    `select u.submission_id as "submissionId", u.id, u.veld, u.bestandsnaam, u.mediatype, u.grootte
     from form_uploads u join form_submissions f on f.id = u.submission_id where ${where} order by u.id`,
    [id],
  );
  return rows.map((r) => ({
    ...r,
    antwoorden: ownAnswers(r.formulier, r.antwoorden),
    bijlagen: uploads.filter((u) => u.submissionId === r.id).map(({ submissionId: _s, ...u }) => u),
  }));
}
