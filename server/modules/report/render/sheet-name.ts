// SPDX-License-Identifier: EUPL-1.2
/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], not starting or ending with '. */

const MAX = 31;

/** The first `n` characters, without trailing spaces or quotes. */
const cut = (text: string, n: number) => text.slice(0, n).replace(/[\s']+$/, '');

/** A valid sheet name for `title`, unique (case-insensitively) among the lower-cased `used` names. */
export function sheetName(title: string, used: ReadonlySet<string> = new Set()): string {
  const clean =
    title
      .replace(/\s*:\s*/g, ' - ')
      .replace(/[\\/?*[\]]/g, '-')
      .replace(/\s+/g, ' ')
      .replace(/^[\s']+|[\s']+$/g, '') || 'Blad';
  const base = cut(clean, MAX);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const name = `${cut(clean, MAX - suffix.length)}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
