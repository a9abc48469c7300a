// SPDX-License-Identifier: EUPL-1.2
/**
 * What-if: a policy mode with the kennisgevingsbrief for first meldingen (zomeractie / peak mode,
 * seed 003) replayed on a year of meldingen through the casework triage itself (triage.ts), so the
 * simulation follows the rules intake applies. Pure.
 */
import { triageNew, type ArrivingMelding } from '../casework/triage.ts';

export interface SimMelding extends ArrivingMelding {
  id: number;
  personId: number;
  gemeldOp: string;
  /** Whether this melding went through triage (it opened its case); others joined an open case. */
  opendeZaak: boolean;
  /** First melding of the young person in its school year. */
  eersteInSchooljaar: boolean;
  /** The outcome it actually got (absence_reports.afdoening). */
  afdoening: string | null;
}

export interface Minutes {
  /** Invitation, conversation, preparation and report. */
  gesprek: number;
  kennisgevingsbrief: number;
  bron: string;
}

export interface WhatIfResult {
  meldingen: number;
  getrieerd: number;
  /** Would receive a kennisgevingsbrief instead of an invitation. */
  briefInPlaatsVanUitnodiging: number;
  /** Actually received one (the mode in force at the time, or the school wanted no action). */
  werkelijkKennisgeving: number;
  uitgesloten: { nietEerste: number; zorgen: number; urgent: number; geenActieGewenst: number };
  urenVrij: number;
  minuten: Minutes;
  perMaand: { maand: string; briefInPlaatsVanUitnodiging: number }[];
}

const URGENT = new Set(['luxe', 'langdurig']);

/**
 * Replays the meldingen: a melding that opened a case is triaged once without and once with the
 * mode (within `modus.van`–`modus.totEnMet`); the difference is the kennisgevingsbrieven the mode
 * would send instead of invitations.
 */
export function simulateKennisgevingsmodus(
  meldingen: readonly SimMelding[],
  modus: { van: string; totEnMet: string },
  minuten: Minutes,
): WhatIfResult {
  const triaged = meldingen.filter((m) => m.opendeZaak);
  const perMaand = new Map<string, number>();
  const uitgesloten = { nietEerste: 0, zorgen: 0, urgent: 0, geenActieGewenst: 0 };
  let switched = 0;
  for (const m of triaged) {
    const context = { eersteInSchooljaar: m.eersteInSchooljaar };
    const base = triageNew(m, { ...context, kennisgevingsmodus: false });
    const inMode = m.gemeldOp >= modus.van && m.gemeldOp <= modus.totEnMet;
    const sim = triageNew(m, { ...context, kennisgevingsmodus: inMode });
    if (sim.toestand === 'KENNISGEVING_VERSTUURD' && base.toestand !== 'KENNISGEVING_VERSTUURD') {
      switched++;
      const maand = m.gemeldOp.slice(0, 7);
      perMaand.set(maand, (perMaand.get(maand) ?? 0) + 1);
    } else if (inMode && base.toestand === 'IN_BEOORDELING') {
      // Why the mode would not have changed this one (the first reason that applies).
      if (!m.eersteInSchooljaar) uitgesloten.nietEerste++;
      else if (m.zorgen) uitgesloten.zorgen++;
      else if (URGENT.has(m.verzuimsoort)) uitgesloten.urgent++;
    } else if (inMode && !m.actieGewenst) {
      uitgesloten.geenActieGewenst++;
    }
  }
  const saved = Math.max(0, minuten.gesprek - minuten.kennisgevingsbrief);
  return {
    meldingen: meldingen.length,
    getrieerd: triaged.length,
    briefInPlaatsVanUitnodiging: switched,
    werkelijkKennisgeving: meldingen.filter((m) => m.afdoening === 'kennisgeving').length,
    uitgesloten,
    urenVrij: Math.round((switched * saved) / 6) / 10,
    minuten,
    perMaand: [...perMaand.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([maand, n]) => ({ maand, briefInPlaatsVanUitnodiging: n })),
  };
}

/**
 * Marks each melding's `eersteInSchooljaar` and `opendeZaak` from the list itself: sorted by day
 * and id, the first of a person per school year, and the first of each case on its opening day.
 */
export function markFirsts<
  T extends {
    id: number;
    personId: number;
    gemeldOp: string;
    caseId: number | null;
    /** The day the melding's case opened: a melding of a case opened earlier joined it. */
    caseGeopendOp: string | null;
  },
>(meldingen: readonly T[], schoolYearStart: (day: string) => string) {
  const sorted = [...meldingen].sort((a, b) => a.gemeldOp.localeCompare(b.gemeldOp) || a.id - b.id);
  const seenPerson = new Set<string>();
  const seenCase = new Set<number>();
  return sorted.map((m) => {
    const yearKey = `${m.personId}|${schoolYearStart(m.gemeldOp)}`;
    const eersteInSchooljaar = !seenPerson.has(yearKey);
    seenPerson.add(yearKey);
    const opendeZaak =
      m.caseId === null || (m.caseGeopendOp === m.gemeldOp && !seenCase.has(m.caseId));
    if (m.caseId !== null) seenCase.add(m.caseId);
    return { ...m, eersteInSchooljaar, opendeZaak };
  });
}
