// SPDX-License-Identifier: EUPL-1.2
/** What a benchmark ran on, for the performance document. */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

/** CPU, cores, memory, Node and the embedded PGlite version. */
export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  pglite: string;
}

/** The version field of an installed package (read from node_modules: its exports hide package.json). */
export function packageVersion(name: string): string {
  const path = fileURLToPath(new URL(`../node_modules/${name}/package.json`, import.meta.url));
  try {
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
