// SPDX-License-Identifier: EUPL-1.2
/** One table of the report as CSV (`;`, Dutch spreadsheet default), small numbers hidden. */
import { stringify } from 'csv-stringify/sync';
import { DomainFailure, domainError } from '../../../lib/errors.ts';
import type { FullReport } from '../report.sql.ts';
import { shown } from '../suppress.ts';
import { publishedIndicators } from './model.ts';

/** The published rows of one table: header, gemeenten, totals. */
export function tableRows(report: FullReport, id: string): string[][] {
  const found = publishedIndicators(report).find((p) => p.indicator.id === id);
  if (!found) {
    throw new DomainFailure(
      domainError('report.unknown_table', 'not_found', `Tabel ${id} bestaat niet in dit verslag.`),
    );
  }
  const { indicator, table } = found;
  if (!table) {
    return [
      ['indicator', 'opmerking'],
      [indicator.id, indicator.geenGegevens ?? ''],
    ];
  }
  const cols = table.kolommen.length;
  const naam = (code: string) => report.gemeenten.find((g) => g.code === code)?.naam ?? code;
  return [
    ['gemeente', 'gemeentecode', ...table.kolommen, 'totaal'],
    ...table.rijen.map((g, r) => [
      g === 'regio' ? 'Regio' : naam(g),
      g === 'regio' ? '' : g,
      ...table.cellen[r]!.map((v, c) => shown(table, r, c, v)),
      shown(table, r, cols, table.rijTotalen[r]!),
    ]),
    [
      'Totaal',
      '',
      ...table.kolomTotalen.map((v, c) => shown(table, table.rijen.length, c, v)),
      shown(table, table.rijen.length, cols, table.totaal),
    ],
  ];
}

/** One table as CSV text. */
export function renderCsv(report: FullReport, id: string): string {
  return stringify(tableRows(report, id), { delimiter: ';' });
}
