// SPDX-License-Identifier: EUPL-1.2
/** The person record, residence history and family relations for an inzage export. */
import type { Queryable } from '../../../db/connect.ts';
import type { InzagePersoon, InzageRelatie, InzageWoonperiode } from '../inzage-types.ts';

type Db = Pick<Queryable, 'query'>;

const UTC = `'YYYY-MM-DD"T"HH24:MI:SS"Z"'`;

/** The person row with the full BSN, or undefined for an unknown id. */
export async function selectPerson(db: Db, id: number): Promise<InzagePersoon | undefined> {
  const [row] = await db.query<InzagePersoon>(
    `select id, bsn, onderwijsnummer, voornamen, voorvoegsel, geslachtsnaam, geboortedatum, geslacht,
       datum_overlijden as "datumOverlijden", geheimhouding, bron,
       to_char(created_at at time zone 'UTC', ${UTC}) as "aangemaaktOp",
       to_char(updated_at at time zone 'UTC', ${UTC}) as "gewijzigdOp"
     from persons where id = $1`,
    [id],
  );
  return row;
}

/** Every residence period, newest first, with the full address. */
export function selectResidence(db: Db, id: number): Promise<InzageWoonperiode[]> {
  return db.query<InzageWoonperiode>(
    `select p.gemeente_code as "gemeenteCode", g.naam as gemeente, p.straat, p.huisnummer, p.huisletter,
       p.huisnummertoevoeging, p.postcode, p.woonplaats, p.vanaf, p.tot, p.rni, p.peildatum
     from residence_periods p left join gemeenten g on g.code = p.gemeente_code
     where p.person_id = $1 order by p.vanaf desc nulls last, p.id desc`,
    [id],
  );
}

/** Parents (`ouders`) or children (`kinderen`) by name only. */
export function selectRelations(
  db: Db,
  id: number,
  kant: 'ouders' | 'kinderen',
): Promise<InzageRelatie[]> {
  const [self, other] = kant === 'ouders' ? ['child_id', 'parent_id'] : ['parent_id', 'child_id'];
  return db.query<InzageRelatie>(
    `select concat_ws(' ', x.voornamen, x.voorvoegsel, x.geslachtsnaam) as naam, r.rang::int as rang, r.gezag
     from parent_relations r join persons x on x.id = r.${other}
     where r.${self} = $1 order by r.rang, x.geboortedatum, x.id`,
    [id],
  );
}
