// SPDX-License-Identifier: EUPL-1.2
/**
 * The thresholds of an episode: 4 weeks (inspectie, 004 L1424) and 3 months (thuiszitterstafel,
 * 003 L812; regional goal 001 L235). Pure: dates are `YYYY-MM-DD` and passed in.
 */
import { Temporal } from '@js-temporal/polyfill';

export const DREMPELS = {
  vier_weken: { label: '4 weken thuis', bron: 'R36, R38; [000 L283-285], [004 L1424]' },
  drie_maanden: {
    label: '3 maanden thuis: bespreken aan de thuiszitterstafel',
    bron: 'R39, R40; [003 L812], [001 L235-236]',
  },
} as const;
export type Drempel = keyof typeof DREMPELS;

const plain = (d: string) => Temporal.PlainDate.from(d);

/** The day an episode started on `start` reaches the threshold (4 weeks = 28 days; 3 calendar months). */
export function thresholdDate(start: string, drempel: Drempel): string {
  const s = plain(start);
  return (drempel === 'vier_weken' ? s.add({ days: 28 }) : s.add({ months: 3 })).toString();
}

/** Days at home on `peildatum` (or until the end, if earlier); 0 before the start. */
export function daysAtHome(start: string, einddatum: string | null, peildatum: string): number {
  const until = einddatum && einddatum < peildatum ? einddatum : peildatum;
  if (until <= start) return 0;
  return plain(start).until(plain(until), { largestUnit: 'days' }).days;
}

/** Is the episode (still) at home on `peildatum` and longer than 3 months: the thuiszitterstafel list. */
export function onTafel(start: string, einddatum: string | null, peildatum: string): boolean {
  const open = einddatum === null || einddatum > peildatum;
  return open && peildatum >= thresholdDate(start, 'drie_maanden');
}

export type DuurBand = 'korter_dan_4_weken' | '4_weken_tot_3_maanden' | '3_maanden_of_langer';

/** The duration band (C16) of an episode measured until its end or `peildatum`, whichever is first. */
export function durationBand(start: string, einddatum: string | null, peildatum: string): DuurBand {
  const until = einddatum && einddatum < peildatum ? einddatum : peildatum;
  if (until >= thresholdDate(start, 'drie_maanden')) return '3_maanden_of_langer';
  if (until >= thresholdDate(start, 'vier_weken')) return '4_weken_tot_3_maanden';
  return 'korter_dan_4_weken';
}
