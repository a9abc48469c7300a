// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../../db/connect.ts';
import type { Scope } from '../casework/case-scope.sql.ts';

/** The teams and gemeenten the dashboard filters offer, within the actor's scope. */
export async function filterChoices(db: Queryable, scope: Scope) {
  const params = [scope === null ? null : [...scope]];
  const teams = await db.query<{ team: string }>(
    `select distinct team from cases where team is not null
        and ($1::text[] is null or gemeente_code = any($1::text[])) order by team`,
    params,
  );
  const gemeenten = await db.query<{ code: string; naam: string | null }>(
    `select g.code, g.naam from gemeenten g
      where exists (select 1 from cases c where c.gemeente_code = g.code)
        and ($1::text[] is null or g.code = any($1::text[])) order by g.naam, g.code`,
    params,
  );
  return { teams: teams.map((t) => t.team), gemeenten };
}
