// SPDX-License-Identifier: EUPL-1.2
/**
 * The shared part of the appliers for tables of facts about one person (enrolments, exemptions):
 * find the person, let the table refuse its other references, and write the difference with what
 * is stored under the same natural key.
 */
import type { Queryable } from '../../../db/connect.ts';
import type { PersonRef, RowProblem } from '../kinds/index.ts';
import type { BulkColumn } from '../bulk.sql.ts';
import { diffAndWrite } from './diff-write.sql.ts';
import { findPerson, loadPersons, personColumn } from './lookups.sql.ts';
import { addProblem, type Applier } from './types.ts';

/** How one person-keyed table is imported. */
export interface PersonKeyedTable<R extends PersonRef, L> {
  table: string;
  /** The columns written, `person_id` first. */
  columns: BulkColumn[];
  /** The columns that identify a stored row (the import key), `person_id` included. */
  key: string[];
  /** Look-ups besides the persons, loaded once per file (e.g. the schools). */
  lookups: (tx: Queryable) => Promise<L>;
  /** The values after `person_id` in column order, or why the line's other references are refused. */
  resolve: (row: R, lookups: L) => { values: unknown[] } | { problems: RowProblem[] };
}

/** An applier for a table of facts about one person; the person must be known (import the BRP first). */
export function personKeyedApplier<R extends PersonRef, L>(
  spec: PersonKeyedTable<R, L>,
): Applier<R> {
  const keyIndexes = spec.key.map((name) => spec.columns.findIndex((c) => c.name === name));
  if (keyIndexes.includes(-1) || spec.columns[0]?.name !== 'person_id') {
    throw new Error(
      `${spec.table}: the key names a column that is not written, or person_id is not first`,
    );
  }
  const keyOf = (get: (i: number) => unknown) => keyIndexes.map((i) => String(get(i))).join('|');
  return async (tx, rows) => {
    const lookups = await spec.lookups(tx);
    const persons = await loadPersons(
      tx,
      rows.map((r) => r.row),
    );
    const problems = new Map();
    const resolved: { key: string; values: unknown[] }[] = [];
    for (const { regel, row } of rows) {
      const personId = findPerson(persons, row);
      if (personId === undefined) {
        addProblem(problems, {
          regel,
          kolom: personColumn(row),
          code: 'imports.unknown_person',
          melding: `onbekende persoon (geen ${personColumn(row)} in de brp): importeer eerst de brp`,
        });
      }
      const outcome = spec.resolve(row, lookups);
      if ('problems' in outcome) {
        for (const problem of outcome.problems) addProblem(problems, { regel, ...problem });
      }
      if (personId === undefined || 'problems' in outcome) continue;
      const values = [personId, ...outcome.values];
      resolved.push({ key: keyOf((i) => values[i]), values });
    }
    return {
      problems,
      async write() {
        const existing = await tx.query<Record<string, unknown> & { id: number }>(
          `select id, ${spec.columns.map((c) => c.name).join(', ')} from ${spec.table}
            where person_id = any($1::int[])`,
          [[...new Set(resolved.map((r) => r.values[0]))]],
        );
        const byKey = new Map(existing.map((e) => [keyOf((i) => e[spec.columns[i]!.name]), e]));
        return diffAndWrite(tx, spec.table, spec.columns, resolved, byKey);
      },
    };
  };
}
