// SPDX-License-Identifier: EUPL-1.2
/** Plain-SQL builders for the letters tests: each inserts one row and returns its id. */
import type { Queryable } from '../../db/connect.ts';

type Db = Pick<Queryable, 'query'>;

const one = async (db: Db, text: string, params: unknown[]): Promise<number> => {
  const [row] = await db.query<{ id: number }>(`${text} returning id`, params);
  return row!.id;
};

/** A person with names and a date of birth. */
export const insertPerson = (
  db: Db,
  p: { geboortedatum: string; voornamen: string; geslachtsnaam: string; voorvoegsel?: string },
) =>
  one(
    db,
    `insert into persons (geslachtsnaam, voorvoegsel, voornamen, geboortedatum) values ($1, $2, $3, $4)`,
    [p.geslachtsnaam, p.voorvoegsel ?? null, p.voornamen, p.geboortedatum],
  );

/** An address from `vanaf` (open-ended) in Leiden. */
export const insertAddress = (
  db: Db,
  personId: number,
  a: { straat: string; huisnummer: string; vanaf?: string; tot?: string },
) =>
  one(
    db,
    `insert into residence_periods (person_id, gemeente_code, straat, huisnummer, postcode, woonplaats, vanaf, tot, peildatum)
     values ($1, '0546', $2, $3, '2311CS', 'Leiden', $4, $5, '2025-01-01')`,
    [personId, a.straat, a.huisnummer, a.vanaf ?? '2000-01-01', a.tot ?? null],
  );

/** Records `parentId` as ouder `rang` of `childId` with `gezag` (null = not recorded). */
export async function insertParent(
  db: Db,
  childId: number,
  parentId: number,
  rang: number,
  gezag: boolean | null = true,
) {
  await db.query(
    `insert into parent_relations (child_id, parent_id, rang, gezag) values ($1, $2, $3, $4)`,
    [childId, parentId, rang, gezag],
  );
}

/** An open case in gemeente 0546, optionally assigned to a user. */
export const insertCase = (db: Db, personId: number, toegewezenAan: number | null = null) =>
  one(
    db,
    `insert into cases (person_id, soort, status, geopend_op, gemeente_code, toegewezen_aan)
     values ($1, 'relatief_verzuim', 'open', '2026-02-01', '0546', $2)`,
    [personId, toegewezenAan],
  );

let schools = 0;

/** A school and a melding joined to the case. */
export async function insertMelding(
  db: Db,
  personId: number,
  caseId: number,
  m: { nummer: string; school: string; verzuimVan: string; reden?: string },
) {
  const schoolId = await one(
    db,
    `insert into schools (brin, naam, sector, gemeente_code) values ($1, $2, 'VO', '0546')`,
    [`${String(10 + (++schools % 90))}XY`, m.school],
  );
  return one(
    db,
    `insert into absence_reports (meldingnummer, person_id, school_id, verzuimsoort, verzuim_van, vermoedelijke_reden, actie_gewenst, gemeld_op, case_id)
     values ($1, $2, $3, 'relatief', $4, $5, true, $4, $6)`,
    [m.nummer, personId, schoolId, m.verzuimVan, m.reden ?? null, caseId],
  );
}

/** A case event (e.g. `toestemming` with `{ toestemming16plus: true }`). */
export const insertCaseEvent = (
  db: Db,
  caseId: number,
  soort: string,
  datum: string,
  gegevens: unknown,
) =>
  one(db, `insert into case_events (case_id, soort, datum, gegevens) values ($1, $2, $3, $4)`, [
    caseId,
    soort,
    datum,
    JSON.stringify(gegevens),
  ]);

/** A planned appointment at an instant (ISO, UTC). */
export const insertAppointment = (db: Db, caseId: number, tijdstip: string, locatie: string) =>
  one(db, `insert into appointments (case_id, tijdstip, locatie) values ($1, $2, $3)`, [
    caseId,
    tijdstip,
    locatie,
  ]);

/** A parent with gezag and children, all at one Leiden address; returns their ids. */
export async function insertFamily(
  db: Db,
  f: {
    geslachtsnaam: string;
    ouder: { voornamen: string; geboortedatum: string };
    kinderen: { voornamen: string; geboortedatum: string }[];
    adres: { straat: string; huisnummer: string };
  },
): Promise<{ parent: number; children: number[] }> {
  const parent = await insertPerson(db, { ...f.ouder, geslachtsnaam: f.geslachtsnaam });
  await insertAddress(db, parent, f.adres);
  const children: number[] = [];
  for (const kind of f.kinderen) {
    const child = await insertPerson(db, { ...kind, geslachtsnaam: f.geslachtsnaam });
    await insertAddress(db, child, f.adres);
    await insertParent(db, child, parent, 1, true);
    children.push(child);
  }
  return { parent, children };
}
