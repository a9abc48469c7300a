// SPDX-License-Identifier: EUPL-1.2
/**
 * Renders an inzage export as PDF with pdfmake 0.3 in Node: the bundled Roboto font, no network,
 * and no file access beyond that font (stack.md row 7).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { inzageContent } from './inzage-pdf-content.ts';
import type { Inzage } from './inzage-types.ts';

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
// The document holds only our own text: no images or fonts are fetched from anywhere else.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));

/** The document definition: A4 landscape, page numbers in the footer. */
export function inzageDocument(inzage: Inzage): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [40, 40, 40, 50],
    info: { title: 'Overzicht van gegevens — inzageverzoek art. 15 AVG', creator: 'Aanwezig' },
    defaultStyle: { font: 'Roboto', fontSize: 8 },
    styles: {
      titel: { fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
      sectie: { fontSize: 11, bold: true, margin: [0, 12, 0, 4] },
      kop: { bold: true },
      leeg: { italics: true },
    },
    content: inzageContent(inzage),
    footer: (currentPage, pageCount) => ({
      text: `Pagina ${currentPage} van ${pageCount}`,
      alignment: 'center',
      margin: [0, 20, 0, 0],
    }),
  };
}

/** Renders the inzage export as a PDF file in memory. */
export async function renderInzagePdf(inzage: Inzage): Promise<Buffer> {
  return pdfmake.createPdf(inzageDocument(inzage)).getBuffer();
}
