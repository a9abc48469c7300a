// SPDX-License-Identifier: EUPL-1.2
/** What a benchmark ran on, for the performance document. */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createRequire } from 'node:module';

/** CPU, cores, memory, Node and the embedded PGlite version. */
export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  pglite: string;
}

/** The version field of an installed package. */
export function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  try {
    const path = require.resolve(`${name}/package.json`);
    return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  } catch {
    return 'onbekend';
  }
}

/** Describes this machine. */
export function machine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'onbekend',
    cores: list.length,
    ramGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    pglite: packageVersion('@electric-sql/pglite'),
  };
}
