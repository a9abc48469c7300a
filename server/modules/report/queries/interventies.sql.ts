// SPDX-License-Identifier: EUPL-1.2
/** Indicators over interventions recorded as case events: C06, C07, C08. */
import type { Queryable } from '../../../db/connect.ts';
import type { Indicator, SchoolYearSpan } from '../indicator.ts';
import { describeSetting, type ReportSettings } from '../settings.ts';
import { countedIndicator, eventDate, gemeenteOn } from './sql.ts';

const fromEvents = (where: string) => `from case_events e
  join cases c on c.id = e.case_id
  join persons p on p.id = c.person_id
  ${gemeenteOn('p', eventDate('e'))}
  where ${eventDate('e')} between $1::date and $2::date and ${where}`;

/** C06: official warnings given in the school year. */
export const waarschuwingen = (db: Queryable, span: SchoolYearSpan, region: string[]) =>
  countedIndicator(
    db,
    span,
    region,
    {
      id: 'C06',
      titel: 'Officiële waarschuwingen',
      eenheid: 'interventies',
      definitie:
        'Officiële waarschuwingen met een datum in het schooljaar, naar de woongemeente op die datum.',
      dimensies: ['gemeente'],
    },
    `select g.gemeente, count(*)::int as aantal ${fromEvents(`e.soort = 'waarschuwing'`)}
      group by 1 order by 1`,
  );

/** C07: Halt referrals (or completed Halt-trajecten, per the regional setting). */
export function haltVerwijzingen(
  db: Queryable,
  span: SchoolYearSpan,
  region: string[],
  settings: ReportSettings,
): Promise<Indicator> {
  const where =
    settings.haltTelling === 'verwijzing'
      ? `e.soort = 'halt_verwijzing'`
      : `e.soort = 'halt_uitkomst' and e.gegevens->>'haltUitkomst' = 'afgerond'`;
  return countedIndicator(
    db,
    span,
    region,
    {
      id: 'C07',
      titel: 'Halt-verwijzingen',
      eenheid: 'interventies',
      definitie: `Verwijzingen naar Halt (jongeren van 12 tot 18 jaar) in het schooljaar. ${describeSetting(settings, 'haltTelling')}`,
      dimensies: ['gemeente'],
    },
    `select g.gemeente, count(*)::int as aantal ${fromEvents(where)} group by 1 order by 1`,
  );
}

/** C08: processen-verbaal by kind (relatief, luxe, aanvullend, absoluut) — statutory minimum. */
export function processenVerbaal(
  db: Queryable,
  span: SchoolYearSpan,
  region: string[],
  settings: ReportSettings,
): Promise<Indicator> {
  const where =
    settings.pvTelling === 'opgemaakt'
      ? `e.soort = 'proces_verbaal'`
      : `e.soort = 'proces_verbaal' and e.gegevens->>'naarOm' = 'true'`;
  return countedIndicator(
    db,
    span,
    region,
    {
      id: 'C08',
      titel: 'Processen-verbaal',
      eenheid: 'processen-verbaal',
      definitie: `Processen-verbaal in het schooljaar naar soort (relatief, luxe, aanvullend, absoluut verzuim); art. 25 lid 2 Leerplichtwet. ${describeSetting(settings, 'pvTelling')}`,
      dimensies: ['gemeente', 'afdoening'],
    },
    `select g.gemeente,
            coalesce(e.gegevens->>'afdoening',
                     case when c.soort = 'absoluut_verzuim' then 'pv_absoluut' else 'pv_relatief' end) as afdoening,
            count(*)::int as aantal ${fromEvents(where)}
      group by 1, 2 order by 1, 2`,
  );
}
