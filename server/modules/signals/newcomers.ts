// SPDX-License-Identifier: EUPL-1.2
/**
 * The monthly nieuwkomers overview (R48, seed 000 L620-621: "maandelijks een update … van het
 * aantal nieuwkomers-kinderen per sub-regio dat (nog) zonder inschrijving is"). Pure: decides per
 * arrival whether the child is of school age at the month's end and without enrolment.
 *
 * A nieuwkomer here is a child whose first residence in the region began within the 12 months up
 * to the month's end, not at birth. The BRP file has no country of origin, so arrivals from
 * abroad and from elsewhere in the Netherlands are counted together (docs/signals.md).
 */
import type { IsoDate, RuleSettings } from '../rules/index.ts';
import { leerplichtFromHistory, type Candidate } from './absolute-verzuim.ts';

export interface Arrival {
  gemeente: string;
  aangekomen: IsoDate;
  geboortedatum: IsoDate;
  inschrijvingen: Candidate['inschrijvingen'];
  vrijgesteld: boolean;
}

export interface NewcomerRow {
  gemeente: string;
  /** School-age arrivals in the 12 months up to the month's end. */
  nieuwkomers: number;
  /** Of which arrived in the month itself. */
  dezeMaand: number;
  /** Of which without enrolment or exemption at the month's end. */
  zonderInschrijving: number;
}

/** Counts the arrivals per gemeente; only children leerplichtig or kwalificatieplichtig on `eind`. */
export function newcomerRows(
  arrivals: readonly Arrival[],
  maandStart: IsoDate,
  eind: IsoDate,
  settings: RuleSettings,
): NewcomerRow[] {
  const rows = new Map<string, NewcomerRow>();
  for (const a of arrivals) {
    const { status } = leerplichtFromHistory(a.geboortedatum, a.inschrijvingen, eind, settings);
    if (status !== 'leerplichtig' && status !== 'kwalificatieplichtig') continue;
    const row = rows.get(a.gemeente) ?? {
      gemeente: a.gemeente,
      nieuwkomers: 0,
      dezeMaand: 0,
      zonderInschrijving: 0,
    };
    row.nieuwkomers++;
    if (a.aangekomen >= maandStart) row.dezeMaand++;
    const enrolled = a.inschrijvingen.some(
      (e) => e.van <= eind && (e.totEnMet === null || e.totEnMet >= eind),
    );
    if (!enrolled && !a.vrijgesteld) row.zonderInschrijving++;
    rows.set(a.gemeente, row);
  }
  return [...rows.values()].sort((a, b) => (a.gemeente < b.gemeente ? -1 : 1));
}
