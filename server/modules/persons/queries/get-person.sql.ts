// SPDX-License-Identifier: EUPL-1.2
import type { Database } from '../../../db/connect.ts';
import { displayName } from './search-persons.sql.ts';

type Row = Record<string, unknown>;

/** Everything the person page shows about one person, or undefined. Addresses are hidden under geheimhouding. */
export async function getPerson(database: Pick<Database, 'query'>, id: number) {
  const [person] = await database.query<{
    id: number;
    bsn: string | null;
    onderwijsnummer: string | null;
    voornamen: string | null;
    voorvoegsel: string | null;
    geslachtsnaam: string;
    geboortedatum: string;
    geslacht: string | null;
    datum_overlijden: string | null;
    geheimhouding: boolean;
    bron: string;
  }>(
    'select id, bsn, onderwijsnummer, voornamen, voorvoegsel, geslachtsnaam, geboortedatum, geslacht, datum_overlijden, geheimhouding, bron from persons where id = $1',
    [id],
  );
  if (!person) return undefined;
  const hide = person.geheimhouding;
  const [woonhistorie, ouders, kinderen, inschrijvingen, vrijstellingen, verzuimmeldingen] =
    await Promise.all([
      database.query<Row>(
        `select p.gemeente_code as "gemeenteCode", g.naam as gemeente, p.vanaf, p.tot, p.rni,
         ${hide ? 'null' : 'p.straat'} as straat, ${hide ? 'null' : "concat_ws('', p.huisnummer, p.huisletter, case when p.huisnummertoevoeging is not null then '-' || p.huisnummertoevoeging end)"} as huisnummer,
         ${hide ? 'null' : 'p.postcode'} as postcode, p.woonplaats
       from residence_periods p left join gemeenten g on g.code = p.gemeente_code where p.person_id = $1
       order by p.vanaf desc nulls last, p.id desc`,
        [id],
      ),
      relatives(database, 'r.child_id = $1', 'r.parent_id', id),
      relatives(database, 'r.parent_id = $1', 'r.child_id', id),
      database.query<Row>(
        `select e.id, s.naam as school, s.brin, s.vestiging, e.sector, e.leerjaar, e.niveau, e.opleiding,
         e.datum_inschrijving as "datumInschrijving", e.datum_uitschrijving as "datumUitschrijving",
         e.reden_uitschrijving as "redenUitschrijving", e.startkwalificatie_datum as "startkwalificatieDatum"
       from enrolments e join schools s on s.id = e.school_id where e.person_id = $1 order by e.datum_inschrijving desc`,
        [id],
      ),
      database.query<Row>(
        `select id, artikel, datum_aanvraag as "datumAanvraag", besluit, datum_besluit as "datumBesluit", geldig_van as "geldigVan",
         geldig_tot as "geldigTot", herhalingsverzoek from exemptions where person_id = $1 order by datum_aanvraag desc`,
        [id],
      ),
      database.query<Row>(
        `select a.id, a.meldingnummer, a.verzuimsoort, a.verzuim_van as "verzuimVan", a.verzuim_tot as "verzuimTot",
         a.verzuim_uren as "verzuimUren", a.gemeld_op as "gemeldOp", a.actie_gewenst as "actieGewenst", s.naam as school
       from absence_reports a join schools s on s.id = a.school_id where a.person_id = $1 order by a.gemeld_op desc, a.id desc`,
        [id],
      ),
    ]);
  return {
    id: person.id,
    naam: displayName(person),
    bsn: person.bsn,
    onderwijsnummer: person.onderwijsnummer,
    geslachtsnaam: person.geslachtsnaam,
    voorvoegsel: person.voorvoegsel,
    voornamen: person.voornamen,
    geboortedatum: person.geboortedatum,
    geslacht: person.geslacht,
    datumOverlijden: person.datum_overlijden,
    geheimhouding: person.geheimhouding,
    bron: person.bron,
    woonhistorie,
    ouders,
    kinderen,
    inschrijvingen,
    vrijstellingen,
    verzuimmeldingen,
  };
}

async function relatives(
  database: Pick<Database, 'query'>,
  where: string,
  other: string,
  id: number,
) {
  const rows = await database.query<{
    id: number;
    voornamen: string | null;
    voorvoegsel: string | null;
    geslachtsnaam: string;
    geboortedatum: string;
    rang: number;
  }>(
    `select x.id, x.voornamen, x.voorvoegsel, x.geslachtsnaam, x.geboortedatum, r.rang
     from parent_relations r join persons x on x.id = ${other} where ${where} order by r.rang, x.geboortedatum`,
    [id],
  );
  return rows.map((r) => ({
    id: r.id,
    naam: displayName(r),
    geboortedatum: r.geboortedatum,
    rang: r.rang,
  }));
}
