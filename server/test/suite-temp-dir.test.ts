// SPDX-License-Identifier: EUPL-1.2
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { suiteTempDir } from './suite-temp-dir.ts';

// Unique per run, so parallel runs on the same machine do not see each other's folders.
const skippedPrefix = `aanwezig-skipped-suite-${process.pid}-${Date.now()}-`;
let seen = '';

describe('suiteTempDir', () => {
  const dir = suiteTempDir('aanwezig-suite-temp-test-');
  it('gives a folder that exists during the suite', () => {
    seen = dir();
    expect(existsSync(seen)).toBe(true);
  });
});

describe.skip('a skipped suite', () => {
  suiteTempDir(skippedPrefix);
  it('never runs', () => {});
});

describe('after the suites', () => {
  it('the folder is gone once its suite is done', () => {
    expect(seen).not.toBe('');
    expect(existsSync(seen)).toBe(false);
  });

  it('a skipped suite never made a folder', () => {
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith(skippedPrefix))).toEqual([]);
  });
});
