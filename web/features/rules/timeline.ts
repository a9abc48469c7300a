// SPDX-License-Identifier: EUPL-1.2
/** Turns the leerplicht answer of the API into timeline rows, each date with its own `uitleg`. */
import type {
  LeerplichtResult,
  LeerplichtStatus,
} from '../../../server/modules/rules/leerplicht.ts';

export interface TimelineRow {
  fase: string;
  datum: string;
  uitleg: string[];
}

const STATUS_TEXT: Record<LeerplichtStatus, string> = {
  nog_niet_leerplichtig: 'Nog niet leerplichtig',
  leerplichtig: 'Leerplichtig',
  kwalificatieplichtig: 'Kwalificatieplichtig',
  boven_leerplichtig: 'Boven leerplichtig (Doorstroompunt, zonder startkwalificatie)',
  startkwalificatie_behaald: 'Startkwalificatie behaald',
  geen_doelgroep: 'Geen doelgroep meer',
};

/** The Dutch text of a status code. */
export const statusText = (status: LeerplichtStatus): string => STATUS_TEXT[status];

const lines = (r: LeerplichtResult, prefix: string) => r.uitleg.filter((l) => l.startsWith(prefix));

/** One row per computed date, in timeline order, with the uitleg lines that explain it. */
export function timelineRows(r: LeerplichtResult): TimelineRow[] {
  return [
    { fase: 'Leerplichtig vanaf', datum: r.leerplichtigVanaf, uitleg: lines(r, 'art. 2 ') },
    {
      fase: 'Volledige leerplicht tot en met',
      datum: r.volledigeLeerplichtTotEnMet,
      uitleg: lines(r, 'art. 3 '),
    },
    {
      fase: 'Kwalificatieplicht tot en met',
      datum: r.kwalificatieplichtTotEnMet,
      uitleg: lines(r, 'art. 4a '),
    },
    {
      fase: 'Doorstroompunt tot en met',
      datum: r.doorstroompuntTotEnMet,
      uitleg: lines(r, 'Doorstroompunt'),
    },
  ];
}

/** The uitleg line of the status on the peildatum. */
export const statusUitleg = (r: LeerplichtResult): string[] => lines(r, 'status op ');

/**
 * Reads a date as typed by a consultant: `2010-05-14` or Dutch `14-05-2010`.
 * Returns the ISO date, or undefined when it is not a real calendar date.
 */
export function parseInputDate(text: string): string | undefined {
  const t = text.trim();
  const nl = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(t);
  const iso = nl ? `${nl[3]}-${nl[2]!.padStart(2, '0')}-${nl[1]!.padStart(2, '0')}` : t;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : undefined;
}
