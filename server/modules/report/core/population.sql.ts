// SPDX-License-Identifier: EUPL-1.2
/**
 * C01 Leerlingpopulatie naar leerplichtstatus (interfaces.md §1.5): persons living in a region
 * gemeente on the peildatum (1 August after the school year), by their status that day from the
 * rules engine — with the startkwalificatie and full school years of their enrolment history, as
 * the absoluut-verzuim signal does. Persons at or above the Doorstroompunt limit count (as
 * `geen_doelgroep`) only when they reached it during the school year.
 */
import type { Queryable } from '../../../db/connect.ts';
import { addDays, addMonths, settingOn, type RuleSettings } from '../../rules/index.ts';
import { leerplichtFromHistory, type Candidate } from '../../signals/absolute-verzuim.ts';
import type { Indicator, SchoolYearSpan } from '../indicator.ts';
import { sumBy } from './count.ts';
import { countedStatus, statusPerBirthdate, twelveYearsStart } from './population-status.ts';
import { livesOnSql } from '../../persons/queries/residence.sql.ts';

/** A region gemeente × status group; `ids` lists the persons to look at one by one (status null). */
interface Group {
  gemeente: string;
  status: string | null;
  aantal: number;
  ids: number[] | null;
}

export async function populationIndicator(
  db: Queryable,
  span: SchoolYearSpan,
  region: readonly string[],
  settings: RuleSettings,
): Promise<Indicator> {
  const grens = settingOn<number>(settings, 'doorstroompunt.leeftijdsgrens', span.peildatum).waarde;
  // Every date of birth up to the peildatum; a resident born on a date not in the list (after
  // the peildatum) is looked at one by one.
  const perDate = statusPerBirthdate(
    addDays(addMonths(span.peildatum, -12 * (grens + 2)), 1),
    span.peildatum,
    span,
    settings,
  );
  const groups = await db.query<Group>(
    `with b as (select * from unnest($4::date[], $5::text[], $6::bool[]) as b(geboortedatum, status, gevoelig)),
     sk as (select distinct person_id from enrolments
             where datum_inschrijving <= $1::date and startkwalificatie_datum <= $1::date),
     early as (select distinct person_id from enrolments where datum_inschrijving <= $7::date),
     residents as (
       -- A hash join over all residence periods: for tens of thousands of residents one pass beats
       -- a per-person look-up; distinct on keeps the latest period when periods overlap.
       select distinct on (x.id) x.id, x.geboortedatum, r.gemeente_code as gemeente
         from persons x join residence_periods r on r.person_id = x.id and ${livesOnSql('r', 'x', '$1::date')}
        where x.geboortedatum > $1::date - make_interval(years => $3::int)
        order by x.id, r.vanaf desc nulls last)
     select p.gemeente, p.status, count(*)::int as aantal,
            array_agg(p.id) filter (where p.status is null) as ids
       from (select x.id, x.gemeente,
                    case when sk.person_id is null and b.geboortedatum is not null
                          and not (b.gevoelig and early.person_id is not null) then b.status end as status
               from residents x left join b on b.geboortedatum = x.geboortedatum
               left join sk on sk.person_id = x.id
               left join early on early.person_id = x.id
              where $2::text[] = '{}' or x.gemeente = any($2::text[])) p
      group by p.gemeente, p.status`,
    [
      span.peildatum,
      region,
      grens + 2,
      [...perDate.keys()],
      // '' = not counted; null (a date not in the list, a startkwalificatie, a history that may
      // hold twelve full school years) = one by one.
      [...perDate.values()].map((b) => b.status ?? ''),
      [...perDate.values()].map((b) => b.gevoelig),
      twelveYearsStart(span.peildatum),
    ],
  );
  const rows = groups.flatMap(({ gemeente, status, aantal }) =>
    status ? [{ gemeente, status, aantal }] : [],
  );
  const oneByOne = groups.filter((g) => g.status === null);
  const history = await enrolmentHistory(
    db,
    span.peildatum,
    oneByOne.flatMap((g) => g.ids ?? []),
  );
  for (const { gemeente, ids } of oneByOne) {
    for (const id of ids ?? []) {
      const person = history.get(id)!;
      const r = leerplichtFromHistory(
        person.geboortedatum,
        person.inschrijvingen,
        span.peildatum,
        settings,
      );
      const status = countedStatus(r, span);
      if (status) rows.push({ gemeente, status, aantal: 1 });
    }
  }
  return {
    id: 'C01',
    titel: 'Leerlingpopulatie naar leerplichtstatus',
    eenheid: 'personen',
    definitie:
      "Inwoners van een regiogemeente op de peildatum (1 augustus na het schooljaar), naar status uit 'regels leerplicht' op die dag, met de startkwalificatie en de volledige schooljaren uit de inschrijvingen; wie de Doorstroompunt-leeftijdsgrens heeft bereikt, telt alleen mee (als geen_doelgroep) als dat in het schooljaar gebeurde.",
    peildatum: span.peildatum,
    dimensies: ['gemeente', 'status'],
    rijen: sumBy(rows),
  };
}

/** The date of birth and the enrolments up to the peildatum of the persons counted one by one. */
async function enrolmentHistory(db: Queryable, peildatum: string, ids: number[]) {
  const persons = await db.query<{ id: number; geboortedatum: string }>(
    `select id, to_char(geboortedatum, 'YYYY-MM-DD') as geboortedatum from persons where id = any($1::int[])`,
    [ids],
  );
  const byPerson = new Map(
    persons.map((p) => [p.id, { ...p, inschrijvingen: [] as Candidate['inschrijvingen'] }]),
  );
  const rows = await db.query<{ personId: number } & Candidate['inschrijvingen'][number]>(
    `select e.person_id as "personId", to_char(e.datum_inschrijving, 'YYYY-MM-DD') as van,
            to_char(e.datum_uitschrijving, 'YYYY-MM-DD') as "totEnMet", '' as school,
            to_char(e.startkwalificatie_datum, 'YYYY-MM-DD') as startkwalificatie
       from enrolments e where e.person_id = any($1::int[]) and e.datum_inschrijving <= $2::date`,
    [ids, peildatum],
  );
  for (const { personId, ...e } of rows) byPerson.get(personId)?.inschrijvingen.push(e);
  return byPerson;
}
