// SPDX-License-Identifier: EUPL-1.2
/** The objections of a case, newest first, with the facts the letters and the case page show. */
import type { Queryable } from '../../db/connect.ts';
import type { ObjectionFacts } from './letter-text.ts';

export interface ObjectionSummary extends ObjectionFacts {
  id: number;
  indiener: string;
  tijdig: boolean;
  verschoonbaar: boolean;
  termijnEinde: string;
  verdaagdOp: string | null;
  horenUitzondering: string | null;
}

/** Every objection of case `caseId`, newest first. */
export async function caseObjections(db: Queryable, caseId: number): Promise<ObjectionSummary[]> {
  const d = (col: string, as: string) => `to_char(o.${col}, 'YYYY-MM-DD') as "${as}"`;
  return db.query<ObjectionSummary>(
    `select o.id, c.soort as werkproces, o.besluit, o.indiener, o.tijdig, o.verschoonbaar,
            ${d('datum_besluit', 'datumBesluit')}, ${d('ontvangen_op', 'ontvangenOp')},
            ${d('termijn_einde', 'termijnEinde')}, ${d('beslistermijn', 'beslistermijn')},
            ${d('verdaagd_op', 'verdaagdOp')}, ${d('gehoord_op', 'gehoordOp')},
            o.horen_uitzondering as "horenUitzondering", o.uitkomst, ${d('beslist_op', 'beslistOp')},
            (select e.gegevens->>'toelichting' from case_events e where e.case_id = o.case_id
              and e.soort = 'bezwaar_beslist' and e.gegevens->>'bezwaarId' = o.id::text limit 1) as toelichting,
            to_char(r.geldig_van, 'YYYY-MM-DD') as "geldigVan", to_char(r.geldig_tot, 'YYYY-MM-DD') as "geldigTot"
       from objections o join cases c on c.id = o.case_id
       left join exemption_requests r on r.case_id = o.case_id
      where o.case_id = $1 order by o.id desc`,
    [caseId],
  );
}
