// SPDX-License-Identifier: EUPL-1.2
/**
 * What happens to a melding when it arrives (W1 1.1-1.5, W2 2.1-2.2, R66-R67): the route it takes
 * in a new case, or what it does to the open case it joins. Pure: the caller gives the facts.
 */
import type { CaseState } from './lifecycle.ts';
import type { Afdoening, DuoStatus } from './outcomes.ts';

export interface ArrivingMelding {
  verzuimsoort: string;
  actieGewenst: boolean;
  /** The school stated concerns (vermoedelijke reden or actie school filled in as such). */
  zorgen: boolean;
}

export interface TriageContext {
  /** The office's policy mode sends kennisgevingsbrieven for first meldingen (zomeractie / peak). */
  kennisgevingsmodus: boolean;
  /** No earlier melding of this young person in the current school year. */
  eersteInSchooljaar: boolean;
}

export interface Route {
  toestand: CaseState;
  duo: DuoStatus;
  afdoening?: Afdoening;
  /** Letter to send (letters module template key). */
  brief?: string;
  /** Task to create, due today (e.g. the same-day home visit for luxe verzuim). */
  taak?: { soort: string; omschrijving: string };
  /** Which consultant task picks it up: short absence or long absence / thuiszitters (seed 000). */
  taakgebied: 'kort' | 'lang';
  uitleg: string;
}

const URGENT = new Set(['luxe', 'langdurig']);

/** The route of a melding that opens a new case. */
export function triageNew(melding: ArrivingMelding, context: TriageContext): Route {
  const taakgebied = melding.verzuimsoort === 'langdurig' ? 'lang' : 'kort';
  if (!melding.actieGewenst) {
    return {
      toestand: 'AFGESLOTEN',
      duo: 'ter_kennisgeving',
      afdoening: 'geen_actie_school',
      brief: 'kennisgevingsbrief',
      taakgebied,
      uitleg:
        'De school vraagt geen actie: ter kennisgeving aangenomen, met een kennisgevingsbrief (W1 1.3).',
    };
  }
  if (melding.verzuimsoort === 'luxe') {
    return {
      toestand: 'IN_ONDERZOEK',
      duo: 'in_behandeling',
      taak: {
        soort: 'huisbezoek',
        omschrijving: 'Huisbezoek op de dag van de melding (luxeverzuim)',
      },
      taakgebied,
      uitleg: 'Luxeverzuim: huisbezoek dezelfde dag (W2 2.2, R31, seed 003).',
    };
  }
  if (
    context.kennisgevingsmodus &&
    context.eersteInSchooljaar &&
    !melding.zorgen &&
    !URGENT.has(melding.verzuimsoort)
  ) {
    return {
      toestand: 'KENNISGEVING_VERSTUURD',
      duo: 'ter_kennisgeving',
      afdoening: 'kennisgeving',
      brief: 'kennisgevingsbrief',
      taakgebied,
      uitleg:
        'Zomeractie / piekmodus: eerste melding van dit schooljaar zonder zorgen, dus een kennisgevingsbrief in plaats van een uitnodiging (R67, seed 003).',
    };
  }
  return {
    toestand: 'IN_BEOORDELING',
    duo: 'in_behandeling',
    taakgebied,
    uitleg:
      melding.verzuimsoort === 'beginnend'
        ? 'Beginnend verzuim: de consulent toetst de vijf criteria voor het preventieve traject (R63).'
        : 'De consulent beoordeelt de melding (W1 1.2).',
  };
}

/** What a new melding does to the open case it joins (W1 1.9, 1.23). */
export function stateAfterJoining(current: CaseState): CaseState {
  if (current === 'KENNISGEVING_VERSTUURD') return 'IN_ONDERZOEK';
  if (current === 'AFSPRAKEN_GEMAAKT' || current === 'WAARSCHUWING_GEGEVEN') {
    return 'IN_BEOORDELING';
  }
  return current;
}
