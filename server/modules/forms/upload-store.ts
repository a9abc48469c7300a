// SPDX-License-Identifier: EUPL-1.2
/**
 * Where uploaded documents are kept: `<data folder>/formulieren/<random name>`, outside the web
 * root and never served by the static file handler; only staff routes read them back.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const NAME = /^[a-f0-9]{32}$/;

/** Writes `content` under `dir` with a random name (no user input in the path); returns that name. */
export async function storeUpload(dir: string, content: Uint8Array): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const name = randomBytes(16).toString('hex');
  await writeFile(join(dir, name), content, { mode: 0o600, flag: 'wx' });
  return name;
}

/** Reads a stored document back; the name must be one `storeUpload` made. */
export async function readUpload(dir: string, name: string): Promise<Buffer> {
  if (!NAME.test(name)) throw new Error('ongeldige opslagnaam');
  return readFile(join(dir, name));
}
