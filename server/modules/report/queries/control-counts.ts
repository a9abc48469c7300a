// SPDX-License-Identifier: EUPL-1.2
/**
 * Independent counts for the validation checks (report-figures.md §4.3): totals counted without
 * the breakdowns, so "the categories add up" compares two different queries, not one with itself.
 * Holds ids and counts only, never personal data.
 */
import type { Queryable } from '../../../db/connect.ts';
import type { SchoolYearSpan } from '../indicator.ts';
import { eventDate, gemeenteOn } from './sql.ts';

export interface ControlCounts {
  /** Meldingen of the school year per gemeente (the total every melding table must reach). */
  meldingenPerGemeente: Record<string, number>;
  /** Distinct persons with a melding per gemeente. */
  personenPerGemeente: Record<string, number>;
  /** Meldingen whose afdoening is not in the controlled list (ids only). */
  onbekendeAfdoening: number[];
  /** Case ids with a Halt referral in the year while the young person was not 12–17. */
  haltBuitenLeeftijd: number[];
  /** Imported vsv percentages (gemeente and sector) that do not match their teller/noemer. */
  vsvAfwijkend: string[];
}

/** Counts the control totals of one school year. */
export async function controlCounts(
  db: Queryable,
  span: SchoolYearSpan,
  region: string[],
  afdoeningen: readonly string[],
): Promise<ControlCounts> {
  const params = [span.van, span.totEnMet, region];
  const perGemeente = await db.query<{ gemeente: string; meldingen: number; personen: number }>(
    `select g.gemeente, count(*)::int as meldingen, count(distinct a.person_id)::int as personen
       from absence_reports a join persons p on p.id = a.person_id ${gemeenteOn('p', 'a.gemeld_op')}
      where a.gemeld_op between $1::date and $2::date group by 1`,
    params,
  );
  const unknown = await db.query<{ id: number }>(
    `select a.id from absence_reports a join persons p on p.id = a.person_id ${gemeenteOn('p', 'a.gemeld_op')}
      where a.gemeld_op between $1::date and $2::date
        and a.afdoening is not null and not (a.afdoening = any($4::text[])) order by a.id limit 100`,
    [...params, afdoeningen],
  );
  const halt = await db.query<{ id: number }>(
    `select distinct c.id from case_events e join cases c on c.id = e.case_id
       join persons p on p.id = c.person_id ${gemeenteOn('p', eventDate('e'))}
      where e.soort = 'halt_verwijzing' and ${eventDate('e')} between $1::date and $2::date
        and (p.geboortedatum + interval '12 years' > ${eventDate('e')}
             or p.geboortedatum + interval '18 years' <= ${eventDate('e')})
      order by c.id limit 100`,
    params,
  );
  const vsv = await db.query<{ label: string }>(
    `select gemeente_code || ' ' || sector as label from vsv_percentages
      where schooljaar = $1 and gemeente_code = any($2::text[]) and teller is not null and noemer > 0
        and abs(percentage - teller * 100.0 / noemer) > 0.01 order by 1`,
    [span.schooljaar, region],
  );
  return {
    meldingenPerGemeente: Object.fromEntries(
      perGemeente.map((r) => [r.gemeente, Number(r.meldingen)]),
    ),
    personenPerGemeente: Object.fromEntries(
      perGemeente.map((r) => [r.gemeente, Number(r.personen)]),
    ),
    onbekendeAfdoening: unknown.map((r) => r.id),
    haltBuitenLeeftijd: halt.map((r) => r.id),
    vsvAfwijkend: vsv.map((r) => r.label),
  };
}
