// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../../../db/connect.ts';
import type { AfspraakStatus } from '../appointment.ts';

/** One appointment as the case page shows it. */
export interface AppointmentListItem {
  id: number;
  tijdstip: string;
  duurMinuten: number;
  locatie: string | null;
  consulent: { id: number; naam: string } | null;
  status: AfspraakStatus;
  herinneringVerstuurdOp: string | null;
}

/** The appointments of a case, latest first (the caller has checked the case is in scope). */
export async function listAppointments(
  db: Queryable,
  caseId: number,
): Promise<AppointmentListItem[]> {
  const rows = await db.query<{
    id: number;
    tijdstip: Date | string;
    duur_minuten: number;
    locatie: string | null;
    consulent_id: number | null;
    naam: string | null;
    status: AfspraakStatus;
    herinnering_verstuurd_op: Date | string | null;
  }>(
    `select a.id, a.tijdstip, a.duur_minuten, a.locatie, a.consulent_id, u.naam, a.status,
            a.herinnering_verstuurd_op
       from appointments a left join users u on u.id = a.consulent_id
      where a.case_id = $1 order by a.tijdstip desc, a.id desc`,
    [caseId],
  );
  return rows.map((r) => ({
    id: r.id,
    tijdstip: new Date(r.tijdstip).toISOString(),
    duurMinuten: r.duur_minuten,
    locatie: r.locatie,
    consulent: r.consulent_id === null ? null : { id: r.consulent_id, naam: r.naam ?? '' },
    status: r.status,
    herinneringVerstuurdOp: r.herinnering_verstuurd_op
      ? new Date(r.herinnering_verstuurd_op).toISOString()
      : null,
  }));
}
