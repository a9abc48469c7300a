// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../../../db/connect.ts';
import {
  contentForDisplay,
  maskAddress,
  statusLabel,
  type Kanaal,
  type OutboxStatus,
} from '../message.ts';

/** One row of the outbox page. */
export interface OutboxRow {
  id: number;
  kanaal: Kanaal;
  /** Masked: recognisable, not copyable. */
  aan: string;
  onderwerp: string | null;
  inhoud: string;
  caseId: number | null;
  status: OutboxStatus;
  weergave: string;
  pogingen: number;
  fout: string | null;
  verzendenVanaf: string | null;
  verzondenOp: string | null;
  aangemaaktOp: string;
}

interface Row {
  id: number;
  kanaal: Kanaal;
  aan: string;
  onderwerp: string | null;
  inhoud: string;
  case_id: number | null;
  status: OutboxStatus;
  pogingen: number;
  fout: string | null;
  verzenden_vanaf: Date | string | null;
  verzonden_op: Date | string | null;
  created_at: Date | string;
}

const iso = (v: Date | string): string => new Date(v).toISOString();

/** The newest messages first, optionally of one status; `ontwikkel` says which channels only keep messages. */
export async function listOutbox(
  db: Queryable,
  filter: { status?: OutboxStatus | undefined; limit: number },
  ontwikkel: Record<Kanaal, boolean>,
): Promise<OutboxRow[]> {
  const rows = await db.query<Row>(
    `select id, kanaal, aan, onderwerp, inhoud, case_id, status, pogingen, fout, verzenden_vanaf,
            verzonden_op, created_at
       from outbox_messages where ($1::text is null or status = $1) order by id desc limit $2`,
    [filter.status ?? null, filter.limit],
  );
  return rows.map((r) => {
    const dev = ontwikkel[r.kanaal] ?? false;
    return {
      id: r.id,
      kanaal: r.kanaal,
      aan: maskAddress(r.kanaal, r.aan),
      onderwerp: r.onderwerp,
      inhoud: contentForDisplay(r.inhoud, dev),
      caseId: r.case_id,
      status: r.status,
      weergave: statusLabel(r.status, dev),
      pogingen: r.pogingen,
      fout: r.fout,
      verzendenVanaf: r.verzenden_vanaf ? iso(r.verzenden_vanaf) : null,
      verzondenOp: r.verzonden_op ? iso(r.verzonden_op) : null,
      aangemaaktOp: iso(r.created_at),
    };
  });
}
