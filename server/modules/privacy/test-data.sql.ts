// SPDX-License-Identifier: EUPL-1.2
/** Plain-SQL builders for the privacy tests: each inserts one row and returns its id. */
import type { Queryable } from '../../db/connect.ts';

type Db = Pick<Queryable, 'query'>;

const one = async (db: Db, text: string, params: unknown[]): Promise<number> => {
  const [row] = await db.query<{ id: number }>(`${text} returning id`, params);
  return row!.id;
};

/** A person born on `geboortedatum`, with an optional BSN and name. */
export const insertPerson = (
  db: Db,
  p: { geboortedatum: string; bsn?: string; geslachtsnaam?: string; voornamen?: string },
) =>
  one(
    db,
    `insert into persons (bsn, geslachtsnaam, voornamen, geboortedatum) values ($1, $2, $3, $4)`,
    [p.bsn ?? null, p.geslachtsnaam ?? 'Test', p.voornamen ?? null, p.geboortedatum],
  );

/** Records `parentId` as ouder `rang` of `childId`. */
export async function insertParent(db: Db, childId: number, parentId: number, rang = 1) {
  await db.query(
    `insert into parent_relations (child_id, parent_id, rang, gezag) values ($1, $2, $3, true)`,
    [childId, parentId, rang],
  );
}

/** A school location. */
export const insertSchool = (db: Db, brin: string, naam: string) =>
  one(db, `insert into schools (brin, naam, sector, gemeente_code) values ($1, $2, 'VO', '0546')`, [
    brin,
    naam,
  ]);

/** A case; open when `geslotenOp` is null. */
export const insertCase = (
  db: Db,
  personId: number,
  c: { geslotenOp?: string | null; blokkade?: boolean; afdoening?: string; geopendOp?: string },
) =>
  one(
    db,
    `insert into cases (person_id, soort, status, geopend_op, gesloten_op, afdoening, juridische_blokkade)
     values ($1, 'leerplicht', $2, $3, $4, $5, $6)`,
    [
      personId,
      c.geslotenOp ? 'gesloten' : 'open',
      c.geopendOp ?? '2020-01-01',
      c.geslotenOp ?? null,
      c.afdoening ?? null,
      c.blokkade ?? false,
    ],
  );

/** An import run started on `gestartOp` with one refused row holding `rij`. */
export async function insertRejection(db: Db, gestartOp: string, rij: Record<string, string>) {
  const runId = await one(
    db,
    `insert into import_runs (soort, bestand, resultaat, rijen, nieuw, gewijzigd, ongewijzigd, afgewezen, door, gestart_op, klaar_op)
     values ('brp', 'brp.csv', 'gedeeltelijk', 1, 0, 0, 0, 1, 'cli', $1, $1)`,
    [`${gestartOp}T10:00:00Z`],
  );
  return one(
    db,
    `insert into import_rejections (import_run_id, regel, kolom, melding, rij) values ($1, 2, 'bsn', 'fout', $2)`,
    [runId, JSON.stringify(rij)],
  );
}
