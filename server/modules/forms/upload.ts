// SPDX-License-Identifier: EUPL-1.2
/**
 * PURE: what an uploaded document may be. The type is decided by the first bytes (magic numbers),
 * never by the file name or the browser's claim: a renamed program stays refused.
 */

/** Largest document: 5 MB (a scanned letter or a phone photo fits). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export const MEDIATYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type Mediatype = (typeof MEDIATYPES)[number];

const SIGNATURES: readonly { type: Mediatype; bytes: readonly number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** The type of `content` by its magic bytes, or null when it is not a PDF, JPEG or PNG. */
export function sniffMediatype(content: Uint8Array): Mediatype | null {
  const match = SIGNATURES.find((s) => s.bytes.every((b, i) => content[i] === b));
  return match?.type ?? null;
}

/** Why the document cannot be accepted (B1 Dutch), or undefined when it can. */
export function uploadProblem(content: Uint8Array): string | undefined {
  if (content.length === 0) return 'Het bestand is leeg. Kies een ander bestand.';
  if (content.length > MAX_UPLOAD_BYTES) {
    return 'Het bestand is groter dan 5 MB. Kies een kleiner bestand.';
  }
  if (!sniffMediatype(content)) {
    return 'Dit soort bestand kunnen wij niet gebruiken. Kies een PDF, JPG of PNG.';
  }
  return undefined;
}

/**
 * The virus-scan hook: called with every accepted document before it is stored. Return
 * `{ schoon: false }` to refuse it. Connect a scanner (e.g. clamd) by passing your own function
 * to the form routes; the default accepts everything (see docs/forms.md).
 */
export type VirusScanner = (
  content: Uint8Array,
  info: { bestandsnaam: string; mediatype: Mediatype },
) => Promise<{ schoon: boolean; melding?: string }>;

/** The default scanner: accepts every document (no scanner configured). */
export const acceptAllScanner: VirusScanner = async () => ({ schoon: true });

/** A file name safe to show: no path, no control characters, at most 100 characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .filter((c) => c >= ' ' && c !== '\u007f')
    .join('')
    .trim();
  return clean.slice(-100) || 'bestand';
}
