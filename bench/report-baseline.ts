// SPDX-License-Identifier: EUPL-1.2
/**
 * The report benchmark's raw baseline as SQL both engines read: the same rows as the DuckDB copy
 * (bench/duckdb-baseline.ts) are laid out in a `baseline` schema inside our PGlite database, and the
 * very same query texts run on DuckDB and on PGlite. The first figure is the ratio the issue asks
 * for (our report ÷ DuckDB); the second separates what the embedded engine costs from what our
 * report does on top (every status from the rules engine, every day for C10, every indicator).
 */
import type { Queryable } from '../server/db/connect.ts';
import type { Baseline } from './duckdb-baseline.ts';

/** The copied tables in our database, shaped as DuckDB holds them (dates as text, as in the CSV). */
const PGLITE_TABLES = [
  `create table baseline.lives as
     select r.person_id, r.gemeente_code, r.vanaf, r.tot, p.datum_overlijden as overleden,
            p.geboortedatum, p.bsn is not null as heeft_bsn
       from residence_periods r join persons p on p.id = r.person_id where not r.rni`,
  `create table baseline.enrolments as
     select person_id, to_char(datum_inschrijving, 'YYYY-MM-DD') as van,
            to_char(datum_uitschrijving, 'YYYY-MM-DD') as tot from enrolments`,
  `create table baseline.exemptions as
     select person_id, artikel, besluit, to_char(datum_besluit, 'YYYY-MM-DD') as datum_besluit,
            to_char(geldig_van, 'YYYY-MM-DD') as geldig_van, to_char(geldig_tot, 'YYYY-MM-DD') as geldig_tot
       from exemptions`,
  `create table baseline.meldingen as
     select a.person_id, a.verzuimsoort, s.sector, to_char(a.gemeld_op, 'YYYY-MM-DD') as gemeld_op
       from absence_reports a join schools s on s.id = a.school_id`,
];

/** Lays the baseline rows out in schema `baseline` of our database (dropped first), with statistics. */
export async function pgliteBaseline(db: Queryable): Promise<void> {
  await db.query('drop schema if exists baseline cascade');
  await db.query('create schema baseline');
  for (const sql of PGLITE_TABLES) await db.query(sql);
  await db.query(
    'analyze baseline.lives, baseline.enrolments, baseline.exemptions, baseline.meldingen',
  );
}

const livesOn = (day: string) => `(l.vanaf is null or l.vanaf <= date '${day}')
  and (l.tot is null or l.tot > date '${day}') and (l.overleden is null or l.overleden > date '${day}')`;

/**
 * The report's aggregates for one school year in SQL both engines read: residents by gemeente and
 * age band on the peildatum, meldingen and persons by gemeente, soort and sector, granted
 * exemptions by article, and residents of school age not enrolled all year. `t` names a table.
 */
export function reportBaselineQueries(
  t: (table: string) => string,
  van: string,
  tot: string,
  peildatum: string,
): string[] {
  const age = (years: number) => `date '${peildatum}' - interval '${years} years'`;
  return [
    `select l.gemeente_code, case when l.geboortedatum > ${age(5)} then 'jong'
              when l.geboortedatum > ${age(18)} then 'leerplicht'
              when l.geboortedatum > ${age(23)} then 'doorstroompunt' else 'ouder' end as groep, count(*)
       from ${t('lives')} l where ${livesOn(peildatum)} group by 1, 2`,
    `select l.gemeente_code, m.verzuimsoort, m.sector, count(*), count(distinct m.person_id)
       from ${t('meldingen')} m join ${t('lives')} l on l.person_id = m.person_id
        and (l.vanaf is null or l.vanaf <= cast(m.gemeld_op as date)) and (l.tot is null or l.tot > cast(m.gemeld_op as date))
      where cast(m.gemeld_op as date) between date '${van}' and date '${tot}' group by 1, 2, 3`,
    `select l.gemeente_code, v.artikel, count(*) from ${t('exemptions')} v join ${t('lives')} l on l.person_id = v.person_id
        and (l.vanaf is null or l.vanaf <= cast(v.datum_besluit as date)) and (l.tot is null or l.tot > cast(v.datum_besluit as date))
      where v.besluit = 'toegekend' and cast(v.datum_besluit as date) between date '${van}' and date '${tot}' group by 1, 2`,
    `select count(distinct l.person_id) from ${t('lives')} l
      where l.geboortedatum > date '${van}' - interval '19 years' and l.geboortedatum <= date '${tot}' - interval '5 years'
        and not exists (select 1 from ${t('enrolments')} e where e.person_id = l.person_id
              and cast(e.van as date) <= date '${van}' and (e.tot is null or cast(e.tot as date) >= date '${tot}'))`,
  ];
}

/** Per query, the sum of its last column: both engines must give the same (checked by the bench). */
const checksum = (rows: readonly unknown[][]): number =>
  rows.reduce<number>((sum, row) => sum + Number(row.at(-1)), 0);

/** Runs the queries on DuckDB. */
export async function onDuckdb(b: Baseline, queries: readonly string[]): Promise<number[]> {
  const sums: number[] = [];
  for (const sql of queries) sums.push(checksum((await b.connection.runAndReadAll(sql)).getRows()));
  return sums;
}

/** Runs the queries on our database over the `baseline` schema. */
export async function onPglite(db: Queryable, queries: readonly string[]): Promise<number[]> {
  const sums: number[] = [];
  for (const sql of queries) {
    sums.push(
      checksum((await db.query<Record<string, unknown>>(sql)).map((r) => Object.values(r))),
    );
  }
  return sums;
}
