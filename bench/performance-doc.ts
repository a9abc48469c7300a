// SPDX-License-Identifier: EUPL-1.2
/**
 * docs/performance.md holds one marked section per benchmark suite. A suite rewrites only its own
 * section, so running one suite keeps the others' figures.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const HEADER = `# Performance

Measured by \`npm run bench\` (all suites) or \`npm run bench -- <suite>\` (one). Each suite
rewrites only its own section below; the figures are single runs on the machine named in the
section, so read them as orders of magnitude and ratios rather than exact numbers.
`;

const begin = (suite: string) => `<!-- bench:${suite}:start -->`;
const end = (suite: string) => `<!-- bench:${suite}:end -->`;

/** Replaces (or appends) the section of `suite` in the document text. */
export function replaceSection(doc: string, suite: string, body: string): string {
  const block = `${begin(suite)}\n${body.trim()}\n${end(suite)}`;
  const from = doc.indexOf(begin(suite));
  const to = doc.indexOf(end(suite));
  if (from >= 0 && to > from) {
    return `${doc.slice(0, from)}${block}${doc.slice(to + end(suite).length)}`;
  }
  const base = doc.trim() ? doc.trimEnd() : HEADER.trimEnd();
  return `${base}\n\n${block}\n`;
}

/** Writes the section of `suite` into the performance document at `path`. */
export function writeSection(path: string, suite: string, body: string): void {
  const doc = existsSync(path) ? readFileSync(path, 'utf8') : '';
  writeFileSync(path, replaceSection(doc, suite, body));
}
