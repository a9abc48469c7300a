// SPDX-License-Identifier: EUPL-1.2
/** The in-memory shapes of the synthetic population, shared by the generator's parts. */
import type { BsnSequence } from './bsn-sequence.ts';
import type { DemoGemeente } from './gemeenten.ts';
import type { NamePools } from './names.ts';
import type { Rng } from './prng.ts';

/** A residential address as the BRP delivers it. */
export interface Address {
  straat: string;
  huisnummer: string;
  huisletter: string;
  toevoeging: string;
  postcode: string;
  woonplaats: string;
}

/** CBS code under which the BRP registers non-residents (Registratie Niet-Ingezetenen). */
export const RNI_GEMEENTE = '1999';

/** Where a person lived from `vanaf` on (until the next period, vertrek or death). */
export interface Period {
  gemeente: string;
  address: Address | null;
  vanaf: number;
  rni?: boolean;
}

/** A person of the synthetic BRP: a young person (jeugd) or a parent. Dates are day numbers. */
export interface DemoPerson {
  bsn: string;
  geslachtsnaam: string;
  voorvoegsel: string;
  voornamen: string;
  geslacht: 'M' | 'V' | 'X' | 'O';
  geboortedatum: number;
  ouder1?: string;
  ouder2?: string;
  geheimhouding: boolean;
  /** Residence history, oldest first; the first period's `vanaf` is the datum_vestiging. */
  periods: Period[];
  vertrek?: number;
  overlijden?: number;
  /** First day on which the person belongs in the office's extract (a young person, or a parent of one). */
  inExtractVanaf: number;
  /** A young person (0–23) with a school career, rather than a parent. */
  jeugd: boolean;
  /** Came from abroad during the window (nieuwkomer: ISK or a late enrolment). */
  nieuwkomer?: boolean;
}

/** Everything the population, school and data generators share during one run. */
export interface GenContext {
  rng: Rng;
  pools: NamePools;
  bsn: BsnSequence;
  /** First snapshot (1 August 2023): the start of the data window. */
  start: number;
  today: number;
  /** Peildata of the BRP snapshots, ascending; the last is `today`. */
  snapshots: number[];
  gemeenten: DemoGemeente[];
  /** Region gemeenten with their share of young people, for moves within the region. */
  regio: DemoGemeente[];
}

/** The period that covers day `d`, or undefined before the first one. */
export function periodOn(person: DemoPerson, d: number): Period | undefined {
  let found: Period | undefined;
  for (const p of person.periods) {
    if (p.vanaf <= d) found = p;
    else break;
  }
  return found;
}

/** Whether the person lives in one of `regio` on day `d` (interfaces.md §2.2). */
export function livesIn(person: DemoPerson, regio: ReadonlySet<string>, d: number): boolean {
  if (person.vertrek !== undefined && person.vertrek <= d) return false;
  if (person.overlijden !== undefined && person.overlijden <= d) return false;
  const period = periodOn(person, d);
  return period !== undefined && !period.rni && regio.has(period.gemeente);
}

/** The first day the person no longer lives in the Netherlands' register as a resident (vertrek, RNI, death), or Infinity. */
export function goneFrom(person: DemoPerson): number {
  const rni = person.periods.find((p) => p.rni)?.vanaf ?? Infinity;
  return Math.min(person.vertrek ?? Infinity, person.overlijden ?? Infinity, rni);
}
