// SPDX-License-Identifier: EUPL-1.2
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderLetterPdf } from './letter-pdf.ts';
import { hasPdftotext, pdfText } from './test-pdf-text.ts';

describe('pdfText (test helper)', () => {
  // A private TMPDIR, so the check does not see other test runs' folders.
  let tmp = '';
  const saved = process.env.TMPDIR;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'aanwezig-pdftext-test-'));
    process.env.TMPDIR = tmp;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    rmSync(tmp, { recursive: true, force: true });
  });

  it.runIf(hasPdftotext())('reads the text and leaves nothing in the temp folder', async () => {
    expect(tmpdir()).toBe(tmp);
    const pdf = await renderLetterPdf({
      afzender: 'Bureau Leerplicht',
      plaats: 'Leiden',
      datum: '5 maart 2026',
      kenmerk: 'zaak 1',
      adresregels: ['A. Jansen'],
      onderwerp: 'Uitnodiging',
      tekst: 'Beste A. Jansen,',
      consulent: 'Joke Consulent',
    });
    expect(pdfText(pdf)).toContain('Onderwerp: Uitnodiging');
    expect(pdfText(pdf, { layout: false })).toContain('Beste A. Jansen,');
    expect(readdirSync(tmp)).toEqual([]);
  });
});
