// SPDX-License-Identifier: EUPL-1.2
/** Test helper: the text of a PDF as poppler's pdftotext reads it. */
import { execFileSync } from 'node:child_process';

/** Whether pdftotext is installed (CI installs poppler-utils; tests that need it are skipped without). */
export function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The text of `pdf`, layout kept unless `layout` is false; pages are separated by a form feed.
 * The PDF goes in on stdin, so no temp file is left behind.
 */
export function pdfText(pdf: Uint8Array, { layout = true }: { layout?: boolean } = {}): string {
  const args = layout ? ['-layout', '-', '-'] : ['-', '-'];
  return execFileSync('pdftotext', args, { input: pdf, encoding: 'utf8' });
}
