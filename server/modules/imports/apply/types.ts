// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../../../db/connect.ts';
import type { ImportError, ValidRow } from '../validate.ts';

export interface ApplyCounts {
  nieuw: number;
  gewijzigd: number;
  ongewijzigd: number;
}

/** What an applier found when it looked at the database: rows it must refuse, and how to write the rest. */
export interface Prepared {
  /** Refusals found against the database (unknown school, unknown person, unknown parent), by line. */
  problems: Map<number, ImportError[]>;
  /** Writes the rows that were not refused; counts per row. */
  write(): Promise<ApplyCounts>;
}

export interface ApplyContext {
  peildatum: string;
  today: string;
}

export type Applier<R> = (
  tx: Queryable,
  rows: ValidRow<R>[],
  ctx: ApplyContext,
) => Promise<Prepared>;

export function addProblem(problems: Map<number, ImportError[]>, error: ImportError): void {
  const list = problems.get(error.regel);
  if (list) list.push(error);
  else problems.set(error.regel, [error]);
}
