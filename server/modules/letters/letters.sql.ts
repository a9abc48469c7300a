// SPDX-License-Identifier: EUPL-1.2
/** Reading sent letters: the register of a case, and the stored PDFs exactly as they were made. */
import type { Queryable } from '../../db/connect.ts';
import type { Ontvanger } from './addressees.ts';

type Db = Pick<Queryable, 'query'>;

/** A sent letter as listed in a case (no PDF, no merge data). */
export interface LetterSummary {
  id: number;
  caseId: number;
  sleutel: string;
  versie: number;
  titel: string;
  ontvangers: Ontvanger[];
  adresregels: string[];
  redenWeggelaten: boolean;
  door: string;
  gemaaktOp: string;
}

interface SummaryRow extends Omit<LetterSummary, 'ontvangers' | 'adresregels'> {
  geadresseerden: { ontvangers: Ontvanger[]; adresregels: string[] };
}

const SUMMARY = `select l.id, l.case_id as "caseId", t.sleutel, t.versie, t.titel, l.geadresseerden,
    (l.gegevens ? 'reden' and l.gegevens -> 'reden' = 'null'::jsonb) as "redenWeggelaten", l.door,
    to_char(l.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "gemaaktOp"
  from letters l join letter_templates t on t.id = l.template_id`;

const present = ({ geadresseerden, ...row }: SummaryRow): LetterSummary => ({
  ...row,
  ontvangers: geadresseerden.ontvangers,
  adresregels: geadresseerden.adresregels,
});

/** The letters of a case, newest first. */
export async function listLetters(db: Db, caseId: number): Promise<LetterSummary[]> {
  const rows = await db.query<SummaryRow>(`${SUMMARY} where l.case_id = $1 order by l.id desc`, [
    caseId,
  ]);
  return rows.map(present);
}

/** A stored letter's PDF with its case and person (for the scope check), in the order of `ids`. */
export interface StoredPdf {
  id: number;
  caseId: number;
  personId: number;
  pdf: Uint8Array;
}

/** The stored PDFs of `ids`, in that order; ids that do not exist are left out. */
export async function letterPdfs(db: Db, ids: readonly number[]): Promise<StoredPdf[]> {
  const rows = await db.query<StoredPdf>(
    `select l.id, l.case_id as "caseId", c.person_id as "personId", l.pdf
     from letters l join cases c on c.id = l.case_id where l.id = any($1::int[])`,
    [[...ids]],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
