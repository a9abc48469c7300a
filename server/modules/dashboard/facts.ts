// SPDX-License-Identifier: EUPL-1.2
/**
 * The facts of one case the dashboard counts, and the figures (cijfers) a number can stand for.
 * Every number on the dashboard is "the cases that match a figure"; the drill-down applies the
 * same predicate (`matches`), so the list behind a number always has exactly that many cases.
 */

export interface Appointment {
  datum: string;
  status: 'gehouden' | 'no_show';
  herinnerd: boolean;
}

export interface CaseFact {
  id: number;
  soort: string;
  status: string;
  geopendOp: string;
  geslotenOp: string | null;
  team: string | null;
  gemeente: string | null;
  consulentId: number | null;
  consulentNaam: string | null;
  /** Open tasks past their due date / due from today to Sunday. */
  takenTeLaat: number;
  takenDezeWeek: number;
  /** A melding of the case has a DUO status still to send back. */
  duoTeVersturen: boolean;
  /** A letter was set ready and not made yet. */
  briefKlaar: boolean;
  /** Dates of the case's meldingen. */
  meldingen: string[];
  /** Appointments that ended (gehouden / no-show). */
  afspraken: Appointment[];
}

export interface Period {
  van: string;
  totEnMet: string;
  /** The day "open" is counted on: the end of the period, or today if that is earlier. */
  peildatum: string;
}

export const CIJFERS = [
  'open',
  'geopend',
  'gesloten',
  'meldingen',
  'taken_te_laat',
  'taken_deze_week',
  'duo_terugmelding',
  'brieven_klaar',
  'afspraken',
  'no_show',
] as const;
export type Cijfer = (typeof CIJFERS)[number];

export const DIMENSIES = ['soort', 'team', 'gemeente', 'consulent', 'dienst'] as const;
export type Dimensie = (typeof DIMENSIES)[number];

/** One number on the dashboard: which cases it counts. */
export interface FigureKey {
  cijfer: Cijfer;
  dimensie?: Dimensie | undefined;
  /** The group's value; '' for "none" (no team, not assigned). */
  waarde?: string | undefined;
  /** `YYYY-MM`: only that month of the period. */
  maand?: string | undefined;
  /** Only cases of this team ('' = without a team), e.g. one consultant's load in one team. */
  binnenTeam?: string | undefined;
}

/**
 * The service a case belongs to: Doorstroompunt (18–23/27, vsv) or leerplicht. Derived from the
 * case soort and team, as cases have no service column.
 */
export function dienstOf(soort: string, team: string | null): string {
  return /doorstroom|vsv|rmc/i.test(`${soort} ${team ?? ''}`) ? 'doorstroompunt' : 'leerplicht';
}

/** The value of a case in a dimension ('' = none). */
export function valueOf(fact: CaseFact, dimensie: Dimensie): string {
  switch (dimensie) {
    case 'soort':
      return fact.soort;
    case 'team':
      return fact.team ?? '';
    case 'gemeente':
      return fact.gemeente ?? '';
    case 'consulent':
      return fact.consulentId === null ? '' : String(fact.consulentId);
    case 'dienst':
      return dienstOf(fact.soort, fact.team);
  }
}

const inSpan = (day: string | null, from: string, to: string) =>
  day !== null && day >= from && day <= to;

/** The days a figure counts in: the period, or one month of it. */
function span(period: Period, maand: string | undefined): [string, string] {
  if (!maand) return [period.van, period.totEnMet];
  const from = `${maand}-01`;
  const to = `${maand}-31`;
  return [from > period.van ? from : period.van, to < period.totEnMet ? to : period.totEnMet];
}

/** Open on a day: opened on or before it and not closed by then. */
export const openOn = (f: CaseFact, day: string) =>
  f.geopendOp <= day && (f.geslotenOp === null || f.geslotenOp > day);

/** Whether a case counts in a figure. */
export function matches(f: CaseFact, key: FigureKey, period: Period): boolean {
  if (key.dimensie && valueOf(f, key.dimensie) !== (key.waarde ?? '')) return false;
  if (key.binnenTeam !== undefined && (f.team ?? '') !== key.binnenTeam) return false;
  const [from, to] = span(period, key.maand);
  switch (key.cijfer) {
    case 'open':
      return openOn(f, period.peildatum);
    case 'geopend':
      return inSpan(f.geopendOp, from, to);
    case 'gesloten':
      return inSpan(f.geslotenOp, from, to);
    case 'meldingen':
      return f.meldingen.some((d) => inSpan(d, from, to));
    case 'taken_te_laat':
      return f.geslotenOp === null && f.takenTeLaat > 0;
    case 'taken_deze_week':
      return f.geslotenOp === null && f.takenDezeWeek > 0;
    case 'duo_terugmelding':
      return f.duoTeVersturen;
    case 'brieven_klaar':
      return f.briefKlaar;
    case 'afspraken':
      return f.afspraken.some((a) => inSpan(a.datum, from, to));
    case 'no_show':
      return f.afspraken.some((a) => a.status === 'no_show' && inSpan(a.datum, from, to));
  }
}

/** The cases behind a figure, oldest first. */
export function casesBehind(facts: readonly CaseFact[], key: FigureKey, period: Period) {
  return facts
    .filter((f) => matches(f, key, period))
    .sort((a, b) => a.geopendOp.localeCompare(b.geopendOp) || a.id - b.id);
}

/** How many cases a figure counts. */
export const count = (facts: readonly CaseFact[], key: FigureKey, period: Period) =>
  facts.reduce((n, f) => n + (matches(f, key, period) ? 1 : 0), 0);
