// SPDX-License-Identifier: EUPL-1.2
/**
 * The office-work indicators of the annual report (report-figures.md C21, X13, X16, X19) in the
 * report's tidy shape. An indicator whose registration the office has never used says so
 * (`geenGegevens`) instead of reporting 0.
 */
import type { Queryable } from '../../db/connect.ts';
import { livesOnSql } from '../persons/queries/residence.sql.ts';
import type { Indicator, SchoolYearSpan } from '../report/indicator.ts';

const VOORLICHTING = ['voorlichting_klas', 'voorlichting_zorgteam', 'voorlichting_directie'];
const PREVENTIE = ['preventief_spreekuur', 'vertrouwelijke_preventie', 'te_laat_kom_actie'];

const never = (what: string) => `Het bureau registreert ${what} nog niet in Aanwezig.`;

async function everUsed(db: Queryable, sql: string, params: unknown[] = []): Promise<boolean> {
  return (await db.query(`select 1 from ${sql} limit 1`, params)).length > 0;
}

async function activityIndicator(db: Queryable, span: SchoolYearSpan, soorten: string[]) {
  return db.query<{ gemeente: string; sector: string; soort: string; aantal: number }>(
    `select coalesce(a.gemeente_code, 'onbekend') as gemeente, coalesce(a.sector, 'onbekend') as sector,
            a.soort, count(*)::int as aantal
       from office_activities a where a.datum between $1 and $2 and a.soort = any($3::text[])
      group by 1, 2, 3 order by 1, 2, 3`,
    [span.van, span.totEnMet, soorten],
  );
}

/** C21, X13, X16 and X19 for one school year. */
export async function officeIndicators(db: Queryable, span: SchoolYearSpan): Promise<Indicator[]> {
  const c21 = await activityIndicator(db, span, PREVENTIE);
  const x16 = await activityIndicator(db, span, [
    ...VOORLICHTING,
    'vertrouwelijke_preventie',
    'te_laat_kom_actie',
  ]);
  const x13 = await db.query<{ gemeente: string; herkomst: string; aantal: number }>(
    `select coalesce(q.gemeente_code, s.gemeente_code, 'onbekend') as gemeente, q.van as herkomst, count(*)::int as aantal
       from office_advice_questions q left join schools s on s.id = q.school_id
      where q.datum between $1 and $2 group by 1, 2 order by 1, 2`,
    [span.van, span.totEnMet],
  );
  const x19 = await db.query<{ gemeente: string; resultaat: string; aantal: number }>(
    `with begeleid as (
       select distinct on (r.person_id) r.person_id, r.datum,
              coalesce((select r2.resultaat from office_transfer_reviews r2 where r2.person_id = r.person_id
                         and r2.schooljaar = $1 and r2.resultaat is not null order by r2.datum desc, r2.id desc limit 1), 'open') as resultaat
         from office_transfer_reviews r where r.schooljaar = $1 order by r.person_id, r.datum)
     select coalesce(g.gemeente, 'onbekend') as gemeente, b.resultaat, count(*)::int as aantal
       from begeleid b join persons p on p.id = b.person_id
       left join lateral (select r.gemeente_code as gemeente from residence_periods r
                           where r.person_id = p.id and ${livesOnSql('r', 'p', 'b.datum')}
                           order by r.vanaf desc nulls last limit 1) g on true
      group by 1, 2 order by 1, 2`,
    [span.schooljaar],
  );
  const activities = await everUsed(db, 'office_activities');
  return [
    {
      id: 'C21',
      titel: 'Preventieve inzet',
      eenheid: 'activiteiten',
      definitie:
        'Preventieve activiteiten met een datum in het schooljaar: preventieve spreekuren, vertrouwelijke groepsgesprekken (zonder registratie van personen) en te-laat-kom-acties, per gemeente, sector en soort.',
      dimensies: ['gemeente', 'sector', 'soort'],
      rijen: c21,
      ...(activities ? {} : { geenGegevens: never('preventieve activiteiten') }),
    },
    {
      id: 'X13',
      titel: 'Informatie en advies',
      eenheid: 'vragen',
      definitie:
        'Advies- en consultatievragen van scholen, ketenpartners, ouders en jeugdigen met een datum in het schooljaar, per gemeente en herkomst.',
      dimensies: ['gemeente', 'herkomst'],
      rijen: x13,
      ...((await everUsed(db, 'office_advice_questions'))
        ? {}
        : { geenGegevens: never('adviesvragen') }),
    },
    {
      id: 'X16',
      titel: 'Voorlichting, vertrouwelijke preventie en te-laat-kom-actie',
      eenheid: 'activiteiten',
      definitie:
        'Voorlichting (klassikaal, zorgteams, directie), vertrouwelijke groepsgesprekken en te-laat-kom-acties met een datum in het schooljaar, per gemeente, sector en soort.',
      dimensies: ['gemeente', 'sector', 'soort'],
      rijen: x16,
      ...(activities ? {} : { geenGegevens: never('voorlichting') }),
    },
    {
      id: 'X19',
      titel: 'Overstap VO-MBO begeleid',
      eenheid: 'leerlingen',
      definitie:
        'Leerlingen die in het schooljaar op een overstaptafel zijn besproken, per gemeente waar zij bij de eerste bespreking woonden en het laatst vastgelegde resultaat (open als er nog geen is).',
      dimensies: ['gemeente', 'resultaat'],
      rijen: x19,
      ...((await everUsed(db, 'office_transfer_reviews'))
        ? {}
        : { geenGegevens: never('de overstap VO-MBO') }),
    },
  ];
}
