// SPDX-License-Identifier: EUPL-1.2
/** Reading leave requests: the open ones (the leave that starts first on top) and one request. */
import type { Queryable } from '../../db/connect.ts';
import type { Scope } from '../casework/case-scope.sql.ts';

const COLUMNS = `c.id as "caseId", p.id as "personId",
  concat_ws(' ', p.voornamen, p.voorvoegsel, p.geslachtsnaam) as naam, c.status,
  to_char(l.van, 'YYYY-MM-DD') as van, to_char(l.tot_en_met, 'YYYY-MM-DD') as "totEnMet",
  l.schooldagen, l.reden, l.beslisser, s.naam as school,
  to_char(l.school_gehoord_op, 'YYYY-MM-DD') as "schoolGehoordOp", l.school_standpunt as "schoolStandpunt",
  l.besluit, to_char(l.datum_besluit, 'YYYY-MM-DD') as "datumBesluit"`;

export interface LeaveRow {
  caseId: number;
  personId: number;
  naam: string;
  status: string;
  van: string;
  totEnMet: string;
  schooldagen: number;
  reden: string;
  beslisser: 'directeur' | 'leerplichtambtenaar';
  school: string | null;
  schoolGehoordOp: string | null;
  schoolStandpunt: string | null;
  besluit: string | null;
  datumBesluit: string | null;
}

const FROM = `from leave_requests l join cases c on c.id = l.case_id join persons p on p.id = l.person_id
  left join schools s on s.id = l.school_id`;

/** Open leave requests, the one whose leave starts first on top. */
export async function openLeaveRequests(db: Queryable, scope: Scope): Promise<LeaveRow[]> {
  return db.query<LeaveRow>(
    `select ${COLUMNS} ${FROM}
      where c.status <> 'AFGESLOTEN' and ($1::text[] is null or c.gemeente_code = any($1::text[]))
      order by l.van, c.id limit 1000`,
    [scope === null ? null : [...scope]],
  );
}

/** The leave request of one case, with the rules engine's explanation recorded at the start. */
export async function leaveDetail(db: Queryable, caseId: number) {
  const [row] = await db.query<LeaveRow & { uitleg: string[] | null }>(
    `select ${COLUMNS},
            (select e.gegevens->'uitleg' from case_events e
              where e.case_id = c.id and e.soort = 'verlof_aangevraagd' order by e.id limit 1) as uitleg
       ${FROM} where c.id = $1`,
    [caseId],
  );
  return row ? { ...row, uitleg: row.uitleg ?? [] } : undefined;
}
