// SPDX-License-Identifier: EUPL-1.2
/** Plain-SQL row builders for the appointment tests. */
import type { Queryable } from '../../db/connect.ts';

let counter = 0;

/** A user with a role (no password); returns the id. */
export async function makeUser(db: Queryable, rol = 'leerplichtconsulent'): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `insert into users (gebruikersnaam, naam, rol) values ($1, $2, $3) returning id`,
    [`afspraak-${rol}-${++counter}`, `Consulent ${counter}`, rol],
  );
  return rows[0]!.id;
}

/** A person with an open case; returns the case id. */
export async function makeCase(
  db: Queryable,
  options: {
    team?: string;
    gemeenteCode?: string;
    toegewezenAan?: number | null;
    gesloten?: boolean;
  } = {},
): Promise<number> {
  const person = await db.query<{ id: number }>(
    `insert into persons (geslachtsnaam, voornamen, geboortedatum) values ($1, 'Test', '2011-05-06') returning id`,
    [`Afspraak${++counter}`],
  );
  const kase = await db.query<{ id: number }>(
    `insert into cases (person_id, soort, status, geopend_op, gesloten_op, toegewezen_aan, team, gemeente_code)
     values ($1, 'relatief_verzuim', 'open', '2025-02-01', $2, $3, $4, $5) returning id`,
    [
      person[0]!.id,
      options.gesloten ? '2025-02-20' : null,
      options.toegewezenAan ?? null,
      options.team ?? null,
      options.gemeenteCode ?? null,
    ],
  );
  return kase[0]!.id;
}
