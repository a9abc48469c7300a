// SPDX-License-Identifier: EUPL-1.2
/**
 * The Doorstroompunt's annual-report indicators (report-figures.md C18–C20) as tidy tables:
 * rows only for non-zero counts, `gemeente` = where the youth lived on the counted date.
 */
import type { Queryable } from '../../db/connect.ts';
import { livesOnSql } from '../persons/queries/residence.sql.ts';
import type { Indicator, Row, SchoolYearSpan } from '../report/indicator.ts';

/** `g.gemeente` on `day`; persons with no residence that day drop out. */
const gemeenteOn = (caseAlias: string, day: string) => `
  join lateral (
    select rp.gemeente_code as gemeente from residence_periods rp join persons rx on rx.id = rp.person_id
     where rp.person_id = ${caseAlias}.person_id and ${livesOnSql('rp', 'rx', day)}
     order by rp.vanaf desc nulls last limit 1) g on true`;

/** The cohort of a case: that of its latest vsv registration (`nieuw` when opened otherwise). */
const cohortOf = (caseAlias: string) => `coalesce((select v.cohort from vsv_registrations v
    where v.case_id = ${caseAlias}.id order by v.lijstdatum desc, v.id desc limit 1), 'onbekend')`;

async function rows(db: Queryable, sql: string, span: SchoolYearSpan): Promise<Row[]> {
  const result = await db.query<Row>(sql, [span.van, span.totEnMet]);
  return result.filter((r) => r.aantal > 0);
}

/** C18: youth approached in the school year, reached or not, by gemeente and cohort. */
async function benaderdBereikt(db: Queryable, span: SchoolYearSpan): Promise<Indicator> {
  return {
    id: 'C18',
    titel: 'Doorstroompunt: benaderd en bereikt',
    eenheid: 'jongeren (dossiers)',
    definitie:
      'Dossiers van het Doorstroompunt met minstens één contactpoging in het schooljaar (benaderd), naar resultaat: bereikt als één van die pogingen de jongere bereikte, anders niet bereikt. Benaderd = bereikt + niet bereikt. Gemeente op de datum van de eerste poging in het schooljaar; cohort nieuw/oud uit de vsv-lijst.',
    dimensies: ['gemeente', 'cohort', 'resultaat'],
    rijen: await rows(
      db,
      `with k as (
         select c.id, c.person_id, min(k.datum) as eerste, bool_or(k.resultaat = 'bereikt') as bereikt
           from cases c join doorstroompunt_contacts k on k.case_id = c.id
          where c.soort = 'doorstroompunt' and k.datum between $1::date and $2::date
          group by c.id, c.person_id)
       select g.gemeente, ${cohortOf('k')} as cohort,
              case when k.bereikt then 'bereikt' else 'niet_bereikt' end as resultaat, count(*)::int as aantal
         from k ${gemeenteOn('k', 'k.eerste')}
        group by 1, 2, 3 order by 1, 2, 3`,
      span,
    ),
  };
}

/** C19: dagbesteding recorded at the first successful contact in the school year. */
async function dagbesteding(db: Queryable, span: SchoolYearSpan): Promise<Indicator> {
  return {
    id: 'C19',
    titel: 'Dagbesteding van bereikte vsv’ers',
    eenheid: 'jongeren (dossiers)',
    definitie:
      'De dagbesteding die bij het eerste geslaagde contact is vastgelegd (lijst van seed 002), voor eerste contacten in het schooljaar. Gemeente op de datum van dat contact.',
    dimensies: ['gemeente', 'dagbesteding'],
    rijen: await rows(
      db,
      `select g.gemeente, f.dagbesteding, count(*)::int as aantal
         from doorstroompunt_first_contacts f join cases c on c.id = f.case_id
         ${gemeenteOn('c', 'f.datum')}
        where f.datum between $1::date and $2::date
        group by 1, 2 order by 1, 2`,
      span,
    ),
  };
}

/** C20: begeleidingstrajecten ended in the school year by outcome (seed 002's seven reasons). */
async function trajecten(db: Queryable, span: SchoolYearSpan): Promise<Indicator> {
  return {
    id: 'C20',
    titel: 'Doorstroompunt-begeleiding: trajecten naar uitstroomreden',
    eenheid: 'trajecten',
    definitie:
      'Begeleidingstrajecten die in het schooljaar eindigden, naar uitstroomreden (de zeven redenen van seed 002) en cohort nieuw/oud. Gemeente op de einddatum.',
    dimensies: ['gemeente', 'cohort', 'uitstroomreden'],
    rijen: await rows(
      db,
      `select g.gemeente, ${cohortOf('c')} as cohort, t.uitstroomreden, count(*)::int as aantal
         from doorstroompunt_trajectories t join cases c on c.id = t.case_id
         ${gemeenteOn('c', 't.beeindigd_op')}
        where t.beeindigd_op between $1::date and $2::date
        group by 1, 2, 3 order by 1, 2, 3`,
      span,
    ),
  };
}

/** C18, C19 and C20 for the school year. */
export async function doorstroompuntIndicators(
  db: Queryable,
  span: SchoolYearSpan,
): Promise<Indicator[]> {
  return [await benaderdBereikt(db, span), await dagbesteding(db, span), await trajecten(db, span)];
}
