// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { paragraphsOf, type LetterContent } from './letter-document.ts';
import { joinPdfs, renderLetterPdf } from './letter-pdf.ts';
import { hasPdftotext, pdfText } from './test-pdf-text.ts';

const letter: LetterContent = {
  afzender: 'Bureau Leerplicht Holland Rijnland',
  plaats: 'Leiden',
  datum: '5 maart 2026',
  kenmerk: 'zaak 12',
  adresregels: ['P.J. van Dijk en K. Jansen', 'Breestraat 12 a', '2311 CS  LEIDEN'],
  onderwerp: 'Officiële waarschuwing',
  tekst:
    'Beste Petra van Dijk,\n\nMet deze brief geven wij een officiële waarschuwing.\nRegel twee.',
  consulent: 'Joke Consulent',
};

describe('renderLetterPdf', () => {
  it('writes a PDF', async () => {
    const pdf = await renderLetterPdf(letter);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it.runIf(hasPdftotext())(
    'prints letterhead, address, place and date, subject, text, signature and page number',
    async () => {
      const text = pdfText(await renderLetterPdf(letter));
      for (const expected of [
        'Bureau Leerplicht Holland Rijnland',
        'P.J. van Dijk en K. Jansen',
        'Breestraat 12 a',
        '2311 CS LEIDEN',
        'Leiden, 5 maart 2026',
        'Kenmerk: zaak 12',
        'Onderwerp: Officiële waarschuwing',
        'Beste Petra van Dijk,',
        'Met deze brief geven wij een officiële waarschuwing.',
        'Met vriendelijke groet,',
        'Joke Consulent',
        'Pagina 1 van 1',
      ]) {
        expect(text.replaceAll(/ {2,}/g, ' ')).toContain(expected);
      }
      // The address block comes before the date line, the text before the signature.
      expect(text.indexOf('Breestraat')).toBeLessThan(text.indexOf('5 maart 2026'));
      expect(text.indexOf('waarschuwing.')).toBeLessThan(text.indexOf('Joke Consulent'));
    },
  );

  it.runIf(hasPdftotext())('leaves out the place when it is not known', async () => {
    const text = pdfText(await renderLetterPdf({ ...letter, plaats: null }));
    expect(text).not.toContain('Leiden,');
    expect(text).toContain('5 maart 2026');
  });
});

describe('joinPdfs', () => {
  it.runIf(hasPdftotext())('joins letters page for page, in order', async () => {
    const first = await renderLetterPdf(letter);
    const second = await renderLetterPdf({ ...letter, onderwerp: 'Tweede brief' });
    const joined = await joinPdfs([second, first]);
    const text = pdfText(joined);
    expect(text.split('\f').filter((p) => p.trim()).length).toBe(2);
    expect(text.indexOf('Tweede brief')).toBeLessThan(text.indexOf('Officiële waarschuwing'));
  });
});

describe('paragraphsOf', () => {
  it('splits on blank lines and drops empty paragraphs', () => {
    expect(paragraphsOf('a\nb\n\n \n\nc  \n\n')).toEqual(['a\nb', 'c']);
  });
});
