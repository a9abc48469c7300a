// SPDX-License-Identifier: EUPL-1.2
/**
 * The DuckDB baseline at national size: the rows go from PostgreSQL to the CSV files with a
 * streaming `COPY … TO STDOUT`, because reading millions of rows into memory first (what the regio
 * benchmark does) does not fit.
 */
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { to } from 'pg-copy-streams';
import { duckdbCopy, type Baseline, type TableWriter } from './duckdb-baseline.ts';

/** Copies the baseline tables of the database at `url` into an in-memory DuckDB. */
export async function duckdbCopyStreaming(url: string): Promise<Baseline> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const writeTable: TableWriter = async (sql, file) => {
    const stream = client.query(to(`copy (${sql}) to stdout with (format csv, header)`));
    await pipeline(stream, createWriteStream(file));
  };
  try {
    return await duckdbCopy(writeTable);
  } finally {
    await client.end();
  }
}
