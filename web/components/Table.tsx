// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode } from 'react';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
}

/** NL DS table with a caption; shows `empty` when there are no rows. */
export function Table<T>({
  caption,
  columns,
  rows,
  empty = 'Geen gegevens.',
  rowKey,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  empty?: string;
  rowKey: (row: T, index: number) => string | number;
}) {
  if (rows.length === 0) return <p className="utrecht-paragraph aw-muted">{empty}</p>;
  return (
    // Focusable and labelled, so keyboard users can scroll a wide table on a narrow screen (WCAG 2.1.1).
    <div className="aw-table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((c) => (
              <th
                key={c.header}
                scope="col"
                className={`utrecht-table__header-cell${c.numeric ? ' utrecht-table__header-cell--numeric' : ''}`}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row, i) => (
            <tr className="utrecht-table__row" key={rowKey(row, i)}>
              {columns.map((c) => (
                <td
                  key={c.header}
                  className={`utrecht-table__cell${c.numeric ? ' utrecht-table__cell--numeric' : ''}`}
                >
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
