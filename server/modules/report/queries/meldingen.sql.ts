// SPDX-License-Identifier: EUPL-1.2
/** Indicators over verzuimmeldingen received in the school year: C03, C04, C05. */
import type { Queryable } from '../../../db/connect.ts';
import type { Indicator, SchoolYearSpan } from '../indicator.ts';
import { describeSetting, type ReportSettings } from '../settings.ts';
import {
  fromMeldingGemeenten,
  meldingParams,
  type MeldingGemeenten,
} from './melding-gemeenten.sql.ts';
import { countedIndicator } from './sql.ts';

/**
 * The year's meldingen in their region gemeente (`$4`, `$5`: see melding-gemeenten.sql.ts). The
 * pairs already hold only those; the span and region conditions keep `$1`–`$3` typed.
 */
const FROM_MELDINGEN = `${fromMeldingGemeenten('$4', '$5')}
  where a.gemeld_op between $1::date and $2::date
    and ($3::text[] = '{}' or g.gemeente = any($3::text[]))`;

/** C03: meldingen by verzuimsoort (16 uur, luxe, overig, beginnend, signaal, 18+, langdurig). */
export const meldingenNaarSoort = (
  db: Queryable,
  span: SchoolYearSpan,
  region: string[],
  meldingen: MeldingGemeenten,
) =>
  countedIndicator(
    db,
    span,
    region,
    {
      id: 'C03',
      titel: 'Meldingen naar verzuimsoort',
      eenheid: 'meldingen',
      definitie:
        'Verzuimmeldingen ontvangen (gemeld_op) in het schooljaar, naar de verzuimsoort die de school meldde en de woongemeente op de meldingsdatum.',
      dimensies: ['gemeente', 'verzuimsoort'],
    },
    `select g.gemeente, a.verzuimsoort, count(*)::int as aantal ${FROM_MELDINGEN}
      group by 1, 2 order by 1, 2`,
    meldingParams(meldingen),
  );

/** C04: meldingen of students aged 18 or older on the day of reporting (or reported as 18_plus). */
export const verzuimAchttienPlus = (
  db: Queryable,
  span: SchoolYearSpan,
  region: string[],
  meldingen: MeldingGemeenten,
) =>
  countedIndicator(
    db,
    span,
    region,
    {
      id: 'C04',
      titel: 'Verzuim 18+',
      eenheid: 'meldingen',
      definitie:
        'Verzuimmeldingen in het schooljaar van jongeren die op de meldingsdatum 18 jaar of ouder waren, of die de school als 18+ meldde; naar sector van de school.',
      dimensies: ['gemeente', 'sector'],
    },
    `select g.gemeente, s.sector, count(*)::int as aantal
       ${fromMeldingGemeenten('$4', '$5')} join persons p on p.id = a.person_id
      where a.gemeld_op between $1::date and $2::date
        and ($3::text[] = '{}' or g.gemeente = any($3::text[]))
        and (a.verzuimsoort = '18_plus' or p.geboortedatum + interval '18 years' <= a.gemeld_op)
      group by 1, 2 order by 1, 2`,
    meldingParams(meldingen),
  );

const UNIT_EXPRESSION: Record<ReportSettings['telEenheid'], string> = {
  meldingen: 'count(*)',
  personen: 'count(distinct a.person_id)',
  zaken: `count(distinct coalesce('z' || a.case_id::text, 'm' || a.id::text))`,
};

/**
 * C05: the outcome of each melding of the school year (one afdoening per melding; a melding without
 * one is `nog_in_behandeling`), counted in the region's unit.
 */
export async function afdoeningMeldingen(
  db: Queryable,
  span: SchoolYearSpan,
  region: string[],
  settings: ReportSettings,
  meldingen: MeldingGemeenten,
): Promise<Indicator> {
  return countedIndicator(
    db,
    span,
    region,
    {
      id: 'C05',
      titel: 'Afdoening van verzuimmeldingen',
      eenheid: settings.telEenheid,
      definitie: `Verzuimmeldingen van het schooljaar naar hun afdoening; zonder afdoening telt een melding als "nog in behandeling". ${describeSetting(settings, 'telEenheid')}`,
      dimensies: ['gemeente', 'afdoening', 'sector'],
    },
    `select g.gemeente, coalesce(a.afdoening, 'nog_in_behandeling') as afdoening, s.sector,
            ${UNIT_EXPRESSION[settings.telEenheid]}::int as aantal ${FROM_MELDINGEN}
      group by 1, 2, 3 order by 1, 2, 3`,
    meldingParams(meldingen),
  );
}
