// SPDX-License-Identifier: EUPL-1.2
/**
 * The pdfmake document of one letter (pure): letterhead, address block in the window of a
 * window envelope, place and date, reference and subject, the merged text, the signature and
 * page numbers.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

/** Everything printed on a letter; the text is the merged template. */
export interface LetterContent {
  /** The office, e.g. `Bureau Leerplicht Holland Rijnland`. */
  afzender: string;
  /** Place in the date line (the gemeente of the case); omitted when unknown. */
  plaats: string | null;
  /** Dutch date, e.g. `5 maart 2026`. */
  datum: string;
  kenmerk: string;
  adresregels: string[];
  onderwerp: string;
  tekst: string;
  consulent: string;
  /** A link to answer the invitation, printed as a QR code with the address under it. */
  antwoordLink?: string | undefined;
}

/** Millimetres to PDF points. */
const mm = (n: number) => (n * 72) / 25.4;

/** Paragraphs are separated by a blank line; single line breaks stay line breaks. */
export const paragraphsOf = (tekst: string): string[] =>
  tekst
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s+$/, ''))
    .filter((p) => p.trim() !== '');

function header(c: LetterContent): Content {
  return {
    stack: [
      { text: c.afzender, style: 'afzender' },
      { text: 'Leerplicht en Doorstroompunt', style: 'klein' },
    ],
    alignment: 'right',
  };
}

function body(c: LetterContent): Content[] {
  return [
    // A window envelope (DL/C5, window left) shows this block: 45–90 mm from the top, 20 mm in.
    { stack: c.adresregels.map((r) => ({ text: r })), absolutePosition: { x: mm(22), y: mm(50) } },
    {
      stack: [
        { text: [c.plaats, c.datum].filter(Boolean).join(', ') },
        { text: `Kenmerk: ${c.kenmerk}`, style: 'klein' },
        { text: `Onderwerp: ${c.onderwerp}`, bold: true, margin: [0, 8, 0, 0] },
      ],
      margin: [0, mm(52), 0, 16],
    },
    ...paragraphsOf(c.tekst).map((p): Content => ({ text: p, margin: [0, 0, 0, 10] })),
    ...(c.antwoordLink
      ? [
          {
            columns: [
              { qr: c.antwoordLink, fit: 90, width: 'auto' },
              {
                text: `Laat ons weten of u komt: scan de QR-code met uw telefoon, of ga naar ${c.antwoordLink}`,
                style: 'klein',
                margin: [12, 0, 0, 0],
              },
            ],
            margin: [0, 4, 0, 10],
            unbreakable: true,
          } as Content,
        ]
      : []),
    {
      stack: [
        'Met vriendelijke groet,',
        { text: c.consulent, margin: [0, 24, 0, 0] },
        { text: c.afzender, style: 'klein' },
      ],
      margin: [0, 8, 0, 0],
      unbreakable: true,
    },
  ];
}

/** The document definition of one A4 letter. */
export function letterDocument(c: LetterContent): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [mm(22), mm(20), mm(22), mm(20)],
    info: { title: c.onderwerp, creator: 'Aanwezig', author: c.afzender },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.25 },
    styles: {
      afzender: { fontSize: 13, bold: true },
      klein: { fontSize: 8.5, color: '#444444' },
    },
    content: [header(c), ...body(c)],
    footer: (currentPage, pageCount) => ({
      text: `Pagina ${currentPage} van ${pageCount}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 20, 0, 0],
    }),
  };
}
