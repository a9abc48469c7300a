// SPDX-License-Identifier: EUPL-1.2
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, CsvWriter } from './csv-writer.ts';

describe('CsvWriter', () => {
  it('quotes only fields that need it (RFC 4180)', () => {
    expect(csvField('Leiden', ',')).toBe('Leiden');
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('a,b', ';')).toBe('a,b');
    expect(csvField('zei "hoi"', ';')).toBe('"zei ""hoi"""');
    expect(csvField('twee\nregels', ';')).toBe('"twee\nregels"');
  });

  it('writes a header, a BOM when asked and rows that csv-parse reads back unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aanwezig-csv-'));
    const path = join(dir, 'x.csv');
    const writer = new CsvWriter(path, ['a', 'b'], { delimiter: ';', eol: '\r\n', bom: true });
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      a: `waarde; ${i} "x"`,
      b: i % 2 ? 'Çelik' : undefined,
    }));
    rows.forEach((r) => writer.write(r));
    writer.close();
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFFa;b\r\n')).toBe(true);
    const back = parse(text.slice(1), { columns: true, delimiter: ';' }) as Record<
      string,
      string
    >[];
    expect(back).toEqual(rows.map((r) => ({ a: r.a, b: r.b ?? '' })));
    expect(writer.rows).toBe(3000);
    rmSync(dir, { recursive: true, force: true });
  });
});
