// SPDX-License-Identifier: EUPL-1.2
/** The cases (dossiers) of one person with their events, for an inzage export. */
import type { Queryable } from '../../../db/connect.ts';
import type { InzageZaak, InzageZaakgebeurtenis } from '../inzage-types.ts';

type Db = Pick<Queryable, 'query'>;

/** Every case of the person, newest first, each with its events in order. */
export async function selectCases(db: Db, id: number): Promise<InzageZaak[]> {
  const cases = await db.query<Omit<InzageZaak, 'gebeurtenissen'>>(
    `select c.id, c.soort, c.status, c.geopend_op as "geopendOp", c.gesloten_op as "geslotenOp",
       u.naam as behandelaar, c.afdoening, c.juridische_blokkade as "juridischeBlokkade"
     from cases c left join users u on u.id = c.toegewezen_aan
     where c.person_id = $1 order by c.geopend_op desc, c.id desc`,
    [id],
  );
  const events = await db.query<InzageZaakgebeurtenis & { caseId: number }>(
    `select e.case_id as "caseId", e.soort, e.datum, e.gegevens, u.naam as medewerker
     from case_events e join cases c on c.id = e.case_id left join users u on u.id = e.user_id
     where c.person_id = $1 order by e.datum, e.id`,
    [id],
  );
  return cases.map((c) => ({
    ...c,
    gebeurtenissen: events.filter((e) => e.caseId === c.id).map(({ caseId: _caseId, ...e }) => e),
  }));
}
