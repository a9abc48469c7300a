// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../../db/connect.ts';

/**
 * Letters a step or the intake set ready (`brief_gepland`) and nobody has made yet, for the batch
 * of administrative staff. Letters set ready more than eight weeks ago are stale: they stay
 * visible on their case but leave this list.
 */
export async function plannedLetters(
  db: Queryable,
  today: string,
  scope: readonly string[] | null,
) {
  return db.query<{
    eventId: number;
    caseId: number;
    naam: string;
    sleutel: string;
    datum: string;
  }>(
    `select e.id as "eventId", e.case_id as "caseId",
            concat_ws(' ', p.voornamen, p.voorvoegsel, p.geslachtsnaam) as naam,
            e.gegevens->>'sleutel' as sleutel, to_char(e.datum, 'YYYY-MM-DD') as datum
       from case_events e join cases c on c.id = e.case_id join persons p on p.id = c.person_id
      where e.soort = 'brief_gepland' and e.datum >= $1::date - 56
        and ($2::text[] is null or c.gemeente_code = any($2::text[]))
        and not exists (
          select 1 from letters l join letter_templates t on t.id = l.template_id
           where l.case_id = e.case_id and t.sleutel = e.gegevens->>'sleutel'
             and l.created_at::date >= e.datum)
      order by e.datum, e.id
      limit 500`,
    [today, scope ? [...scope] : null],
  );
}
