// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expiryOf,
  hashFormToken,
  looksLikeFormToken,
  newFormToken,
  newReference,
  tokenUsable,
} from './form-token.ts';
import { MAX_UPLOAD_BYTES, safeFileName, sniffMediatype, uploadProblem } from './upload.ts';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('sniffMediatype', () => {
  it('knows PDF, JPEG and PNG by their first bytes', () => {
    expect(sniffMediatype(new TextEncoder().encode('%PDF-1.7'))).toBe('application/pdf');
    expect(sniffMediatype(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffMediatype(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe(
      'image/png',
    );
  });

  it('refuses anything else, whatever it is called', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 64 }), (content) => {
        const type = sniffMediatype(content);
        if (type === 'application/pdf') expect(content[0]).toBe(0x25);
        if (type === 'image/jpeg') expect(content[0]).toBe(0xff);
        if (type === 'image/png') expect(content[0]).toBe(0x89);
      }),
    );
    expect(sniffMediatype(new TextEncoder().encode('MZ\x90\x00'))).toBeNull();
    expect(uploadProblem(new TextEncoder().encode('<html>'))).toMatch(/PDF, JPG of PNG/);
  });

  it('refuses empty and too large files', () => {
    expect(uploadProblem(new Uint8Array(0))).toMatch(/leeg/);
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    expect(uploadProblem(big)).toMatch(/5 MB/);
  });

  it('keeps only the base name of a file', () => {
    expect(safeFileName('..\\..\\C:\\x\\brief.pdf')).toBe('brief.pdf');
    expect(safeFileName('/etc/passwd\u0000')).toBe('passwd');
    expect(safeFileName('')).toBe('bestand');
  });
});

describe('form tokens', () => {
  it('stores only a hash and recognises the shape', () => {
    const { token, hash } = newFormToken();
    expect(looksLikeFormToken(token)).toBe(true);
    expect(hash).toBe(hashFormToken(token));
    expect(hash).not.toContain(token);
    expect(looksLikeFormToken('abc')).toBe(false);
  });

  it('works once and until it expires', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    const verlooptOp = expiryOf(now);
    expect(tokenUsable({ verlooptOp, gebruiktOp: null }, now)).toBe(true);
    expect(tokenUsable({ verlooptOp, gebruiktOp: now.toISOString() }, now)).toBe(false);
    expect(tokenUsable({ verlooptOp, gebruiktOp: null }, new Date(Date.parse(verlooptOp)))).toBe(
      false,
    );
  });

  it('makes reference numbers without look-alike characters', () => {
    expect(newReference('VL')).toMatch(/^VL-[2-9A-HJKMNP-Z]{8}$/);
  });
});
