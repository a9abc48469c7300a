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
  const letters = await db.query<InzageZaak['brieven'][number] & { caseId: number }>(
    `select l.case_id as "caseId", l.id, t.titel, to_char(l.created_at, 'YYYY-MM-DD') as "gemaaktOp", l.door
     from letters l join letter_templates t on t.id = l.template_id join cases c on c.id = l.case_id
     where c.person_id = $1 order by l.id`,
    [id],
  );
  const appointments = await db.query<InzageZaak['afspraken'][number] & { caseId: number }>(
    `select a.case_id as "caseId", a.id, a.tijdstip::text as tijdstip, a.locatie, a.status
     from appointments a join cases c on c.id = a.case_id where c.person_id = $1 order by a.tijdstip`,
    [id],
  );
  const of = <T extends { caseId: number }>(rows: T[], caseId: number) =>
    rows.filter((r) => r.caseId === caseId).map(({ caseId: _caseId, ...r }) => r);
  return cases.map((c) => ({
    ...c,
    gebeurtenissen: of(events, c.id),
    brieven: of(letters, c.id),
    afspraken: of(appointments, c.id),
  }));
}
