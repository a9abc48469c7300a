// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes RFC 4180 CSV files row by row through a buffer (sync writes keep the output order and
 * bytes fixed, which the determinism test relies on). Millions of rows never sit in memory.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/** Options of one CSV file: the delimiter and line ending it uses, and whether it starts with a BOM. */
export interface CsvFormat {
  delimiter: ',' | ';';
  eol: '\n' | '\r\n';
  bom?: boolean;
}

/** Quotes a field when it holds the delimiter, a quote or a line break (RFC 4180). */
export function csvField(value: string, delimiter: string): string {
  if (
    value.includes(delimiter) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r')
  ) {
    return `"${value.replaceAll('"', '""')}"`;
  }
  return value;
}

/** One row as a CSV line (without line ending). */
export function csvLine(values: readonly string[], delimiter: string): string {
  return values.map((v) => csvField(v, delimiter)).join(delimiter);
}

const FLUSH_AT = 1 << 20;

/** A CSV file being written: a header and then rows whose values follow the header's order. */
export class CsvWriter {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  /** Data rows written so far (the header not counted). */
  rows = 0;

  constructor(
    readonly path: string,
    readonly columns: readonly string[],
    readonly format: CsvFormat,
  ) {
    this.fd = openSync(path, 'w');
    this.push(`${format.bom ? '\uFEFF' : ''}${csvLine(columns, format.delimiter)}${format.eol}`);
  }

  /** Adds one row; missing columns are written empty. */
  write(row: Readonly<Record<string, string | undefined>>): void {
    const values = this.columns.map((c) => row[c] ?? '');
    this.push(`${csvLine(values, this.format.delimiter)}${this.format.eol}`);
    this.rows++;
  }

  private push(text: string) {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_AT) this.flush();
  }

  private flush() {
    if (this.buffer.length) writeSync(this.fd, this.buffer.join(''), null, 'utf8');
    this.buffer = [];
    this.size = 0;
  }

  /** Writes what is buffered and closes the file. */
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
