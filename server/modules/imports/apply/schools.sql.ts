// SPDX-License-Identifier: EUPL-1.2
import type { SchoolRow } from '../kinds/index.ts';
import { diffAndWrite } from './diff-write.sql.ts';
import { col, ensureGemeenten } from './lookups.sql.ts';
import type { Applier } from './types.ts';

const COLUMNS = [
  col('brin', 'text'),
  col('vestiging', 'text'),
  col('naam', 'text'),
  col('sector', 'text'),
  col('gemeente_code', 'text'),
  col('postcode', 'text'),
  col('plaats', 'text'),
  col('email', 'text'),
];

/** Schools are keyed by BRIN + vestiging; a known key with other values is updated. */
export const applySchools: Applier<SchoolRow> = async (tx, rows) => {
  const existing = await tx.query<
    Record<string, unknown> & { id: number; brin: string; vestiging: string }
  >(`select id, ${COLUMNS.map((c) => c.name).join(', ')} from schools`);
  return {
    problems: new Map(),
    async write() {
      await ensureGemeenten(
        tx,
        rows.map((r) => r.row.gemeentecode),
      );
      return diffAndWrite(
        tx,
        'schools',
        COLUMNS,
        rows.map(({ row: r }) => ({
          key: `${r.brin}-${r.vestiging}`,
          values: [
            r.brin,
            r.vestiging,
            r.naam,
            r.sector,
            r.gemeentecode,
            r.postcode,
            r.plaats,
            r.email,
          ],
        })),
        new Map(existing.map((s) => [`${s.brin}-${s.vestiging}`, s])),
      );
    },
  };
};
