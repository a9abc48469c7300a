// SPDX-License-Identifier: EUPL-1.2
import { dateInWords } from '../shared/dutch-dates.ts';

/** `2010-05-14` → `14 mei 2010`; empty for null. */
export function formatDate(iso: unknown): string {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return '';
  return dateInWords(iso);
}

export const formatNumber = (n: number): string => n.toLocaleString('nl-NL');
export const yesNo = (b: unknown): string => (b === true ? 'ja' : b === false ? 'nee' : '');
