// SPDX-License-Identifier: EUPL-1.2
const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** `2010-05-14` → `14 mei 2010`; empty for null. */
export function formatDate(iso: unknown): string {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return '';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export const formatNumber = (n: number): string => n.toLocaleString('nl-NL');
export const yesNo = (b: unknown): string => (b === true ? 'ja' : b === false ? 'nee' : '');
