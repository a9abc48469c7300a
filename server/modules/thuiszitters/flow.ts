// SPDX-License-Identifier: EUPL-1.2
/**
 * The stock-flow identity of a school year (report-figures §4.3.2): aanvang + nieuw − opgelost −
 * 18 jaar − verhuisd = einde. It holds by construction: an episode is in the stock on day d when
 * its effective start ≤ d < its end (the end date is the first day back, or the day it stopped);
 * each counted episode enters once (aanvang: in stock on 1 August; nieuw: effective start after
 * it, up to the peildatum) and leaves once (an end up to the peildatum, else einde).
 */
import type { SchoolYearSpan } from '../report/indicator.ts';
import { outflowTerm, type Eindsituatie } from './episode.ts';

export interface FlowEpisode {
  /** Effective start under the definition (definition.ts), null = not counted. */
  vanaf: string | null;
  einddatum: string | null;
  eindsituatie: Eindsituatie | null;
}

export type Instroom = 'aanvang' | 'nieuw';
export type Uitstroom = Eindsituatie | 'nog_open';

export interface Placement {
  instroom: Instroom;
  uitstroom: Uitstroom;
}

/** Where an episode falls in the school year's flow; undefined when it is not in that year. */
export function placeInYear(e: FlowEpisode, span: SchoolYearSpan): Placement | undefined {
  if (e.vanaf === null) return undefined;
  // An end on or before the effective start means the episode never counted.
  if (e.einddatum !== null && e.einddatum <= e.vanaf) return undefined;
  if (e.einddatum !== null && e.einddatum <= span.van) return undefined;
  if (e.vanaf > span.peildatum) return undefined;
  const instroom: Instroom = e.vanaf <= span.van ? 'aanvang' : 'nieuw';
  const ended = e.einddatum !== null && e.einddatum <= span.peildatum;
  return { instroom, uitstroom: ended ? (e.eindsituatie ?? 'geen_info') : 'nog_open' };
}

export interface YearFlow {
  aanvang: number;
  nieuw: number;
  opgelost: number;
  achttien: number;
  verhuisd: number;
  einde: number;
  /** The outflow per end situation (opgelost split into its four situations). */
  perEindsituatie: Record<Eindsituatie, number>;
}

/** The year's terms from placements; `einde` equals the stock on the peildatum. */
export function yearFlow(placements: readonly Placement[]): YearFlow {
  const flow: YearFlow = {
    aanvang: 0,
    nieuw: 0,
    opgelost: 0,
    achttien: 0,
    verhuisd: 0,
    einde: 0,
    perEindsituatie: {
      weer_naar_school: 0,
      gedeeltelijk: 0,
      einde_leerplicht_18: 0,
      verhuisd: 0,
      vrijstelling: 0,
      geen_info: 0,
    },
  };
  for (const p of placements) {
    flow[p.instroom] += 1;
    if (p.uitstroom === 'nog_open') {
      flow.einde += 1;
      continue;
    }
    flow[outflowTerm(p.uitstroom)] += 1;
    flow.perEindsituatie[p.uitstroom] += 1;
  }
  return flow;
}

/** Is the episode in the stock on day `d` (the count a peildatum gives)? */
export function inStock(e: FlowEpisode, d: string): boolean {
  return e.vanaf !== null && e.vanaf <= d && (e.einddatum === null || e.einddatum > d);
}
