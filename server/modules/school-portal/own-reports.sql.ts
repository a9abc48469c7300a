// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../../db/connect.ts';

/**
 * The meldingen a school filed, with where they stand — and nothing the office learned in its
 * investigation (seed 003: personal and sensitive information is not shared with schools).
 */
export async function ownReports(db: Queryable, brin: string, today: string) {
  return db.query<{
    meldingnummer: string;
    vestiging: string;
    leerling: string;
    gemeldOp: string;
    verzuimsoort: string;
    status: string;
    terugkoppeling: string | null;
  }>(
    `select a.meldingnummer, s.vestiging,
            concat_ws(' ', p.voornamen, p.voorvoegsel, p.geslachtsnaam) as leerling,
            a.gemeld_op as "gemeldOp", a.verzuimsoort,
            case when c.id is null then 'ontvangen'
                 when c.gesloten_op is not null then 'afgesloten'
                 else 'in behandeling' end as status,
            (select e.gegevens->>'samenvatting' from case_events e
              where e.case_id = c.id and e.soort = 'terugkoppeling_school'
              order by e.datum desc, e.id desc limit 1) as terugkoppeling
       from absence_reports a
       join schools s on s.id = a.school_id
       join persons p on p.id = a.person_id
       left join cases c on c.id = a.case_id
      where s.brin = $1 and a.gemeld_op > $2::date - 365
      order by a.gemeld_op desc, a.meldingnummer
      limit 1000`,
    [brin, today],
  );
}
