// SPDX-License-Identifier: EUPL-1.2
/** Indicators over cases (zaken / werkprocessen): C09, C11, C21, C22. */
import type { Queryable } from '../../../db/connect.ts';
import type { SchoolYearSpan } from '../indicator.ts';
import { countedIndicator, eventDate, gemeenteOn } from './sql.ts';

/** C09: cases still open at the end of the school year (opened before, not closed by 31 July). */
export const nogOpen = (db: Queryable, span: SchoolYearSpan, region: string[]) =>
  countedIndicator(
    db,
    span,
    region,
    {
      id: 'C09',
      titel: 'Nog open aan het einde van het schooljaar',
      eenheid: 'zaken',
      definitie:
        'Zaken die op de laatste dag van het schooljaar open waren (geopend op of voor 31 juli, niet gesloten op of voor die dag), naar soort zaak en de woongemeente op die dag.',
      peildatum: span.totEnMet,
      dimensies: ['gemeente', 'zaaksoort'],
    },
    `select g.gemeente, c.soort as zaaksoort, count(*)::int as aantal
       from cases c join persons p on p.id = c.person_id ${gemeenteOn('p', '$2::date')}
      where c.geopend_op <= $2::date and (c.gesloten_op is null or c.gesloten_op > $2::date)
        and $1::date <= $2::date
      group by 1, 2 order by 1, 2`,
  );

/**
 * C11: how absoluut-verzuim cases that ran during the school year ended; a case still open on
 * 31 July counts as `nog_in_behandeling`.
 */
export const afloopAbsoluutVerzuim = (db: Queryable, span: SchoolYearSpan, region: string[]) =>
  countedIndicator(
    db,
    span,
    region,
    {
      id: 'C11',
      titel: 'Absoluut verzuim: afloop',
      eenheid: 'zaken',
      definitie:
        'Zaken absoluut verzuim die in het schooljaar liepen, naar resultaat; open op 31 juli telt als "nog in behandeling". Woongemeente op de openingsdatum.',
      dimensies: ['gemeente', 'afdoening'],
    },
    `select g.gemeente,
            case when c.gesloten_op is not null and c.gesloten_op <= $2::date
                 then coalesce(c.afdoening, 'onbekend') else 'nog_in_behandeling' end as afdoening,
            count(*)::int as aantal
       from cases c join persons p on p.id = c.person_id ${gemeenteOn('p', 'c.geopend_op')}
      where c.soort = 'absoluut_verzuim' and c.geopend_op <= $2::date
        and (c.gesloten_op is null or c.gesloten_op >= $1::date)
      group by 1, 2 order by 1, 2`,
  );

/** C21: preventive work — beginnend-verzuim meldingen and preventive trajecten started. */
export const preventieveInzet = (db: Queryable, span: SchoolYearSpan, region: string[]) =>
  countedIndicator(
    db,
    span,
    region,
    {
      id: 'C21',
      titel: 'Preventieve inzet',
      eenheid: 'meldingen en trajecten',
      definitie:
        'Meldingen beginnend verzuim ontvangen in het schooljaar en preventieve trajecten (gesprekken) gestart in het schooljaar.',
      dimensies: ['gemeente', 'soort'],
    },
    `select gemeente, soort, count(*)::int as aantal from (
        select g.gemeente, 'melding_beginnend_verzuim' as soort
          from absence_reports a join persons p on p.id = a.person_id ${gemeenteOn('p', 'a.gemeld_op')}
         where a.gemeld_op between $1::date and $2::date and a.verzuimsoort = 'beginnend'
        union all
        select g.gemeente, 'preventief_traject' as soort
          from case_events e join cases c on c.id = e.case_id join persons p on p.id = c.person_id
               ${gemeenteOn('p', eventDate('e'))}
         where e.soort = 'preventief_gestart' and ${eventDate('e')} between $1::date and $2::date
      ) x group by 1, 2 order by 1, 2`,
  );

/** C22: cases opened in the school year per kind (the caseload by werkproces). */
export const zakenPerSoort = (db: Queryable, span: SchoolYearSpan, region: string[]) =>
  countedIndicator(
    db,
    span,
    region,
    {
      id: 'C22',
      titel: 'Zaken per soort',
      eenheid: 'zaken',
      definitie:
        'Zaken (werkprocessen) geopend in het schooljaar, naar soort en de woongemeente op de openingsdatum.',
      dimensies: ['gemeente', 'zaaksoort'],
    },
    `select g.gemeente, c.soort as zaaksoort, count(*)::int as aantal
       from cases c join persons p on p.id = c.person_id ${gemeenteOn('p', 'c.geopend_op')}
      where c.geopend_op between $1::date and $2::date
      group by 1, 2 order by 1, 2`,
  );
