// SPDX-License-Identifier: EUPL-1.2
/**
 * Renders a letter with pdfmake 0.3 in Node, set up as the privacy module's inzage PDF is: the
 * bundled Roboto font, no network, no file access beyond that font. Batches for printing are the
 * stored PDFs joined page for page (pdf-lib), so a printed letter is exactly the letter sent.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import pdfmake from 'pdfmake';
import { letterDocument, type LetterContent } from './letter-document.ts';

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
// The letter holds only our own text: no images or fonts are fetched from anywhere else.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));

/** Renders one letter as a PDF file in memory. */
export async function renderLetterPdf(content: LetterContent): Promise<Buffer> {
  return pdfmake.createPdf(letterDocument(content)).getBuffer();
}

/** Joins PDFs into one, in the given order, each page unchanged. */
export async function joinPdfs(pdfs: readonly Uint8Array[]): Promise<Buffer> {
  const joined = await PDFDocument.create();
  joined.setTitle('Brieven om af te drukken');
  joined.setCreator('Aanwezig');
  for (const bytes of pdfs) {
    const source = await PDFDocument.load(bytes);
    const pages = await joined.copyPages(source, source.getPageIndices());
    for (const page of pages) joined.addPage(page);
  }
  return Buffer.from(await joined.save());
}
