// SPDX-License-Identifier: EUPL-1.2
/**
 * The report as one Excel workbook (exceljs, docs/decisions/0011-xlsx-export.md): a sheet
 * "Toelichting" with what the HTML prints beside the figures, "Controles", "Vergelijking", then
 * one sheet per table exactly as the CSV gives it — but counts as numbers, percentages as numbers
 * with a % format, and hidden small numbers as the text "<5".
 */
import ExcelJS from 'exceljs';
import type { FullReport } from '../report.sql.ts';
import { REPORT_SETTING_DEFINITIONS, describeSetting } from '../settings.ts';
import { indicatorTotal, percentChange } from '../tables.ts';
import { bronLabel, publishedIndicators, type PublishedIndicator } from './model.ts';
import { sheetName } from './sheet-name.ts';

type Cell = string | number | null;

/** Tables whose counts are percentages × 100 (basispunten), shown as percentages. */
const PERCENT_TABLES = new Set(['C17']);
const PERCENT = '0.00%';
const CHANGE = '+0.0%;-0.0%;0.0%';
const COUNT = '#,##0';

const UITKOMST: Record<FullReport['controles'][number]['uitkomst'], string> = {
  geslaagd: 'Geslaagd',
  mislukt: 'Mislukt',
  waarschuwing: 'Waarschuwing',
  overgeslagen: 'Overgeslagen',
};

/** The workbook as bytes. */
export async function renderXlsx(report: FullReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Aanwezig';
  // A fixed timestamp from the report, not the clock: the same report gives the same workbook.
  workbook.created = new Date(report.gemaakt);
  workbook.modified = workbook.created;
  const used = new Set<string>();
  const published = publishedIndicators(report);
  explanation(addSheet(workbook, used, 'Toelichting'), report, published);
  checks(addSheet(workbook, used, 'Controles'), report);
  comparisonSheet(addSheet(workbook, used, 'Vergelijking'), report);
  for (const p of published) {
    table(addSheet(workbook, used, `${p.indicator.id} ${p.indicator.titel}`), report, p);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, used: Set<string>, title: string) {
  const name = sheetName(title, used);
  used.add(name.toLowerCase());
  return workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
}

function header(sheet: ExcelJS.Worksheet, labels: string[], widths: number[]) {
  sheet.addRow(labels).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    column.width = widths[i] ?? widths.at(-1) ?? 12;
  });
}

/** Scope, status, settings and the definition of every table. */
function explanation(sheet: ExcelJS.Worksheet, report: FullReport, list: PublishedIndicator[]) {
  header(sheet, ['Onderdeel', 'Toelichting'], [34, 120]);
  const naam = report.gemeenten.find((g) => g.code === report.gemeente)?.naam;
  const rows: [string, string][] = [
    ['Verslag', 'Jaarverslag leerplicht volgens artikel 25 van de Leerplichtwet 1969'],
    ['Schooljaar', report.schooljaar],
    ['Regio', report.regio ?? ''],
    [
      'Gemeente',
      report.gemeente ? `${naam ?? report.gemeente} (${report.gemeente})` : 'hele regio',
    ],
    ['Gemaakt op', report.gemaakt],
    ['Status', statusText(report)],
    ['Bron', 'Alle cijfers zijn berekend uit de gegevens in Aanwezig; geen persoonsgegevens.'],
    ...REPORT_SETTING_DEFINITIONS.map((d): [string, string] => [
      `Instelling ${d.sleutel}`,
      describeSetting(report.instellingen, d.veld),
    ]),
    ...list.map(({ indicator: i }): [string, string] => [
      `${i.id} ${i.titel}`,
      i.geenGegevens ??
        `${i.definitie} Eenheid: ${i.eenheid}.${i.peildatum ? ` Peildatum ${i.peildatum}.` : ''}`,
    ]),
  ];
  for (const row of rows) sheet.addRow(row).getCell(2).alignment = { wrapText: true };
}

/** Dutch sentence on the publication (frozen) state, as the HTML prints it. */
export function statusText(report: FullReport): string {
  const p = report.publicatie;
  if (!p) return 'Nog niet gepubliceerd: de cijfers kunnen nog veranderen.';
  const override = p.overschrevenDoor
    ? ` Gepubliceerd ondanks een mislukte controle door ${p.overschrevenDoor}: ${p.overschrijfReden ?? ''}.`
    : '';
  const diff = report.afwijkendVanPublicatie.length
    ? ` Afwijkend van de publicatie: ${report.afwijkendVanPublicatie.join(', ')}.`
    : '';
  return `Gepubliceerd (bevroren) op ${p.gepubliceerdOp.slice(0, 10)} door ${p.gepubliceerdDoor} (versie ${p.versie}).${override} Dit bestand is een herberekening; de bevroren cijfers van de publicatie gelden.${diff}`;
}

