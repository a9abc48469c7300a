// SPDX-License-Identifier: EUPL-1.2
/**
 * Small-number suppression for published tables (report-figures.md §4.3 rule 7). A table with its
 * totals is a grid of lines (each row with its row total, each column with its column total, the
 * totals row and the totals column with the grand total); a line with exactly one hidden cell
 * gives that cell away by subtraction. So after hiding every count 1..k-1 (primary), we hide the
 * smallest other cell of every line that has exactly one hidden cell (secondary), until no such
 * line is left. Zeros may be hidden as secondary cells: "<5" then also covers 0.
 */
import type { Table } from './tables.ts';

/** A grid cell position; `r === rows` is the totals row, `c === cols` the totals column. */
type Pos = readonly [number, number];

export interface SuppressedTable extends Table {
  /** verborgen[r][c] over the extended grid (rows + 1) × (columns + 1). */
  verborgen: boolean[][];
  drempel: number;
}

function grid(table: Table): number[][] {
  const rows = table.cellen.map((cells, r) => [...cells, table.rijTotalen[r]!]);
  return [...rows, [...table.kolomTotalen, table.totaal]];
}

function lines(rows: number, cols: number): Pos[][] {
  const result: Pos[][] = [];
  for (let r = 0; r <= rows; r += 1) result.push(range(cols + 1).map((c) => [r, c] as const));
  for (let c = 0; c <= cols; c += 1) result.push(range(rows + 1).map((r) => [r, c] as const));
  return result;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Hides counts below `drempel` and enough other cells that none can be recomputed from totals. */
export function suppress(table: Table, drempel: number): SuppressedTable {
  const values = grid(table);
  const hidden = values.map((row) => row.map((v) => drempel > 0 && v > 0 && v < drempel));
  const all = lines(table.rijen.length, table.kolommen.length);
  let changed = drempel > 0;
  while (changed) {
    changed = false;
    for (const line of all) {
      if (line.filter(([r, c]) => hidden[r]![c]).length !== 1) continue;
      const candidates = line.filter(([r, c]) => !hidden[r]![c]);
      const smallest = candidates.sort((a, b) => values[a[0]]![a[1]]! - values[b[0]]![b[1]]!)[0];
      if (!smallest) continue;
      hidden[smallest[0]]![smallest[1]] = true;
      changed = true;
    }
  }
  return { ...table, verborgen: hidden, drempel };
}

/** Lines (as Dutch descriptions) in which exactly one cell is hidden: those cells can be recomputed. */
export function recoverableLines(table: SuppressedTable): string[] {
  const rows = table.rijen.length;
  const cols = table.kolommen.length;
  const label = (line: Pos[]) => {
    const [r0, c0] = line[0]!;
    const [r1] = line[1] ?? line[0]!;
    return r0 === r1
      ? `rij ${r0 === rows ? 'totaal' : table.rijen[r0]}`
      : `kolom ${c0 === cols ? 'totaal' : table.kolommen[c0]}`;
  };
  return lines(rows, cols)
    .filter((line) => line.filter(([r, c]) => table.verborgen[r]![c]).length === 1)
    .map(label);
}

/** What a published cell shows: the count, or "<5" when hidden. */
export function shown(table: SuppressedTable, r: number, c: number, value: number): string {
  return table.verborgen[r]?.[c] ? `<${table.drempel}` : value.toLocaleString('nl-NL');
}
