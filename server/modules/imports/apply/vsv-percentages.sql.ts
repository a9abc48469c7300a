// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes official vsv percentages (report indicator C17) keyed by gemeente + schooljaar + sector:
 * a new key is inserted, a changed one (e.g. provisional → final) replaced, an equal one left.
 */
import type { VsvPercentageRow } from '../kinds/vsv-percentages.ts';
import type { Applier } from './types.ts';

interface Stored {
  key: string;
  percentage: number;
  teller: number | null;
  noemer: number | null;
  status: string;
}

const same = (a: Stored, r: VsvPercentageRow) =>
  Number(a.percentage) === r.percentage &&
  a.teller === r.teller &&
  a.noemer === r.noemer &&
  a.status === r.status;

export const applyVsvPercentages: Applier<VsvPercentageRow> = async (tx, rows) => ({
  problems: new Map(),
  async write() {
    const stored = await tx.query<Stored>(
      `select gemeente_code || '|' || schooljaar || '|' || sector as key, percentage, teller, noemer, status
         from vsv_percentages`,
    );
    const byKey = new Map(stored.map((s) => [s.key, s]));
    const counts = { nieuw: 0, gewijzigd: 0, ongewijzigd: 0 };
    for (const { row } of rows) {
      const existing = byKey.get(`${row.gemeentecode}|${row.schooljaar}|${row.sector}`);
      if (existing && same(existing, row)) {
        counts.ongewijzigd += 1;
        continue;
      }
      await tx.query(
        `insert into vsv_percentages (gemeente_code, schooljaar, sector, percentage, teller, noemer, status)
         values ($1, $2, $3, $4, $5, $6, $7)
         on conflict (gemeente_code, schooljaar, sector) do update set percentage = excluded.percentage,
           teller = excluded.teller, noemer = excluded.noemer, status = excluded.status, bijgewerkt_op = now()`,
        [
          row.gemeentecode,
          row.schooljaar,
          row.sector,
          row.percentage,
          row.teller,
          row.noemer,
          row.status,
        ],
      );
      counts[existing ? 'gewijzigd' : 'nieuw'] += 1;
    }
    return counts;
  },
});
