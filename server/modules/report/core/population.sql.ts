// SPDX-License-Identifier: EUPL-1.2
/**
 * C01 Leerlingpopulatie naar leerplichtstatus (interfaces.md §1.5): persons living in a region
 * gemeente on the peildatum (1 August after the school year), by their status that day from the
 * rules engine — with the startkwalificatie and full school years of their enrolment history, as
 * the absoluut-verzuim signal does. Persons at or above the Doorstroompunt limit count (as
 * `geen_doelgroep`) only when they reached it during the school year.
 */
import type { Queryable } from '../../../db/connect.ts';
import { addDays, settingOn, type RuleSettings } from '../../rules/index.ts';
import { leerplichtFromHistory, type Candidate } from '../../signals/absolute-verzuim.ts';
import type { Indicator, SchoolYearSpan } from '../indicator.ts';
import { countBy } from './count.ts';
import { livesOnSql } from '../../persons/queries/residence.sql.ts';

export async function populationIndicator(
  db: Queryable,
  span: SchoolYearSpan,
  region: readonly string[],
  settings: RuleSettings,
): Promise<Indicator> {
  const grens = settingOn<number>(settings, 'doorstroompunt.leeftijdsgrens', span.peildatum).waarde;
  // A hash join over all residence periods: for tens of thousands of residents one pass beats a
  // per-person look-up; `distinct on` keeps the latest period when periods overlap.
  const residents = await db.query<{ id: number; geboortedatum: string; gemeente: string }>(
    `select * from (
       select distinct on (x.id) x.id, to_char(x.geboortedatum, 'YYYY-MM-DD') as geboortedatum,
              r.gemeente_code as gemeente
         from persons x join residence_periods r on r.person_id = x.id and ${livesOnSql('r', 'x', '$1::date')}
        where x.geboortedatum > $1::date - make_interval(years => $3::int)
        order by x.id, r.vanaf desc nulls last) p
      where $2::text[] = '{}' or p.gemeente = any($2::text[])`,
    [span.peildatum, region, grens + 2],
  );
  const history = await enrolmentHistory(db, span.peildatum);
  const rows: Record<string, string>[] = [];
  for (const person of residents) {
    const r = leerplichtFromHistory(
      person.geboortedatum,
      history.get(person.id) ?? [],
      span.peildatum,
      settings,
    );
    const bereikt = addDays(r.doorstroompuntTotEnMet, 1);
    if (r.status === 'geen_doelgroep' && (bereikt < span.van || bereikt > span.totEnMet)) continue;
    rows.push({ gemeente: person.gemeente, status: r.status });
  }
  return {
    id: 'C01',
    titel: 'Leerlingpopulatie naar leerplichtstatus',
    eenheid: 'personen',
    definitie:
      "Inwoners van een regiogemeente op de peildatum (1 augustus na het schooljaar), naar status uit 'regels leerplicht' op die dag, met de startkwalificatie en de volledige schooljaren uit de inschrijvingen; wie de Doorstroompunt-leeftijdsgrens heeft bereikt, telt alleen mee (als geen_doelgroep) als dat in het schooljaar gebeurde.",
    peildatum: span.peildatum,
    dimensies: ['gemeente', 'status'],
    rijen: countBy(rows),
  };
}

/**
 * Enrolments that can change a status: those with a startkwalificatie, and the whole history of
 * persons old enough for the twelve-full-school-years rule (14 to 18 on the peildatum).
 */
async function enrolmentHistory(db: Queryable, peildatum: string) {
  const rows = await db.query<{ personId: number } & Candidate['inschrijvingen'][number]>(
    `select e.person_id as "personId", to_char(e.datum_inschrijving, 'YYYY-MM-DD') as van,
            to_char(e.datum_uitschrijving, 'YYYY-MM-DD') as "totEnMet", '' as school,
            to_char(e.startkwalificatie_datum, 'YYYY-MM-DD') as startkwalificatie
       from enrolments e join persons x on x.id = e.person_id
      where e.datum_inschrijving <= $1::date
        and (e.startkwalificatie_datum is not null
             or x.geboortedatum between $1::date - interval '18 years' and $1::date - interval '14 years')`,
    [peildatum],
  );
  const byPerson = new Map<number, Candidate['inschrijvingen']>();
  for (const { personId, ...e } of rows) {
    const list = byPerson.get(personId);
    if (list) list.push(e);
    else byPerson.set(personId, [e]);
  }
  return byPerson;
}
