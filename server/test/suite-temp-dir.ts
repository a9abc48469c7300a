// SPDX-License-Identifier: EUPL-1.2
/** Test helper: a temp folder that lives exactly as long as the suite that asks for it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/**
 * A fresh folder `<tmp>/<prefix>XXXXXX` for the calling file or describe block, removed after it.
 * The folder is made in a hook, not at import: vitest skips all hooks of a file whose tests are all
 * skipped (e.g. on the other engine), so a folder made at import with an afterAll was left behind.
 */
export function suiteTempDir(prefix: string): () => string {
  let dir: string | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!dir) throw new Error(`${prefix} temp folder asked for outside its suite's tests`);
    return dir;
  };
}
