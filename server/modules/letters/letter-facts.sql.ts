// SPDX-License-Identifier: EUPL-1.2
/** Gathers what a letter about a case may print: the young person, parents, addresses on the date, melding, appointment, consultant, consent. */
import type { Queryable } from '../../db/connect.ts';
import { livesOnSql } from '../persons/queries/residence.sql.ts';
import type { IsoDate } from '../rules/index.ts';
import type { ParentFacts, PersonFacts } from './addressees.ts';
import { nextAppointment, type CaseFacts } from './letter-data.ts';

type Db = Pick<Queryable, 'query'>;

interface PersonRow {
  id: number;
  voornamen: string | null;
  voorvoegsel: string | null;
  geslachtsnaam: string;
  geboortedatum: string;
  datum_overlijden: string | null;
  straat: string | null;
  huisnummer: string | null;
  huisletter: string | null;
  huisnummertoevoeging: string | null;
  postcode: string | null;
  woonplaats: string | null;
  has_address: boolean;
}

/** Persons by id with the address where each lives on `today` (the latest period covering it). */
async function personsOn(db: Db, ids: number[], today: IsoDate): Promise<Map<number, PersonFacts>> {
  const rows = await db.query<PersonRow>(
    `select x.id, x.voornamen, x.voorvoegsel, x.geslachtsnaam, x.geboortedatum, x.datum_overlijden,
       p.straat, p.huisnummer, p.huisletter, p.huisnummertoevoeging, p.postcode, p.woonplaats,
       p.id is not null as has_address
     from persons x
     left join lateral (
       select * from residence_periods p
       where p.person_id = x.id and ${livesOnSql('p', 'x', '$2::date')}
       order by p.vanaf desc nulls last, p.id desc limit 1
     ) p on true
     where x.id = any($1::int[])`,
    [ids, today],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        voornamen: r.voornamen,
        voorvoegsel: r.voorvoegsel,
        geslachtsnaam: r.geslachtsnaam,
        geboortedatum: r.geboortedatum,
        datumOverlijden: r.datum_overlijden,
        adres: r.has_address
          ? {
              straat: r.straat,
              huisnummer: r.huisnummer,
              huisletter: r.huisletter,
              huisnummertoevoeging: r.huisnummertoevoeging,
              postcode: r.postcode,
              woonplaats: r.woonplaats,
            }
          : null,
      },
    ]),
  );
}

/** The case's person and gemeente, its consultant (or else the user `door`), or undefined. */
async function caseRow(db: Db, caseId: number, door: string) {
  const [row] = await db.query<{
    person_id: number;
    gemeente: string | null;
    consulent: string | null;
  }>(
    `select c.person_id, g.naam as gemeente,
       coalesce(u.naam, (select d.naam from users d where d.gebruikersnaam = $2)) as consulent
     from cases c
     left join gemeenten g on g.code = c.gemeente_code
     left join users u on u.id = c.toegewezen_aan
     where c.id = $1`,
    [caseId, door],
  );
  return row;
}

async function parentsOf(db: Db, childId: number, today: IsoDate): Promise<ParentFacts[]> {
  const relations = await db.query<{ parent_id: number; rang: number; gezag: boolean | null }>(
    'select parent_id, rang, gezag from parent_relations where child_id = $1 order by rang',
    [childId],
  );
  const people = await personsOn(
    db,
    relations.map((r) => r.parent_id),
    today,
  );
  return relations.flatMap((r) => {
    const person = people.get(r.parent_id);
    return person ? [{ ...person, rang: r.rang, gezag: r.gezag }] : [];
  });
}

/** The latest consent event on or before `today` decides; without one there is no consent. */
async function consent16plus(db: Db, caseId: number, today: IsoDate): Promise<boolean> {
  const [row] = await db.query<{ ja: boolean }>(
    `select coalesce(gegevens -> 'toestemming16plus' = 'true'::jsonb, false) as ja
     from case_events where case_id = $1 and soort = 'toestemming' and datum <= $2::date
     order by datum desc, id desc limit 1`,
    [caseId, today],
  );
  return row?.ja ?? false;
}

async function latestMelding(db: Db, caseId: number): Promise<CaseFacts['melding']> {
  const [row] = await db.query<{ school: string; verzuim_van: string; reden: string | null }>(
    `select s.naam as school, a.verzuim_van, a.vermoedelijke_reden as reden
     from absence_reports a join schools s on s.id = a.school_id
     where a.case_id = $1 order by a.gemeld_op desc, a.id desc limit 1`,
    [caseId],
  );
  return row ? { schoolNaam: row.school, verzuimVan: row.verzuim_van, reden: row.reden } : null;
}

async function plannedAppointments(db: Db, caseId: number) {
  return db.query<{ tijdstip: string; locatie: string | null }>(
    `select to_char(tijdstip at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as tijdstip, locatie
     from appointments where case_id = $1 and status in ('gepland', 'bevestigd') order by tijdstip`,
    [caseId],
  );
}

/** Everything `createLetter` needs about case `caseId` on `today`, or undefined for an unknown case. */
export async function gatherCaseFacts(
  db: Db,
  caseId: number,
  today: IsoDate,
  door: string,
): Promise<(CaseFacts & { plaats: string | null; personId: number }) | undefined> {
  const zaak = await caseRow(db, caseId, door);
  if (!zaak) return undefined;
  const jeugdige = (await personsOn(db, [zaak.person_id], today)).get(zaak.person_id);
  if (!jeugdige) return undefined;
  return {
    zaakId: caseId,
    personId: zaak.person_id,
    plaats: zaak.gemeente,
    jeugdige,
    ouders: await parentsOf(db, zaak.person_id, today),
    toestemming16plus: await consent16plus(db, caseId, today),
    melding: await latestMelding(db, caseId),
    afspraak: nextAppointment(await plannedAppointments(db, caseId), today),
    consulentNaam: zaak.consulent,
  };
}

/** The office's name for the letterhead: the region's name, or a general one until it is set. */
export async function senderName(db: Db): Promise<string> {
  const [row] = await db.query<{ naam: string }>('select naam from regions where id = 1');
  return row?.naam ?? 'Regionaal Bureau Leerplicht';
}
