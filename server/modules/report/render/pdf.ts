// SPDX-License-Identifier: EUPL-1.2
/**
 * The annual report as PDF with pdfmake (no browser), set up as the letters module does: bundled
 * Roboto, no network, no file access beyond the font. Same content and charts as the HTML.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FullReport } from '../report.sql.ts';
import { shown } from '../suppress.ts';
import { barChartSvg } from './charts.ts';
import { bronLabel, comparison, publishedIndicators, statutoryMinimum } from './model.ts';

const fontDir = join(
  dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);
pdfmake.setFonts({
  Roboto: {
    normal: join(fontDir, 'Roboto-Regular.ttf'),
    bold: join(fontDir, 'Roboto-Medium.ttf'),
    italics: join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));

const cell = (text: string, bold = false) => ({ text, bold, fontSize: 8 });

function indicatorContent(report: FullReport): Content[] {
  const naam = (code: string) => report.gemeenten.find((g) => g.code === code)?.naam ?? code;
  return publishedIndicators(report).flatMap(({ indicator, table }): Content[] => {
    const head: Content = { text: `${indicator.id} ${indicator.titel}`, style: 'h2' };
    if (!table) return [head, { text: indicator.geenGegevens ?? 'Geen gegevens.', italics: true }];
    const def: Content = {
      text: `${indicator.definitie} Eenheid: ${indicator.eenheid}.`,
      fontSize: 8,
      color: '#444',
    };
    if (!table.kolommen.length) return [head, def, { text: 'In dit schooljaar: 0.' }];
    const cols = table.kolommen.length;
    const body = [
      [cell('Gemeente', true), ...table.kolommen.map((k) => cell(k, true)), cell('Totaal', true)],
      ...table.rijen.map((g, r) => [
        cell(g === 'regio' ? 'Regio' : naam(g)),
        ...table.cellen[r]!.map((v, c) => cell(shown(table, r, c, v))),
        cell(shown(table, r, cols, table.rijTotalen[r]!)),
      ]),
      [
        cell('Totaal', true),
        ...table.kolomTotalen.map((v, c) => cell(shown(table, table.rijen.length, c, v))),
        cell(shown(table, table.rijen.length, cols, table.totaal)),
      ],
    ];
    const values = table.kolomTotalen.map((v, c) =>
      table.verborgen[table.rijen.length]![c] ? 0 : v,
    );
    return [
      head,
      def,
      { table: { headerRows: 1, body }, margin: [0, 4, 0, 4] },
      {
        svg: barChartSvg(`${indicator.id} ${indicator.titel}`, table.kolommen, [
          { naam: 'aantal', waarden: values },
        ]),
        width: 480,
      },
    ];
  });
}

/** The document definition (exported for tests). */
export function reportDocument(report: FullReport): TDocumentDefinitions {
  const naam = (code: string) => report.gemeenten.find((g) => g.code === code)?.naam ?? code;
  const scope = report.gemeente
    ? `gemeente ${naam(report.gemeente)}`
    : (report.regio ?? 'de regio');
  const years = report.vergelijking;
  return {
    info: { title: `Jaarverslag leerplicht ${report.schooljaar}`, creator: 'Aanwezig' },
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 8] },
      h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
    },
    footer: (page, pages) => ({
      text: `pagina ${page} van ${pages}`,
      alignment: 'center',
      fontSize: 8,
    }),
    content: [
      { text: `Jaarverslag leerplicht ${report.schooljaar} – ${scope}`, style: 'h1' },
      {
        text: `Verslag volgens artikel 25 van de Leerplichtwet 1969. Gemaakt op ${report.gemaakt}.`,
      },
      report.publicatie
        ? {
            text: `Gepubliceerd op ${report.publicatie.gepubliceerdOp.slice(0, 10)} (versie ${report.publicatie.versie}); dit is een herberekening.`,
            italics: true,
          }
        : { text: 'Nog niet gepubliceerd: de cijfers kunnen nog veranderen.', italics: true },
      { text: 'Wettelijk minimum (art. 25 lid 2 Leerplichtwet)', style: 'h2' },
      {
        table: { body: statutoryMinimum(report, report.gemeente).map((l) => [l.label, l.waarde]) },
      },
      { text: 'Controles', style: 'h2' },
      {
        table: {
          headerRows: 1,
          body: [
            [cell('Controle', true), cell('Uitkomst', true)],
            ...report.controles.map((c) => [cell(c.titel), cell(c.uitkomst)]),
          ],
        },
      },
      { text: 'Vergelijking met vorige schooljaren', style: 'h2' },
      {
        table: {
          headerRows: 1,
          body: [
            [
              cell('Indicator', true),
              ...years.map((y) =>
                cell(`${y.schooljaar}\n${bronLabel(y.bron, y.gepubliceerdOp)}`, true),
              ),
              cell('Verandering', true),
            ],
            ...comparison(report).map((r) => [
              cell(`${r.id} ${r.titel}`),
              ...r.waarden.map((w) => cell(w)),
              cell(r.verandering),
            ]),
          ],
        },
      },
      ...indicatorContent(report),
      ...(report.gemeente
        ? []
        : report.gemeenten.map((g): Content => ({
            stack: [
              { text: `${g.naam} in cijfers, ${report.schooljaar}`, style: 'h2' },
              {
                table: {
                  body: statutoryMinimum(report, g.code).map((l) => [
                    { text: l.waarde, fontSize: 20, bold: true, color: '#01689b' },
                    l.label,
                  ]),
                },
              },
            ],
            pageBreak: 'before',
          }))),
    ],
  };
}

/** Renders the report as a PDF in memory. */
export async function renderPdf(report: FullReport): Promise<Buffer> {
  return pdfmake.createPdf(reportDocument(report)).getBuffer();
}
