// SPDX-License-Identifier: EUPL-1.2
/**
 * What goes back to DUO (anchors-mission §d1): per melding whose status changed since it was last
 * sent, the status and — on closure — the closing reason and explanation. Transport to DUO
 * (M2M SOAP with a PKIoverheid certificate) is outside this system; the office's connector reads
 * this list and marks what it delivered.
 */
import type { Queryable } from '../../db/connect.ts';
import { DUO_SLUITREDENEN, DUO_STATUSSEN, DUO_TOELICHTINGEN } from './outcomes.ts';

export async function pendingDuoReturns(db: Queryable) {
  const rows = await db.query<{
    id: number;
    meldingnummer: string;
    status: keyof typeof DUO_STATUSSEN;
    sluitreden: keyof typeof DUO_SLUITREDENEN | null;
    toelichting: keyof typeof DUO_TOELICHTINGEN | null;
    gewijzigdOp: string;
  }>(
    `select id, meldingnummer, duo_status as status, duo_sluitreden as sluitreden,
            duo_toelichting as toelichting, duo_gewijzigd_op as "gewijzigdOp"
       from absence_reports
      where duo_status is not null and duo_verzonden_op is null
      order by duo_gewijzigd_op, id limit 5000`,
  );
  return rows.map((r) => ({
    ...r,
    gewijzigdOp: new Date(r.gewijzigdOp).toISOString(),
    statusOmschrijving: DUO_STATUSSEN[r.status],
    sluitredenOmschrijving: r.sluitreden ? DUO_SLUITREDENEN[r.sluitreden] : null,
    toelichtingOmschrijving: r.toelichting ? DUO_TOELICHTINGEN[r.toelichting] : null,
  }));
}

/** Marks statuses as delivered; a later change makes the melding pending again. */
export async function markDuoReturned(db: Queryable, ids: number[], at: string): Promise<number> {
  const rows = await db.query(
    `update absence_reports set duo_verzonden_op = $2 where id = any($1::int[]) and duo_verzonden_op is null returning id`,
    [ids, at],
  );
  return rows.length;
}
