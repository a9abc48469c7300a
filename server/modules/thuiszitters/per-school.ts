// SPDX-License-Identifier: EUPL-1.2
/**
 * The per-school overview for the conversations held two or three times a year (R41, 000 L533):
 * per school the open episodes, how long they last, and their types and education share.
 */
import type { EpisodeType } from './episode.ts';
import type { Episode } from './queries/episodes.sql.ts';

export interface SchoolOverview {
  schoolId: number | null;
  school: string;
  brin: string | null;
  open: number;
  langerDan4Weken: number;
  opTafel: number;
  gedeeltelijk: number;
  langsteDagen: number;
  perType: Partial<Record<EpisodeType, number>>;
}

/** Groups open episodes by school (no school = "Zonder school"), most open episodes first. */
export function perSchool(episodes: readonly Episode[]): SchoolOverview[] {
  const bySchool = new Map<string, SchoolOverview>();
  for (const e of episodes) {
    if (e.einddatum !== null) continue;
    const key = String(e.schoolId ?? 'geen');
    const o = bySchool.get(key) ?? {
      schoolId: e.schoolId,
      school: e.school ?? 'Zonder school',
      brin: e.brin,
      open: 0,
      langerDan4Weken: 0,
      opTafel: 0,
      gedeeltelijk: 0,
      langsteDagen: 0,
      perType: {},
    };
    o.open += 1;
    if (e.dagen >= 28) o.langerDan4Weken += 1;
    if (e.opTafel) o.opTafel += 1;
    if (e.onderwijsdeelname === 'gedeeltelijk') o.gedeeltelijk += 1;
    o.langsteDagen = Math.max(o.langsteDagen, e.dagen);
    o.perType[e.type] = (o.perType[e.type] ?? 0) + 1;
    bySchool.set(key, o);
  }
  return [...bySchool.values()].sort((a, b) => b.open - a.open || a.school.localeCompare(b.school));
}
