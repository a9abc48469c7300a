// SPDX-License-Identifier: EUPL-1.2
/** Read queries: the staff worklist of submissions, one submission, and the submissions of a case. */
import type { Queryable } from '../../../db/connect.ts';
import type { Antwoorden } from '../fields.ts';
import { maskedBsn, questionsOf, titleOf, type Vraag } from '../present.ts';

interface Row {
  id: number;
  referentie: string;
  formulier: string;
  versie: number;
  antwoorden: Antwoorden;
  status: string;
  ingediendOp: string;
  caseId: number | null;
}

const COLUMNS = `s.id, s.referentie, s.formulier, s.versie, s.antwoorden, s.status,
  s.ingediend_op::text as "ingediendOp", s.case_id as "caseId"`;

export interface SubmissionListItem {
  id: number;
  referentie: string;
  titel: string;
  versie: number;
  status: string;
  ingediendOp: string;
  zaakId: number | null;
  bsn: string | null;
}

const listItem = (r: Row): SubmissionListItem => ({
  id: r.id,
  referentie: r.referentie,
  titel: titleOf(r.formulier, r.versie),
  versie: r.versie,
  status: r.status,
  ingediendOp: r.ingediendOp,
  zaakId: r.caseId,
  bsn: maskedBsn(r.antwoorden),
});

/**
 * The worklist: unmatched submissions of the forms the actor links (oldest first: they wait
 * longest; `null` = every form), then the latest 50 matched ones within the actor's gemeenten.
 */
export async function listSubmissions(
  db: Queryable,
  scope: readonly string[] | null,
  unmatchedForms: readonly string[] | null,
): Promise<{ nietGekoppeld: SubmissionListItem[]; recent: SubmissionListItem[] }> {
  const open = await db.query<Row>(
    `select ${COLUMNS} from form_submissions s
      where s.status = 'niet_gekoppeld' and ($1::text[] is null or s.formulier = any($1::text[]))
      order by s.ingediend_op, s.id limit 200`,
    [unmatchedForms],
  );
  const recent = await db.query<Row>(
    `select ${COLUMNS} from form_submissions s join cases c on c.id = s.case_id
      where s.status = 'gekoppeld' and ($1::text[] is null or c.gemeente_code = any($1::text[]))
      order by s.ingediend_op desc, s.id desc limit 50`,
    [scope],
  );
  return { nietGekoppeld: open.map(listItem), recent: recent.map(listItem) };
}

export interface SubmissionDetail extends SubmissionListItem {
  vragen: Vraag[];
  bestanden: { id: number; bestandsnaam: string; mediatype: string; grootte: number }[];
}

async function detailOf(db: Queryable, r: Row): Promise<SubmissionDetail> {
  const bestanden = await db.query<SubmissionDetail['bestanden'][number]>(
    `select id, bestandsnaam, mediatype, grootte from form_uploads where submission_id = $1 order by id`,
    [r.id],
  );
  return { ...listItem(r), vragen: questionsOf(r.formulier, r.versie, r.antwoorden), bestanden };
}

/** One unmatched submission of the given forms (`null` = any) with all answers, or undefined. */
export async function unmatchedSubmission(
  db: Queryable,
  id: number,
  forms: readonly string[] | null,
): Promise<SubmissionDetail | undefined> {
  const [row] = await db.query<Row>(
    `select ${COLUMNS} from form_submissions s where s.id = $1 and s.status = 'niet_gekoppeld'
        and ($2::text[] is null or s.formulier = any($2::text[]))`,
    [id, forms],
  );
  return row ? detailOf(db, row) : undefined;
}

/** The submissions that opened or joined case `caseId` (the case page panel), newest first. */
export async function submissionsOfCase(
  db: Queryable,
  caseId: number,
): Promise<SubmissionDetail[]> {
  const rows = await db.query<Row>(
    `select ${COLUMNS} from form_submissions s where s.case_id = $1 order by s.ingediend_op desc, s.id desc`,
    [caseId],
  );
  return Promise.all(rows.map((r) => detailOf(db, r)));
}

/** The stored name of a document of a submission in case `caseId`, or undefined. */
export async function uploadOfCase(
  db: Queryable,
  caseId: number,
  uploadId: number,
): Promise<{ opslagnaam: string; mediatype: string; bestandsnaam: string } | undefined> {
  const [row] = await db.query<{ opslagnaam: string; mediatype: string; bestandsnaam: string }>(
    `select u.opslagnaam, u.mediatype, u.bestandsnaam from form_uploads u
       join form_submissions s on s.id = u.submission_id where u.id = $1 and s.case_id = $2`,
    [uploadId, caseId],
  );
  return row;
}
