// SPDX-License-Identifier: EUPL-1.2
/** The audit entries about one person and their cases: who read or changed what, when and why. */
import type { Queryable } from '../../../db/connect.ts';
import type { InzageAuditregel } from '../inzage-types.ts';

type Db = Pick<Queryable, 'query'>;

/** Entries with the person, or one of their cases, as subject; oldest first. */
export function selectAuditEntries(db: Db, id: number): Promise<InzageAuditregel[]> {
  return db.query<InzageAuditregel>(
    `select to_char(a.tijdstip at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as tijdstip,
       a.actor, a.actie, a.doel, a.categorie, a.details
     from audit_events a
     where (a.onderwerp_soort = 'person' and a.onderwerp_id = $2)
        or (a.onderwerp_soort = 'case'
            and a.onderwerp_id in (select c.id::text from cases c where c.person_id = $1))
     order by a.id`,
    [id, String(id)],
  );
}