function checks(sheet: ExcelJS.Worksheet, report: FullReport) {
  header(sheet, ['Controle', 'Uitkomst', 'Toelichting'], [40, 14, 100]);
  for (const c of report.controles) {
    sheet
      .addRow([c.titel, UITKOMST[c.uitkomst], [c.toelichting, ...c.details].join(' ')])
      .getCell(3).alignment = { wrapText: true };
  }
}

/** Totals per school year (frozen or computed) and the change as a percentage number. */
function comparisonSheet(sheet: ExcelJS.Worksheet, report: FullReport) {
  const years = report.vergelijking;
  header(
    sheet,
    [
      'Indicator',
      ...years.map((y) => `${y.schooljaar} (${bronLabel(y.bron, y.gepubliceerdOp)})`),
      'Verandering',
    ],
    [40, 22],
  );
  for (const i of report.indicatoren.filter((x) => !x.geenGegevens && !PERCENT_TABLES.has(x.id))) {
    const totals = years.map((y) => {
      const found = y.indicatoren.find((x) => x.id === i.id);
      return found && !found.geenGegevens ? indicatorTotal(found, report.gemeente) : undefined;
    });
    const small = (t: number) => t > 0 && t < report.drempel;
    const [last, before] = [totals.at(-1), totals.at(-2)];
    const change =
      last !== undefined && before !== undefined && !totals.some((t) => t !== undefined && small(t))
        ? percentChange(before, last)
        : undefined;
    const row = sheet.addRow([
      `${i.id} ${i.titel}`,
      ...totals.map((t): Cell => (t === undefined ? '–' : small(t) ? `<${report.drempel}` : t)),
      // percentChange has one decimal: 2.7 (%) becomes 0.027 exactly.
      change === undefined ? '–' : Number((change / 100).toFixed(3)),
    ]);
    row.eachCell((cell, c) => {
      if (typeof cell.value === 'number') cell.numFmt = c === years.length + 2 ? CHANGE : COUNT;
    });
  }
}

/** One table: gemeente rows, category columns, totals; as the CSV gives it. */
function table(
  sheet: ExcelJS.Worksheet,
  report: FullReport,
  { indicator, table: t }: PublishedIndicator,
) {
  if (!t) {
    header(sheet, ['indicator', 'opmerking'], [12, 100]);
    sheet.addRow([indicator.id, indicator.geenGegevens ?? '']);
    return;
  }
  const percent = PERCENT_TABLES.has(indicator.id);
  header(sheet, ['gemeente', 'gemeentecode', ...t.kolommen, 'totaal'], [24, 14, 14]);
  const naam = (code: string) => report.gemeenten.find((g) => g.code === code)?.naam ?? code;
  const cols = t.kolommen.length;
  // A sum of percentages means nothing: percentage tables get no totals.
  const value = (r: number, c: number, v: number): Cell =>
    t.verborgen[r]?.[c] ? `<${t.drempel}` : percent ? (c === cols ? null : v / 10_000) : v;
  const rows: Cell[][] = [
    ...t.rijen.map((g, r) => [
      g === 'regio' ? 'Regio' : naam(g),
      g === 'regio' ? '' : g,
      ...t.cellen[r]!.map((v, c) => value(r, c, v)),
      value(r, cols, t.rijTotalen[r]!),
    ]),
  ];
  if (!percent) {
    const last = t.rijen.length;
    rows.push([
      'Totaal',
      '',
      ...t.kolomTotalen.map((v, c) => value(last, c, v)),
      value(last, cols, t.totaal),
    ]);
  }
  for (const cells of rows) {
    const row = sheet.addRow(cells);
    row.eachCell((cell) => {
      if (typeof cell.value === 'number') cell.numFmt = percent ? PERCENT : COUNT;
      else if (typeof cell.value === 'string' && cell.value.startsWith('<')) {
        cell.alignment = { horizontal: 'right' };
      }
    });
    if (cells[0] === 'Totaal') row.font = { bold: true };
  }
}
