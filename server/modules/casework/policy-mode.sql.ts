// SPDX-License-Identifier: EUPL-1.2
/**
 * The office's policy mode (seed 003 §5, domain.md §5): which rings of tasks run and whether the
 * kennisgevingsbrief replaces the invitation for first meldingen (zomeractie / peak mode). Set by
 * the managementteam with a reason and an end date; every change is kept.
 */
import type { Queryable } from '../../db/connect.ts';

export interface PolicyMode {
  id: number;
  modus: string;
  ringen: number[];
  zomeractie: boolean;
  reden: string;
  vanaf: string;
  tot: string | null;
  door: string;
}

const COLUMNS = `id, modus, ringen, zomeractie, reden, to_char(vanaf, 'YYYY-MM-DD') as vanaf,
  to_char(tot, 'YYYY-MM-DD') as tot, door`;

/** Every mode ever set, newest first. */
export const listPolicyModes = (db: Queryable) =>
  db.query<PolicyMode>(`select ${COLUMNS} from policy_modes order by vanaf desc, id desc`);

/** The mode in force on a day: the latest that started on or before it and has not ended. */
export function modeOn(modes: readonly PolicyMode[], day: string): PolicyMode | undefined {
  return modes.find((m) => m.vanaf <= day && (m.tot === null || m.tot >= day));
}

/** A lookup of "kennisgevingsmodus on day d" for intake. */
export async function kennisgevingsmodusOn(db: Queryable): Promise<(day: string) => boolean> {
  const modes = await listPolicyModes(db);
  return (day) => modeOn(modes, day)?.zomeractie ?? false;
}

export async function setPolicyMode(db: Queryable, mode: Omit<PolicyMode, 'id'>): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `insert into policy_modes (modus, ringen, zomeractie, reden, vanaf, tot, door)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [
      mode.modus,
      JSON.stringify(mode.ringen),
      mode.zomeractie,
      mode.reden,
      mode.vanaf,
      mode.tot,
      mode.door,
    ],
  );
  return row!.id;
}
